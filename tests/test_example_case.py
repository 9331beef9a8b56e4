"""Acceptance on the bundled example: the conflicts an editor must see, and only those."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.analyze import analyze
from factcheck.models.report import FindingView, Report


@pytest.fixture(scope="module")
def report() -> Report:
    return analyze(Path(__file__).resolve().parents[1] / "claims" / "msmt-2025")


def errors(report: Report) -> list[FindingView]:
    return [f for f in report.findings if f.severity == "error"]


def finding(report: Report, rule: str, row: str) -> FindingView:
    matches = [f for f in report.findings if f.rule == rule and row in f.rows]
    assert len(matches) == 1, [(f.rule, f.rows) for f in report.findings]
    return matches[0]


def test_exactly_three_errors(report: Report) -> None:
    assert sorted((f.rule, f.topics[0]) for f in errors(report)) == [
        ("FC101", "msmt.founded"),
        ("FC103", "msmt.member-count"),
        ("FC107", "msmt.founded"),
    ]


def test_founding_date_turkish_october_2023_against_october_2024(report: Report) -> None:
    found = finding(report, "FC101", "msmt.founded")
    groups = {tuple(g.sources): g.value for g in found.groups}
    assert groups[("tr-agency",)] == "October 2023"
    # the French "octobre dernier", published 2025-10-24, resolves to October 2024
    assert groups[("it-gov-statement", "sadanews")] == "October 2024"
    assert "relative date" in (found.hint or "")


def test_member_count_nine_against_eleven_with_founders_hint(report: Report) -> None:
    found = finding(report, "FC103", "msmt.member-count")
    values = sorted(g.value for g in found.groups)
    assert values[0] == "11 / 11 listed" and values[1] == "9"
    assert found.hint is not None
    assert "9 + the 2" in found.hint and "KR, US" in found.hint and "= 11" in found.hint


def test_order_constraint_founding_before_panel_dissolution(report: Report) -> None:
    found = finding(report, "FC107", "msmt.founded")
    early, late = found.groups
    assert early.sources == ["tr-agency"] and early.value == "October 2023"
    assert "it-gov-statement" in late.sources
    assert set(found.topics) == {"msmt.founded", "un-panel.dissolved"}


@pytest.mark.parametrize(
    "row",
    [
        "dprk.crypto-stolen@2024-01/2025-09",  # at least 2.8 bn vs about 2.84 bn
        "dprk.crypto-stolen@2025-01/2025-09",  # 1.65 bn vs more than 1.6 bn
        "dprk.crypto-stolen@2025",  # more than 2 bn vs Chainalysis 2.02 bn
        "dprk.it-worker-countries",  # 4 named of at least 8 vs 8 named
        "msmt.members",  # the two full lists and the partial ones
        "un-panel.dissolved",  # 2024 vs April 2024
    ],
)
def test_agreement_rows_have_no_conflict(report: Report, row: str) -> None:
    topic = next(t for t in report.topics if t.id == row)
    assert topic.verdict in ("agree", "single")
    agreement_rules = {"FC101", "FC102", "FC103", "FC104", "FC105", "FC106", "FC108"}
    assert not [f for f in report.findings if row in f.rows and f.rule in agreement_rules]


def test_two_thousand_nineteen_figure_is_its_own_period(report: Report) -> None:
    rows = {t.id for t in report.topics if t.topic == "dprk.crypto-stolen"}
    assert "dprk.crypto-stolen@../2019-08" in rows
    old = next(t for t in report.topics if t.id == "dprk.crypto-stolen@../2019-08")
    assert [c.source for c in old.claims] == ["nb-2019"]


def test_part_whole_holds_for_bybit_within_totals(report: Report) -> None:
    assert not [f for f in report.findings if f.rule == "FC108"]


def test_chainalysis_figure_keeps_its_attribution(report: Report) -> None:
    row = next(t for t in report.topics if t.id == "dprk.crypto-stolen@2025")
    assert any(c.attribution == "Chainalysis" and c.value == "2.02 billion USD" for c in row.claims)


def test_findings_point_at_claim_lines_on_both_sides(report: Report) -> None:
    found = finding(report, "FC101", "msmt.founded")
    paths = {Path(loc.path).name for loc in found.locations}
    assert {"tr-agency.yaml", "it-gov-statement.yaml", "sadanews.yaml"} <= paths
    assert all(loc.line > 1 for loc in found.locations)
