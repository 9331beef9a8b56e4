"""HTML: one self-contained, printable, phone-friendly page with charts and filters."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.models.report import ClaimView, FindingView, Report, TopicView, unconverted_note
from factcheck.writers import WriterOptions
from factcheck.writers.common import claim_findings, primary_finding, stated_in_full

TEMPLATES = Path(__file__).resolve().parent / "templates"
SEVERITIES = ("error", "warning", "info")
STATUSES = ("new", "resolved", "accepted", "baselined")
_VERDICT_ORDER = {"conflict": 0, "unchecked": 1, "agree": 2, "single": 3}


@dataclass(frozen=True)
class ClaimRow:
    """A claim and the finding its row shows."""

    claim: ClaimView
    finding: FindingView | None
    stated: str = ""  # the value as stated, with conversions, time and a superseded mark


@dataclass(frozen=True)
class TopicBlock:
    """What a topic section shows: the table rows, its chart and its findings."""

    view: TopicView
    anchor: str
    rows: list[ClaimRow]
    chart: object
    caption: str
    findings: list[FindingView]


def is_safe_url(url: object) -> bool:
    """Only web links become clickable; ``javascript:`` and the like stay text."""
    return isinstance(url, str) and re.match(r"^https?://[^\s\"'<>]+$", url) is not None


def anchors(topics: list[TopicView]) -> dict[str, str]:
    """A unique, URL-safe element id per topic row."""
    taken: dict[str, str] = {}
    for topic in topics:
        base = "topic-" + re.sub(r"[^A-Za-z0-9_.-]+", "-", topic.id).strip("-")
        anchor, n = base, 2
        while anchor in taken.values():
            anchor, n = f"{base}-{n}", n + 1
        taken[topic.id] = anchor
    return taken


def _caption(topic: TopicView) -> str:
    if topic.axis == "date":
        return "What each source says, as a span of days: a month or a year is a wider bar."
    if topic.axis == "time":
        return (
            "Each source's time as a span in UTC: its precision, zone and qualifiers such as "
            "“about” set the width. Shaded: the moment every source allows."
        )
    return (
        "Each source's value as an interval: rounding and qualifiers such as “about” or "
        "“at least” widen it; an arrow means no upper bound. Shaded: values every source allows."
    )


def topic_blocks(report: Report, with_charts: bool = True) -> list[TopicBlock]:
    """The topic sections in reading order: conflicts first, then agreement, then single."""
    from markupsafe import Markup

    from factcheck.writers.charts import interval_chart

    by_line = claim_findings(report)
    by_id = {f.id: f for f in report.findings}
    names = anchors(report.topics)
    blocks = []
    for topic in sorted(report.topics, key=lambda t: (_VERDICT_ORDER[t.verdict], t.id)):
        own = set(topic.findings)
        rows = [
            ClaimRow(c, primary_finding(c, by_line, own), stated_in_full(c)) for c in topic.claims
        ]
        svg = interval_chart(topic) if with_charts else None
        blocks.append(
            TopicBlock(
                view=topic,
                anchor=names[topic.id],
                rows=rows,
                # The SVG is generated here from numbers and escaped labels, never source HTML.
                chart=Markup(svg) if svg else None,
                caption=_caption(topic),
                findings=[by_id[i] for i in topic.findings if i in by_id],
            )
        )
    return blocks


def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def render(report: Report, options: WriterOptions) -> str:
    """The whole report as one HTML document with inline styles, script and SVG charts."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined
    from markupsafe import Markup

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.tests["safe_url"] = is_safe_url
    js = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    return env.get_template("report.html.j2").render(
        report=report,
        s=report.summary,
        not_compared=unconverted_note(report.summary),
        severities=SEVERITIES,
        statuses=STATUSES,
        topics=topic_blocks(report),
        anchors=anchors(report.topics),
        timestamp=options.timestamp,
        css=Markup(_asset("report.css")),
        js=Markup(js),
        script_hash=f"sha256-{digest}",
    )
