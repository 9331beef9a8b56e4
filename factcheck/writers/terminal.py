"""The terminal view: findings first, coloured by severity, then one block per topic.

Without colour the view is laid out on plain strings (:mod:`factcheck.writers.plain_layout`),
line for line as rich's console lays it out (:mod:`factcheck.writers.terminal_rich`), which
takes every coloured view and any text the plain layout leaves to it.
"""

from __future__ import annotations

from rich.cells import cell_len

from factcheck.models.report import ClaimView, FindingView, Report, TopicView
from factcheck.writers import WriterOptions, plain_layout
from factcheck.writers.common import stated_in_full

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
VERDICT_STYLE = {
    "conflict": "bold red",
    "unchecked": "yellow",
    "agree": "green",
    "single": "dim",
}
# Below this width six columns fold every word: each claim becomes a short block instead.
TABLE_MIN_WIDTH = 100
HEADERS = ("source", "lang", "as stated", "normalized", "group", "quote")
RIGHT = (False, False, False, False, True, False)
FOLD = (False, False, False, False, False, True)  # rich cuts the others with an ellipsis


def finding_lines(finding: FindingView) -> list[tuple[str, str]]:
    """The texts of a finding's box, each with its style."""
    lines = [(finding.message, "bold"), (finding.explanation, "")]
    for index, group in enumerate(finding.groups, 1):
        lines.append(
            (f"  {index}. {group.value}  [{group.normalized}]  — {', '.join(group.sources)}", "")
        )
    if finding.hint:
        lines.append((f"hint: {finding.hint}", "italic"))
    if finding.decision:
        d = finding.decision
        lines.append((f"decision: {d.status} by {d.by} on {d.at}: {d.note}", "green"))
    where = ", ".join(f"{loc.path}:{loc.line}" for loc in finding.locations)
    lines.append((f"at {where}", "dim"))
    return lines


def stated(claim: ClaimView) -> str:
    """What a claim states, with its attribution."""
    return stated_in_full(claim) + (f" ({claim.attribution})" if claim.attribution else "")


def quote(claim: ClaimView) -> str:
    """A claim's quote, with the wording suggested for it."""
    text = claim.quote or ""
    return f"{text}  [{claim.suggestion}]" if claim.suggestion else text


def count(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless one."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _title_plain(topic: TopicView) -> str:
    period = f" · {topic.period}" if topic.period else ""
    return f"{topic.label}  ({topic.topic}{period}) {topic.verdict}"


def _finding_plain(finding: FindingView, width: int) -> list[str] | None:
    if finding.severity == "info":
        head = f"INFO {finding.rule} {finding.id} {finding.status}  "
        return plain_layout.wrap(head + finding.message, width)
    f = finding
    title = f"{f.severity.upper()} {f.rule} {f.name} · {f.id} · {f.status}"
    return plain_layout.panel(title, [text for text, _ in finding_lines(finding)], width)


def _topic_plain(topic: TopicView, width: int) -> list[str] | None:
    if width >= TABLE_MIN_WIDTH:
        rows = [
            (
                claim.source,
                claim.language,
                stated(claim),
                claim.normalized,
                str(claim.group) if claim.group else "",
                quote(claim),
            )
            for claim in topic.claims
        ]
        return plain_layout.table(_title_plain(topic), HEADERS, RIGHT, FOLD, rows, width)
    parts = [plain_layout.wrap(_title_plain(topic), width)]
    for claim in topic.claims:
        group = f" · group {claim.group}" if claim.group else ""
        head = f"{claim.source} ({claim.language}){group}: {stated(claim)}"
        parts.append(plain_layout.padded(head, width, left=2))
        parts.append(plain_layout.padded(f"= {claim.normalized}", width, left=4))
        if claim.quote or claim.suggestion:
            parts.append(plain_layout.padded(f"“{quote(claim)}”", width, left=4))
    parts.append([""])
    return None if None in parts else [line for part in parts if part for line in part]


def _line(line: str | None) -> list[str] | None:
    return None if line is None else [line]


def render_plain(report: Report, width: int) -> str | None:
    """The report as :func:`render` lays it out without colour, or None when it cannot."""
    s = report.summary
    parts = [f"{count(s.sources, 'source')} ({', '.join(s.languages)})"]
    parts += [count(s.claims, "claim"), count(s.topics, "topic")]
    parts += [f"{n} {k}" for k, n in s.by_severity.items()]
    parts += [f"{n} {k}" for k, n in s.by_status.items() if n]
    blocks = [plain_layout.wrap(report.title, width), plain_layout.wrap(" · ".join(parts), width)]
    if report.findings:
        blocks.append(_line(plain_layout.rule("findings", width)))
        blocks += [_finding_plain(finding, width) for finding in report.findings]
    blocks += [plain_layout.wrap(f"stale: {entry}", width) for entry in report.stale]
    blocks.append(_line(plain_layout.rule("topics", width)))
    blocks += [_topic_plain(topic, width) for topic in report.topics]
    lines: list[str] = []
    for block in blocks:
        if block is None:
            return None
        lines += block
    if any(cell_len(line) > width for line in lines):
        return None
    return "".join(f"{line}\n" for line in lines)


def render(report: Report, options: WriterOptions) -> str:
    """Render the report for a terminal (ANSI colours only when ``options.color``)."""
    if not options.color:
        text = render_plain(report, options.width)
        if text is not None:
            return text
    from factcheck.writers.terminal_rich import render_rich

    return render_rich(report, options)
