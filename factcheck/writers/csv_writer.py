"""CSV: one row per claim with its finding, in a stable column order, for spreadsheets."""

from __future__ import annotations

import csv
import io

from factcheck.models.report import Report
from factcheck.safe_text import spreadsheet_cell
from factcheck.writers import WriterOptions
from factcheck.writers.common import claim_findings, primary_finding

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
    "as_of",
    "scope",
    "superseded",
    "also",
)


def render(report: Report, options: WriterOptions) -> str:
    """Every claim as one CSV row (RFC 4180, CRLF line ends); the BOM is added on writing.

    No cell starts a formula: see :func:`~factcheck.safe_text.spreadsheet_cell`.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    head = list(COLUMNS) + (["generated"] if options.timestamp else [])
    writer.writerow(head)
    by_line = claim_findings(report)
    for topic in report.topics:
        for claim in topic.claims:
            found = by_line.get((claim.path, claim.line), [])
            first = primary_finding(claim, by_line)
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
                claim.as_of or "",
                claim.scope or "",
                "yes" if claim.superseded else "",
                "; ".join(claim.also),
            ]
            row += [options.timestamp] if options.timestamp else []
            writer.writerow([spreadsheet_cell(cell) for cell in row])
    return buffer.getvalue()
