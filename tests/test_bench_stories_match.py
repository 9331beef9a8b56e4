"""The stories bench's scoring and value matching, on made-up findings and values."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from stories_gold import GoldPair  # noqa: E402
from stories_match import (  # noqa: E402
    View,
    century_readings,
    clock_readings,
    date_interval,
    matches,
    unit_factor,
)
from stories_score import judge, split_pair, splits  # noqa: E402

# ---------------------------------------------------------------- scoring


def _finding(
    groups: list[list[tuple[str, int]]], severity: str = "error", rule: str = "FC1"
) -> dict[str, Any]:
    return {
        "rule": rule,
        "severity": severity,
        "groups": [
            {
                "value": str(i),
                "claims": [{"source": "s", "path": f"x/{f}", "line": n} for f, n in g],
            }
            for i, g in enumerate(groups)
        ],
    }


def test_splits_needs_two_groups_and_no_shared_one() -> None:
    assert splits([{"a"}, {"b"}], "a", "b")
    assert not splits([{"a", "b"}, {"b"}], "a", "b")
    assert not splits([{"a"}, {"c"}], "a", "b")
    assert split_pair([{"a"}, {"c"}, {"b"}], ["a", "b", "c"]) == ("a", "b")


def test_judge_counts_error_and_warning_but_not_evolving_or_info() -> None:
    ids = {("a.yaml", 3): {"A.1"}, ("b.yaml", 4): {"B.1", "B.2"}}

    def locate(loc: dict[str, Any]) -> set[str]:
        return ids.get((Path(loc["path"]).name, loc["line"]), set())

    pair = GoldPair("C1", "t", ("A.1", "B.2"), "required")
    kinds = {"FC1": "count-agreement", "FC2": "evolving"}
    groups = [[("a.yaml", 3)], [("b.yaml", 4)]]
    for finding, expected in [
        (_finding(groups), True),
        (_finding(groups, severity="warning"), True),
        (_finding(groups, severity="info"), False),
        (_finding(groups, rule="FC2"), False),
        (_finding([[("a.yaml", 3), ("b.yaml", 4)]]), False),
    ]:
        (verdict,) = judge([pair], [finding], kinds, locate)
        assert verdict.split is expected


def test_groups_without_claims_are_placed_by_source() -> None:
    finding = {
        "rule": "FC1",
        "severity": "error",
        "groups": [{"value": "9", "sources": ["k01"]}, {"value": "11", "sources": ["k02"]}],
        "locations": [
            {"source": "k01", "path": "s/k01.yaml", "line": 8},
            {"source": "k02", "path": "s/k02.yaml", "line": 8},
        ],
    }
    ids = {"k01.yaml": {"K01.1"}, "k02.yaml": {"K02.1"}}
    pair = GoldPair("KC1", "members", ("K01.1", "K02.1"), "required")
    (verdict,) = judge([pair], [finding], {}, lambda loc: ids[Path(loc["path"]).name])
    assert verdict.split


# ---------------------------------------------------------------- value matching


def _view(kind: str, **fields: Any) -> View:
    return View(kind, "t", {"source": "s", **fields})


def test_numbers_match_by_figure_and_unit() -> None:
    ten_miles = {"kind": "quantity", "value": 10, "unit": "mi"}
    assert matches(ten_miles, _view("quantity", point="16.09344", unit="km"))
    assert not matches(ten_miles, _view("quantity", point="17", unit="km"))
    assert not matches(ten_miles, _view("duration", point="10", unit="minute"))
    assert matches({"kind": "count", "count": 8}, _view("count", point="8", low="7.5", high="9"))
    assert matches(
        {"kind": "count", "min": 300, "max": 400}, _view("count", point="", low="299", high="401")
    )
    assert matches({"kind": "percent", "value": 60}, _view("percent", point="0.6"))
    euros = {"kind": "amount", "amount": 88000000, "currency": "EUR"}
    assert matches(euros, _view("amount", point="88000000", unit="EUR"))
    assert not matches(euros, _view("amount", point="88000000", unit="USD"))
    assert unit_factor("minute", "s") == 60
    assert unit_factor("km", "GW") is None


def test_dates_times_and_sets_match() -> None:
    assert date_interval("2024-02", end=True) == "2024-02-29"
    year = {"kind": "date", "date": "2021"}
    assert matches(year, _view("date", low="2021-01-01", high="2021-12-31"))
    assert not matches(year, _view("date", low="2021-03-01", high="2021-03-31"))
    sunday = {"kind": "date", "weekday": "sunday"}
    assert matches(sunday, _view("date", value="Sunday", normalized=""))
    assert clock_readings("at 8:45 p.m. and 12.33") == {(20, 45), (12, 33)}
    assert matches({"kind": "time", "time": "20:45"}, _view("time", value="8:45 pm"))
    countries = {"kind": "set", "of": "country", "members": ["SE", "NO"]}
    assert matches(countries, _view("set", normalized="{NO, SE} (partial)"))
    assert not matches(countries, _view("set", normalized="{NO} (partial)"))
    names = {"kind": "set", "of": "name", "members": ["Ring", "Crown"]}
    assert matches(names, _view("set", normalized="{crown, ring}"))


@pytest.mark.parametrize(
    ("span", "readings"),
    [
        (("1801", "1900"), [("1801", "1900"), ("1800", "1899")]),
        (("1600", "1799"), [("1600", "1799"), ("1601", "1800")]),
        (("1820", "1835"), [("1820", "1835")]),
        (("2025-03-01", "2025-03-31"), [("2025-03-01", "2025-03-31")]),
    ],
)
def test_a_span_of_whole_centuries_is_read_both_ways(
    span: tuple[str, str], readings: list[tuple[str, str]]
) -> None:
    assert century_readings(*span) == readings
