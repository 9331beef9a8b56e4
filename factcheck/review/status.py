"""Each finding's status from the editors' decisions and the baseline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.engine.run import Finding
from factcheck.io.loader import Case
from factcheck.models.report import Decision


@dataclass(frozen=True)
class ReviewInputs:
    """Where decisions and the baseline come from."""

    baseline: Path | None = None


def apply_review(
    case: Case, findings: list[Finding], inputs: ReviewInputs | None
) -> tuple[dict[str, tuple[str, Decision | None]], list[str]]:
    """Status and decision per finding id, and the stale decision ids (none yet)."""
    return {f.id: ("new", None) for f in findings}, []
