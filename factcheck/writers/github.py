"""GitHub Actions workflow commands: one annotation per claim line of each new finding."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from factcheck.models.report import FindingView, Report
from factcheck.writers import WriterOptions

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a message the way @actions/core does: % CR LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value the way @actions/core does: % CR LF : and ,."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def repo_path(path: str) -> str:
    """A location path as CI tools want it: relative to the working folder, with '/'."""
    candidate = Path(path)
    if candidate.is_absolute():
        with contextlib.suppress(ValueError):  # outside the working folder: keep it absolute
            candidate = candidate.relative_to(Path(os.getcwd()))
    return candidate.as_posix()


def annotation(level: str, path: str, line: int, title: str, message: str) -> str:
    """One `::level file=…,line=…,title=…::message` line."""
    props = f"file={escape_property(path)},line={line},title={escape_property(title)}"
    return f"::{level} {props}::{escape_data(message)}"


def finding_annotations(finding: FindingView) -> list[str]:
    """An annotation at every claim line of a finding, so both sides of a conflict show."""
    level = COMMAND[finding.severity]
    title = f"{finding.rule} {finding.name} ({finding.id})"
    message = finding.message + (f"\nhint: {finding.hint}" if finding.hint else "")
    return [
        annotation(level, repo_path(loc.path), loc.line, title, message)
        for loc in finding.locations
    ]


def failing(report: Report, fail_on: str) -> list[FindingView]:
    """New findings at or above the fail level: what CI should stop on."""
    limit = SEVERITY_RANK[fail_on]
    return [f for f in report.findings if f.status == "new" and SEVERITY_RANK[f.severity] <= limit]


def render(report: Report, options: WriterOptions) -> str:
    """Annotations for every new finding; nothing for resolved, accepted or baselined ones."""
    lines = [line for f in failing(report, "info") for line in finding_annotations(f)]
    return "".join(f"{line}\n" for line in lines)
