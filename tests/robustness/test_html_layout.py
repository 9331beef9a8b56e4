"""The HTML report on a phone: charts scale with the page and keep legible labels; a topic
whose sources agree shows no error badges borrowed from other topics."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.analyze import analyze
from factcheck.models.report import Report
from factcheck.writers import WriterOptions, get_writer

CASE = Path(__file__).resolve().parents[2] / "claims" / "msmt-2025"
CSS = Path(__file__).resolve().parents[2] / "factcheck" / "writers" / "templates" / "report.css"
PHONE_PX = 390
SMALLEST_LEGIBLE_PX = 9.5


@pytest.fixture(scope="module")
def report() -> Report:
    return analyze(CASE)


@pytest.fixture(scope="module")
def html(report: Report) -> str:
    return get_writer("html")(report, WriterOptions())


def _phone_column_px() -> float:
    """How wide the page's column is on a phone: the viewport less the body's padding there."""
    phone = CSS.read_text(encoding="utf-8").split("@media (max-width: 640px)")[1]
    body = re.search(r"body \{ padding: ([\d.]+)rem; font-size: (\d+)px;", phone)
    assert body, "the phone layout sets the body's padding and font size"
    return PHONE_PX - 2 * float(body.group(1)) * int(body.group(2))


def test_charts_scale_with_the_page(html: str) -> None:
    css = CSS.read_text(encoding="utf-8")
    assert re.search(r"figure\.chart svg \{[^}]*width: 100%[^}]*height: auto", css)
    svgs = re.findall(r"<svg [^>]*>", html)
    assert svgs
    for tag in svgs:
        assert re.search(r'viewBox="0 0 [\d.]+ [\d.]+"', tag), tag


def test_chart_labels_are_legible_on_a_phone(html: str) -> None:
    column = _phone_column_px()
    charts = re.findall(r"<svg .*?</svg>", html, re.S)
    assert charts
    for chart in charts:
        width = float(re.search(r'viewBox="0 0 ([\d.]+) ', chart).group(1))  # type: ignore[union-attr]
        sizes = [float(s) for s in re.findall(r"font-size: ([\d.]+)px", chart)]
        assert sizes, "chart text is text, with a size"
        scale = min(column, width) / width if width > column else 1.0
        assert min(sizes) * scale >= SMALLEST_LEGIBLE_PX, (min(sizes), width, scale)


def _section(html: str, topic: str) -> str:
    start = html.index(f'<section class="topic" id="topic-{topic}"')
    return html[start : html.index("</section>", start)]


def test_an_agreeing_topic_shows_no_badge_of_another_topic(report: Report, html: str) -> None:
    by_id = {f.id: f for f in report.findings}
    shared = [
        (topic, finding)
        for topic in report.topics
        if topic.verdict == "agree"
        for finding in report.findings
        if finding.severity == "error"
        and topic.id not in finding.rows
        and any(
            (c.path, c.line) in {(x.path, x.line) for x in finding.locations} for c in topic.claims
        )
    ]
    assert shared, "the example has an agreeing topic whose claims another topic's error cites"
    for topic, _ in shared:
        table = _section(html, topic.id).split("<tbody>")[1].split("</tbody>")[0]
        own = {by_id[i].severity for i in topic.findings if i in by_id}
        if "error" not in own:
            assert 'class="badge error"' not in table, topic.id


def test_the_other_topic_keeps_its_badges(report: Report, html: str) -> None:
    conflicts = [t for t in report.topics if t.verdict == "conflict"]
    assert conflicts
    for topic in conflicts:
        table = _section(html, topic.id).split("<tbody>")[1].split("</tbody>")[0]
        assert 'class="badge error"' in table, topic.id
