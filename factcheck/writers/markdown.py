"""Markdown: a summary, the findings, then one table per topic, for a CMS or an issue."""

from __future__ import annotations

import re

from factcheck.models.report import FindingView, Report, TopicView, unconverted_note
from factcheck.writers import WriterOptions
from factcheck.writers.common import (
    ClaimFindings,
    claim_findings,
    primary_finding,
    stated_in_full,
)

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that would
# otherwise turn source text into markup (emphasis, links, HTML, table cells).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md_text(text: str | None) -> str:
    """Source or editor text made inert for Markdown: escaped, on one line."""
    if not text:
        return ""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _code(text: str) -> str:
    return f"`{text.replace('`', '')}`"


def _summary(report: Report) -> list[str]:
    s = report.summary
    severity = ", ".join(f"{n} {k}" for k, n in s.by_severity.items())
    status = ", ".join(f"{n} {k}" for k, n in s.by_status.items() if n) or "none"
    intro = [md_text(" ".join(report.description.split())), ""] if report.description else []
    return [
        f"# {md_text(report.title)}",
        "",
        *intro,
        f"- **Sources:** {s.sources} ({', '.join(s.languages)})",
        f"- **Claims:** {s.claims} in {s.topics} topics ({s.rows} rows)",
        f"- **Findings:** {s.findings.get('total', 0)} — by severity: {severity}; "
        f"by status: {status}",
        *([f"- **Not compared:** {md_text(note)}"] if (note := unconverted_note(s)) else []),
        "",
    ]


def _finding(finding: FindingView) -> list[str]:
    lines = [
        f"### {finding.severity.upper()} · {finding.rule} {finding.name} · "
        f"{_code(finding.id)} · {finding.status}",
        "",
        md_text(finding.message),
        "",
        md_text(finding.explanation),
        "",
    ]
    for index, group in enumerate(finding.groups, 1):
        sources = ", ".join(_code(s) for s in group.sources)
        lines.append(f"{index}. {md_text(group.value)} ({md_text(group.normalized)}) — {sources}")
    lines.append("")
    if finding.hint:
        lines += [f"> **Hint:** {md_text(finding.hint)}", ""]
    if finding.decision:
        d = finding.decision
        lines += [
            f"> **Decision:** {md_text(d.status)} by {md_text(d.by)} on {md_text(d.at)}: "
            f"{md_text(d.note)}",
            "",
        ]
    return lines


def _topic(topic: TopicView, by_line: ClaimFindings) -> list[str]:
    period = f" · {md_text(topic.period)}" if topic.period else ""
    lines = [
        f"### {md_text(topic.label)}",
        "",
        f"{_code(topic.id)}{period} · {topic.kind} · **{topic.verdict}**",
        "",
        "| Source | Lang | As stated | Normalized | Group | Finding | Status | Quote |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for claim in topic.claims:
        first = primary_finding(claim, by_line, topic.findings)
        stated = md_text(stated_in_full(claim))
        if claim.attribution:
            stated += f" (per {md_text(claim.attribution)})"
        cells = [
            _code(claim.source),
            claim.language,
            stated,
            md_text(claim.normalized),
            "" if claim.group is None else str(claim.group),
            f"{first.severity} {_code(first.id)}" if first else "",
            first.status if first else "",
            md_text(claim.quote),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def render(report: Report, options: WriterOptions) -> str:
    """The report as GitHub-flavoured Markdown."""
    lines = _summary(report)
    if options.timestamp:
        lines += [f"Generated {md_text(options.timestamp)}.", ""]
    lines += ["## Findings", ""]
    if not report.findings:
        lines += ["No findings.", ""]
    for finding in report.findings:
        lines += _finding(finding)
    if report.stale:
        stale = ", ".join(_code(s.id) for s in report.stale)
        lines += [f"Stale decisions (no such finding any more): {stale}", ""]
    lines += ["## Topics", ""]
    by_line = claim_findings(report)
    for topic in _ordered(report.topics):
        lines += _topic(topic, by_line)
    lines += ["## Sources", ""]
    lines += ["| Source | Outlet | Language | Published | Link |", "|---|---|---|---|---|"]
    for src in report.sources:
        link = f"<{src.url}>" if src.url and ">" not in src.url else md_text(src.url)
        lines.append(
            f"| {_code(src.id)} | {md_text(src.outlet)} | {src.language} | {src.published} "
            f"| {link} |"
        )
    return "\n".join(lines).rstrip("\n") + "\n"


def _ordered(topics: list[TopicView]) -> list[TopicView]:
    """Topics with conflicts first, then agreeing ones, then single-source ones."""
    rank = {"conflict": 0, "unchecked": 1, "agree": 2, "single": 3}
    return sorted(topics, key=lambda t: (rank[t.verdict], t.id))
