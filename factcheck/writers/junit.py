"""JUnit XML: a test suite per source file, a test case per finding touching that file."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factcheck.models.report import FindingView, Report
from factcheck.review.gate import is_failing
from factcheck.writers import WriterOptions
from factcheck.writers.common import repo_path


def _case(parent: ET.Element, finding: FindingView, path: str, line: int, fail_on: str) -> str:
    case = ET.SubElement(
        parent,
        "testcase",
        {
            "name": f"{finding.rule} {finding.id}: {finding.message}",
            "classname": path,
            "file": path,
            "line": str(line),
        },
    )
    if finding.decision is not None or finding.status == "baselined":
        reason = (
            f"{finding.status}: {finding.decision.note}" if finding.decision else finding.status
        )
        ET.SubElement(case, "skipped", {"message": reason})
        return "skipped"
    if is_failing(finding, fail_on):
        failure = ET.SubElement(
            case, "failure", {"message": finding.message, "type": finding.severity}
        )
        details = [finding.explanation]
        details += [f"{g.value}: {', '.join(g.sources)}" for g in finding.groups]
        if finding.hint:
            details.append(f"hint: {finding.hint}")
        failure.text = "\n".join(details)
        return "failure"
    return "passed"


def render(report: Report, options: WriterOptions) -> str:
    """The XML; new findings at or above ``options.fail_on`` fail, decided ones are skipped."""
    root = ET.Element("testsuites", {"name": report.tool})
    totals = {"tests": 0, "failure": 0, "skipped": 0}
    for source in sorted(report.sources, key=lambda s: repo_path(s.path)):
        path = repo_path(source.path)
        suite = ET.SubElement(root, "testsuite", {"name": path})
        counts = {"tests": 0, "failure": 0, "skipped": 0}
        for finding in report.findings:
            lines = sorted(loc.line for loc in finding.locations if loc.path == source.path)
            if not lines:
                continue
            outcome = _case(suite, finding, path, lines[0], options.fail_on)
            counts["tests"] += 1
            counts[outcome] = counts.get(outcome, 0) + 1
        suite.set("tests", str(counts["tests"]))
        suite.set("failures", str(counts["failure"]))
        suite.set("errors", "0")
        suite.set("skipped", str(counts["skipped"]))
        for key in totals:
            totals[key] += counts[key]
    root.set("tests", str(totals["tests"]))
    root.set("failures", str(totals["failure"]))
    root.set("errors", "0")
    root.set("skipped", str(totals["skipped"]))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
