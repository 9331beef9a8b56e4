"""The terminal view through rich's console: every coloured view, and any the plain layout
cannot lay out."""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.models.report import FindingView, Report, TopicView
from factcheck.writers import WriterOptions
from factcheck.writers.terminal import (
    SEVERITY_STYLE,
    TABLE_MIN_WIDTH,
    VERDICT_STYLE,
    count,
    finding_lines,
    quote,
    stated,
)


def _finding(finding: FindingView) -> Panel:
    lines = [Text(text, style=style) for text, style in finding_lines(finding)]
    f = finding
    title = Text(f"{f.severity.upper()} {f.rule} {f.name} · {f.id} · {f.status}")
    return Panel(
        Group(*lines),
        title=title,
        title_align="left",
        border_style=SEVERITY_STYLE[finding.severity],
    )


def _info_line(finding: FindingView) -> Text:
    """Info findings take one line each: they inform, they do not ask for a decision."""
    head = Text(
        f"INFO {finding.rule} {finding.id} {finding.status}  ", style=SEVERITY_STYLE["info"]
    )
    return head + Text(finding.message)


def _topic_title(topic: TopicView) -> Text:
    period = f" · {topic.period}" if topic.period else ""
    verdict = Text(topic.verdict, style=VERDICT_STYLE[topic.verdict])
    return Text.assemble((topic.label, "bold"), f"  ({topic.topic}{period}) ", verdict)


def _topic_blocks(topic: TopicView) -> Group:
    """A topic for a narrow terminal: one short block per claim instead of six columns."""
    parts: list[RenderableType] = [_topic_title(topic)]
    for claim in topic.claims:
        group = f" · group {claim.group}" if claim.group else ""
        head = Text.assemble((claim.source, "bold"), f" ({claim.language}){group}: ", stated(claim))
        parts.append(Padding(head, (0, 0, 0, 2)))
        parts.append(Padding(Text(f"= {claim.normalized}"), (0, 0, 0, 4)))
        if claim.quote or claim.suggestion:
            parts.append(Padding(Text(f"“{quote(claim)}”", style="italic"), (0, 0, 0, 4)))
    return Group(*parts, Text(""))


def _topic(topic: TopicView) -> Table:
    table = Table(title=_topic_title(topic), title_justify="left", expand=False, show_lines=False)
    table.add_column("source")
    table.add_column("lang")
    table.add_column("as stated")
    table.add_column("normalized")
    table.add_column("group", justify="right")
    table.add_column("quote", overflow="fold")
    for claim in topic.claims:
        # Text, not str: rich would read "[link=…]" in a quote as its own markup
        table.add_row(
            Text(claim.source),
            Text(claim.language),
            Text(stated(claim)),
            Text(claim.normalized),
            Text(str(claim.group) if claim.group else ""),
            Text(quote(claim)),
        )
    return table


def render_rich(report: Report, options: WriterOptions) -> str:
    """:func:`render` through rich's console, which every coloured view takes."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        # with a height of its own the console never asks the terminal for one (it did at
        # every line); no part of this view depends on the height
        height=25,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        emoji=False,
    )
    s = report.summary
    console.print(Text(report.title, style="bold"))
    parts = [f"{count(s.sources, 'source')} ({', '.join(s.languages)})"]
    parts += [count(s.claims, "claim"), count(s.topics, "topic")]
    parts += [f"{n} {k}" for k, n in s.by_severity.items()]
    parts += [f"{n} {k}" for k, n in s.by_status.items() if n]
    console.print(Text(" · ".join(parts)))
    if report.findings:
        console.rule("findings")
        for finding in report.findings:
            console.print(_finding(finding) if finding.severity != "info" else _info_line(finding))
    for entry in report.stale:
        console.print(Text(f"stale: {entry}", style="yellow"))
    console.rule("topics")
    narrow = options.width < TABLE_MIN_WIDTH
    for topic in report.topics:
        console.print(_topic_blocks(topic) if narrow else _topic(topic))
    return buffer.getvalue()
