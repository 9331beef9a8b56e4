"""JSON: the contract other tools rely on, with sorted keys for byte-identical output."""

from __future__ import annotations

import json

from factcheck.models.report import Report
from factcheck.writers import WriterOptions


def report_data(report: Report) -> dict[str, object]:
    """The report as plain JSON-ready data."""
    return report.model_dump(mode="json")


def render(report: Report, options: WriterOptions) -> str:
    """The whole report as one JSON object, keys sorted, two-space indent, trailing newline."""
    data = report_data(report)
    if options.timestamp:
        data["generated"] = options.timestamp
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"
