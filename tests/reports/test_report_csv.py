"""CSV report: one row per claim, stable columns, findings attached, BOM on request."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from factcheck.analyze import analyze
from factcheck.models.report import Report
from factcheck.writers import WriterOptions
from factcheck.writers.csv_writer import COLUMNS, render

CASE = Path(__file__).resolve().parents[2] / "claims" / "msmt-2025"


@pytest.fixture(scope="module")
def report() -> Report:
    return analyze(CASE)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_claim_with_stable_columns(report: Report) -> None:
    text = render(report, WriterOptions())
    assert text.splitlines()[0].split(",") == list(COLUMNS)
    assert COLUMNS[:4] == ("topic", "row", "source", "language")
    rows = _rows(text)
    assert len(rows) == sum(len(t.claims) for t in report.topics)


def test_conflicting_claims_carry_the_most_severe_finding(report: Report) -> None:
    rows = _rows(render(report, WriterOptions()))
    founded = {r["source"]: r for r in rows if r["topic"] == "msmt.founded"}
    tr = founded["tr-agency"]
    assert (tr["value"], tr["low"], tr["high"]) == ("October 2023", "2023-10-01", "2023-10-31")
    statuses = {f.id: f.status for f in report.findings}
    assert (tr["severity"], tr["group"]) == ("error", "2")
    assert tr["status"] == statuses[tr["finding"]]
    # tr-agency's date breaks both the agreement rule and the order constraint.
    assert len(tr["all_findings"].split()) == 2
    assert tr["finding"] in tr["all_findings"].split()
    open_ended = next(r for r in rows if r["value"] == "at least 2.8 billion USD")
    assert (open_ended["low"], open_ended["high"], open_ended["unit"]) == ("2750000000", "", "USD")


def test_non_ascii_text_survives_and_bom_is_only_on_request(tmp_path: Path) -> None:
    from factcheck.cli.output import emit

    text = render(analyze(CASE), WriterOptions())
    assert "février" in text
    plain, marked = tmp_path / "plain.csv", tmp_path / "bom.csv"
    emit(text, plain)
    emit(text, marked, bom=True)
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
