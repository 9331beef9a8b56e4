"""Each finding's status from the editors' decisions and the baseline."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from factcheck.engine.run import Finding
from factcheck.io.loader import Case
from factcheck.models.report import Decision, StaleView
from factcheck.review.baseline import Baseline, load_baseline
from factcheck.review.resolutions import Entry, load_resolutions_with_lines, resolutions_path

# The editor's choice -> the finding's status; a false positive counts as resolved.
STATUS_OF_DECISION = {"resolved": "resolved", "false-positive": "resolved", "accepted": "accepted"}

Statuses = dict[str, tuple[str, Decision | None]]


@dataclass(frozen=True)
class ReviewInputs:
    """Where decisions and the baseline come from (resolutions default to the case's file)."""

    baseline: Path | None = None
    resolutions: Path | None = None


def decision_of(entry: Entry) -> Decision:
    """The report's view of a resolutions entry."""
    # from a validated entry: validating the view would first build its model's validator
    return Decision.model_construct(
        status=entry.status, note=entry.note, by=entry.by, at=entry.at, value=entry.value
    )


def review(
    finding_ids: Iterable[str],
    decisions: Mapping[str, Entry],
    decision_lines: Mapping[str, int],
    decisions_path: str,
    baseline: Baseline | None,
) -> tuple[Statuses, list[StaleView]]:
    """Pure: status per finding (a decision wins over the baseline) and the stale entries."""
    ids = list(finding_ids)
    in_baseline = baseline.ids if baseline is not None else frozenset()
    statuses: Statuses = {}
    for finding_id in ids:
        entry = decisions.get(finding_id)
        if entry is not None:
            statuses[finding_id] = (STATUS_OF_DECISION[entry.status], decision_of(entry))
        elif finding_id in in_baseline:
            statuses[finding_id] = ("baselined", None)
        else:
            statuses[finding_id] = ("new", None)
    current = set(ids)
    stale = [
        StaleView(id=i, kind="resolution", path=decisions_path, line=decision_lines.get(i, 1))
        for i in decisions
        if i not in current
    ]
    if baseline is not None:
        stale += [
            StaleView(id=i, kind="baseline entry", path=str(baseline.path), line=line)
            for i, line in baseline.lines.items()
            if i not in current
        ]
    return statuses, sorted(stale, key=lambda s: (s.path, s.line, s.id))


def apply_review(
    case: Case, findings: list[Finding], inputs: ReviewInputs | None
) -> tuple[Statuses, list[StaleView]]:
    """Read the case's decisions and the baseline file once, then :func:`review` the findings."""
    inputs = inputs or ReviewInputs()
    path = inputs.resolutions or resolutions_path(case.root)
    decisions, lines = load_resolutions_with_lines(path)
    baseline = load_baseline(inputs.baseline) if inputs.baseline else None
    return review((f.id for f in findings), decisions, lines, str(path), baseline)
