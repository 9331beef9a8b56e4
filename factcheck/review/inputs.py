"""Which baseline and settings a case is reviewed with, the same for every command."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.review.config import Settings, find_config
from factcheck.review.defaults import DEFAULT_BASELINE_NAME
from factcheck.review.status import ReviewInputs


@dataclass(frozen=True)
class Review:
    """The review inputs for analysis and the settings they came with."""

    inputs: ReviewInputs
    settings: Settings

    def fail_on(self, option: str | None = None) -> str:
        """The fail level: the command line's, else the config's, else error."""
        return option or self.settings.fail_on or "error"


def baseline_target(case_dir: Path, settings: Settings) -> Path:
    """Where a case's baseline lives: the configured file, else CASE/factcheck-baseline.json."""
    return settings.baseline or case_dir / DEFAULT_BASELINE_NAME


def find_review(case_dir: Path, baseline_option: Path | None) -> Review:
    """The baseline: ``--baseline``, else the config's, else the case's default file if any."""
    settings = find_config(case_dir).settings
    baseline = baseline_option or settings.baseline
    if baseline is None and (case_dir / DEFAULT_BASELINE_NAME).is_file():
        baseline = case_dir / DEFAULT_BASELINE_NAME
    return Review(ReviewInputs(baseline=baseline), settings)


def review_inputs(case_dir: Path, baseline_option: Path | None) -> ReviewInputs:
    """What :func:`factcheck.analyze.analyze` needs to give every command the same statuses."""
    return find_review(case_dir, baseline_option).inputs
