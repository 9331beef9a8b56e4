"""GitHub Actions workflow commands: an annotation per claim line of each failing finding."""

from __future__ import annotations

from factcheck.models.report import FindingView, Report, StaleView
from factcheck.review.gate import failing
from factcheck.writers import WriterOptions
from factcheck.writers.common import repo_path

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a message the way @actions/core does: % CR LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value the way @actions/core does: % CR LF : and ,."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


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


def stale_annotation(entry: StaleView, level: str = "warning") -> str:
    """An annotation at the line of a decision or baseline entry whose finding is gone."""
    message = f"stale {entry.kind} {entry.id}: no such finding any more"
    return annotation(level, repo_path(entry.path), entry.line, "factcheck stale decision", message)


def render(report: Report, options: WriterOptions) -> str:
    """Annotations for new findings at or above ``options.fail_on``, then for stale entries."""
    lines = [line for f in failing(report, options.fail_on) for line in finding_annotations(f)]
    level = "error" if options.strict else "warning"
    lines += [stale_annotation(entry, level) for entry in report.stale]
    return "".join(f"{line}\n" for line in lines)
