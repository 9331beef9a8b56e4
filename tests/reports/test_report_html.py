"""HTML report: self-contained, deterministic, and every source or editor text escaped."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.analyze import analyze
from factcheck.models.report import Report
from factcheck.writers import WriterOptions
from factcheck.writers.charts import interval_chart
from factcheck.writers.html import is_safe_url, render

CASE = Path(__file__).resolve().parents[2] / "claims" / "msmt-2025"
QUOTE = '<script>alert("quote")</script> & <b>bold</b>'
NOTE = "<script>alert('note')</script> checked with the ministry"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """The example case with markup in a quote, an outlet, a link and an editor's note."""
    case = tmp_path_factory.mktemp("hostile") / "case"
    shutil.copytree(CASE, case)
    (case / "resolutions.yaml").unlink(missing_ok=True)
    source = case / "sources" / "tr-agency.yaml"
    text = source.read_text(encoding="utf-8")
    text = text.replace(
        "quote: Ekim 2023'te Güney Kore ve ABD tarafından kurulmuştu",
        f"quote: '{QUOTE}'",
    )
    text = text.replace(
        "outlet: Turkish news agency (name not in the capture)", "outlet: <i>TA</i>"
    )
    text = text.replace("article: ", "url: javascript:alert(1)\narticle: ")
    source.write_text(text, encoding="utf-8")
    finding = next(f.id for f in analyze(case).findings if f.rule == "FC101")
    (case / "resolutions.yaml").write_text(
        f'{finding}:\n  status: accepted\n  note: "{NOTE}"\n  by: "<img src=x>"\n'
        "  at: 2025-11-01\n",
        encoding="utf-8",
    )
    return analyze(case)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_source_and_editor_text_render_as_text(hostile: Report) -> None:
    html = render(hostile, WriterOptions())
    parser = _parse(html)
    assert [t for t, _ in parser.tags].count("script") == 1, "only the page's own script"
    assert not any(t in ("img", "b", "i") for t, _ in parser.tags)
    assert "&lt;script&gt;alert(&#34;quote&#34;)&lt;/script&gt; &amp; &lt;b&gt;bold" in html
    assert "&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt; checked" in html
    assert "&lt;i&gt;TA&lt;/i&gt;" in html and "&lt;img src=x&gt;" in html
    assert "alert" not in "".join(parser.scripts)
    hrefs = [a.get("href") or "" for t, a in parser.tags if t == "a"]
    assert not any(h.startswith("javascript:") for h in hrefs)


def test_decision_and_status_are_shown(hostile: Report) -> None:
    html = render(hostile, WriterOptions())
    accepted = next(f for f in hostile.findings if f.decision)
    block = re.search(
        rf'<article class="finding [a-z]+" data-finding="{accepted.id}".*?</article>', html, re.S
    )
    assert block and 'data-status="accepted"' in block.group(0)
    assert "Decision (accepted):" in block.group(0)


def test_page_is_self_contained() -> None:
    html = render(analyze(CASE), WriterOptions())
    parser = _parse(html)
    for tag, attrs in parser.tags:
        assert tag not in ("link", "iframe", "img", "object", "embed"), tag
        assert "src" not in attrs, (tag, attrs)
        if tag != "a":
            assert not str(attrs.get("href") or "").startswith(("http", "//")), (tag, attrs)
    assert "@import" not in html and "url(http" not in html
    assert "default-src 'none'" in html, "a content security policy forbids any fetch"


def test_every_amount_count_and_date_row_has_a_chart() -> None:
    report = analyze(CASE)
    html = render(report, WriterOptions())
    charted = [t for t in report.topics if t.kind in ("amount", "count", "date")]
    assert html.count('<figure class="chart">') == len(charted)
    assert html.count("<svg") == len(charted)
    assert len(html.encode("utf-8")) < 400_000


def test_charts_are_deterministic_and_keep_text_as_text() -> None:
    report = analyze(CASE)
    topic = next(t for t in report.topics if t.topic == "msmt.founded")
    first, second = interval_chart(topic), interval_chart(topic)
    assert first and first == second
    assert first.startswith("<svg") and "<text" in first and "October 2023" in first
    assert "Date" not in first and "<dc:date>" not in first
    assert interval_chart(next(t for t in report.topics if t.kind == "set")) is None


def test_render_is_byte_identical_and_timestamp_opt_in() -> None:
    report = analyze(CASE)
    assert render(report, WriterOptions()) == render(report, WriterOptions())
    assert "generated" not in render(report, WriterOptions())
    assert "generated 2025-11-01" in render(report, WriterOptions(timestamp="2025-11-01"))


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("data:text/html,x", False),
        (None, False),
    ],
)
def test_only_web_links_are_clickable(url: str | None, safe: bool) -> None:
    assert is_safe_url(url) is safe
