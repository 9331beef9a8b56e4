"""Helpers several writers share: repository-relative paths and the findings on each claim."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection
from pathlib import Path

from factcheck.models.report import SEVERITY_RANK, ClaimView, FindingView, Report

# Most open first: a row shows what still needs an editor before what is settled.
STATUS_RANK = {"new": 0, "baselined": 1, "accepted": 2, "resolved": 3}

ClaimFindings = dict[tuple[str, int], list[FindingView]]


def repo_path(path: str) -> str:
    """A location path as CI tools want it: relative to the working folder, with '/'."""
    candidate = Path(path)
    if candidate.is_absolute():
        with contextlib.suppress(ValueError):  # outside the working folder: keep it absolute
            candidate = candidate.relative_to(Path(os.getcwd()))
    return candidate.as_posix()


def claim_findings(report: Report) -> ClaimFindings:
    """Findings per claim line (path, line), most severe and most open first."""
    by_line: ClaimFindings = {}
    for finding in report.findings:
        for loc in finding.locations:
            by_line.setdefault((loc.path, loc.line), []).append(finding)
    for items in by_line.values():
        items.sort(key=lambda f: (SEVERITY_RANK[f.severity], STATUS_RANK[f.status], f.id))
    return by_line


def stated_in_full(claim: ClaimView) -> str:
    """The value as stated, with the source's own conversion, its time and a superseded mark:
    '€88 million EUR (also about 102 million USD)', '144 — earlier figure, superseded'."""
    text = claim.value
    if claim.also:
        text += " (also " + "; ".join(claim.also) + ")"
    if claim.as_of:
        text += f", as of {claim.as_of}"
    if claim.superseded:
        text += " — earlier figure, superseded"
    return text


def primary_finding(
    claim: ClaimView, by_line: ClaimFindings, within: Collection[str] | None = None
) -> FindingView | None:
    """The finding a claim's row shows: the most severe, then most open, of those citing it.

    ``within`` limits it to a topic's own findings, so that a row of a topic whose sources
    agree does not carry the error of another topic that counts the same claim.
    """
    items = by_line.get((claim.path, claim.line), [])
    if within is not None:
        items = [f for f in items if f.id in within]
    return items[0] if items else None
