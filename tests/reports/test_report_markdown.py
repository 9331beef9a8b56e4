"""Markdown report: summary, findings first, one table per topic, source text made inert."""

from __future__ import annotations

from pathlib import Path

from factcheck.analyze import analyze
from factcheck.writers import WriterOptions
from factcheck.writers.markdown import md_text, render

CASE = Path(__file__).resolve().parents[2] / "claims" / "msmt-2025"


def test_summary_then_findings_then_topic_tables() -> None:
    report = analyze(CASE)
    text = render(report, WriterOptions())
    assert text.startswith(f"# {md_text(report.title)}\n")
    assert text.index("## Findings") < text.index("## Topics") < text.index("## Sources")
    # One table per topic row, each with its header; conflicts come first.
    assert text.count("| Source | Lang | As stated |") == len(report.topics)
    topics = text[text.index("## Topics") :]
    assert topics.index("When the MSMT was set up") < topics.index("Bybit")
    assert "`cc2329e3f2`" in text and "October 2023" in text


def test_source_text_cannot_break_tables_or_inject_html() -> None:
    assert md_text("a | b <script>*x*</script>") == r"a \| b \<script\>\*x\*\</script\>"
    assert md_text("two\nlines") == "two lines"


def test_timestamp_only_when_asked() -> None:
    report = analyze(CASE)
    assert "Generated" not in render(report, WriterOptions())
    assert "Generated 2025-11-01." in render(report, WriterOptions(timestamp="2025-11-01"))
