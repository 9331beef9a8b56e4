"""CSV: one row per claim with its finding, in a stable column order, for spreadsheets."""

from __future__ import annotations

import csv
import io

from factcheck.models.report import ClaimView, FindingView, Report
from factcheck.writers import WriterOptions

COLUMNS = (
    "topic",
    "row",
    "source",
    "language",
    "value",
    "qualifier",
    "period",
    "low",
    "high",
    "unit",
    "group",
    "finding",
    "severity",
    "status",
    "all_findings",
    "attribution",
    "quote",
)

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_STATUS_RANK = {"new": 0, "baselined": 1, "accepted": 2, "resolved": 3}


def claim_findings(report: Report) -> dict[tuple[str, int], list[FindingView]]:
    """Findings per claim line (path, line), most severe and most open first."""
    by_line: dict[tuple[str, int], list[FindingView]] = {}
    for finding in report.findings:
        for loc in finding.locations:
            by_line.setdefault((loc.path, loc.line), []).append(finding)
    for items in by_line.values():
        items.sort(key=lambda f: (_SEVERITY_RANK[f.severity], _STATUS_RANK[f.status], f.id))
    return by_line


def primary_finding(
    claim: ClaimView, by_line: dict[tuple[str, int], list[FindingView]]
) -> FindingView | None:
    """The finding a claim's row shows: the most severe, then most open, of those citing it."""
    items = by_line.get((claim.path, claim.line))
    return items[0] if items else None


def render(report: Report, options: WriterOptions) -> str:
    """Every claim as one CSV row (RFC 4180, CRLF line ends); the BOM is added on writing."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    head = list(COLUMNS) + (["generated"] if options.timestamp else [])
    writer.writerow(head)
    by_line = claim_findings(report)
    for topic in report.topics:
        for claim in topic.claims:
            found = by_line.get((claim.path, claim.line), [])
            first = found[0] if found else None
            row = [
                topic.topic,
                topic.id,
                claim.source,
                claim.language,
                claim.value,
                claim.qualifier,
                claim.period or "",
                claim.low,
                claim.high,
                claim.unit or "",
                "" if claim.group is None else str(claim.group),
                first.id if first else "",
                first.severity if first else "",
                first.status if first else "",
                " ".join(f.id for f in found),
                claim.attribution or "",
                claim.quote or "",
            ]
            writer.writerow(row + ([options.timestamp] if options.timestamp else []))
    return buffer.getvalue()
