"""Narrow a report to some topics or severities, keeping it self-consistent."""

from __future__ import annotations

import fnmatch

from factcheck.build_report import summarize
from factcheck.models.report import Report


def filter_report(
    report: Report, topics: list[str] | None = None, severities: list[str] | None = None
) -> Report:
    """Keep topics matching any glob in ``topics`` and findings of the given severities."""

    def wanted_topic(topic_id: str, row_id: str) -> bool:
        return not topics or any(
            fnmatch.fnmatchcase(topic_id, p) or fnmatch.fnmatchcase(row_id, p) for p in topics
        )

    kept_topics = [t for t in report.topics if wanted_topic(t.topic, t.id)]
    kept_rows = {t.id for t in kept_topics}
    findings = [
        f
        for f in report.findings
        if (not severities or f.severity in severities) and (not topics or kept_rows & set(f.rows))
    ]
    if topics is None and severities is None:
        return report
    shown = {c.source for t in kept_topics for c in t.claims}
    sources = [s for s in report.sources if s.id in shown] if topics else list(report.sources)
    summary = summarize(sources, kept_topics, findings, report.summary.unconverted)
    return report.model_copy(
        update={"topics": kept_topics, "findings": findings, "summary": summary}
    )
