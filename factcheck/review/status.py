"""Each finding's status from the editors' decisions and the baseline."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from factcheck.engine.run import Finding
from factcheck.io.loader import Case
from factcheck.models.report import Decision
from factcheck.review.baseline import load_baseline
from factcheck.review.resolutions import Entry, load_resolutions, resolutions_path

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
    return Decision(
        status=entry.status, note=entry.note, by=entry.by, at=entry.at, value=entry.value
    )


def review(
    finding_ids: Iterable[str], decisions: Mapping[str, Entry], baselined: Iterable[str]
) -> tuple[Statuses, list[str]]:
    """Pure: status per finding (a decision wins over the baseline) and the stale ids."""
    ids = list(finding_ids)
    in_baseline = set(baselined)
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
    stale = sorted((set(decisions) | in_baseline) - current)
    return statuses, stale


def apply_review(
    case: Case, findings: list[Finding], inputs: ReviewInputs | None
) -> tuple[Statuses, list[str]]:
    """Read the case's decisions and the baseline file, then :func:`review` the findings."""
    inputs = inputs or ReviewInputs()
    decisions = load_resolutions(inputs.resolutions or resolutions_path(case.root))
    baselined = load_baseline(inputs.baseline).ids if inputs.baseline else frozenset()
    return review((f.id for f in findings), decisions, baselined)
