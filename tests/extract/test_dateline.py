"""The dateline: a text whose opening holds no year is not read by the date grammar, and the
answer is the one the grammar gives on the whole opening."""

from __future__ import annotations

import re

import pytest

from factcheck.extract.pipeline.dateline import _short_year, _year_gate, dateline
from factcheck.extract.recognizers.dates.find import find_dates
from factcheck.extract.recognizers.width import narrow


def _read(text: str, lang: str) -> str | None:
    """The dateline as the date grammar gives it on the opening, with no gate before it."""
    for found in find_dates(text[:300], lang, None):
        day = str((found.claim or {}).get("date", ""))
        if found.form == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            return day
    return None


CASES = [
    ("en", "LONDON, April 28, 2025 - Power returned to most of Spain.", "2025-04-28"),
    ("en", "Posted 4/28/25 by the desk. Power returned.", "2025-04-28"),
    ("en", "On the twenty-eighth of April two thousand and twenty-five, it failed.", "2025-04-28"),
    ("en", "Power returned to most of Spain on Monday, officials said.", None),
    ("en", "Power returned to 12 regions, up from 3, officials said.", None),
    ("de", "Berlin, 28.04.25 – Der Strom fiel aus.", "2025-04-28"),
    ("de", "Am 28. April 2025 fiel in Spanien der Strom aus.", "2025-04-28"),
    ("de", "Am Montag fiel in ganz Spanien der Strom aus, sagte die Regierung.", None),
    ("es", "MADRID, 28/04/25. Un apagón dejó sin luz a toda la península.", "2025-04-28"),
    ("es", "Madrid, 28 de abril de 2025. Un apagón dejó sin luz a España.", "2025-04-28"),
    ("es", "Un apagón dejó sin luz a toda la península el lunes por la tarde.", None),
    ("fr", "Paris, le 19 octobre 2025 — Des joyaux ont été volés au Louvre.", "2025-10-19"),
    ("fr", "Des joyaux ont été volés au Louvre dimanche matin, selon le ministère.", None),
    ("it", "Roma, 28/03/25 - Un terremoto ha colpito il Myanmar.", "2025-03-28"),
    ("pt", "Lisboa, 28 de abril de 2025 - Um apagão deixou Portugal sem luz.", "2025-04-28"),
    ("nl", "Amsterdam, 28 april 2025 - Spanje zat zonder stroom.", "2025-04-28"),
    ("nb", "Oslo, 28. april 2025: Spania var uten strøm.", "2025-04-28"),
    ("tr", "İstanbul, 28 Nisan 2025 - İspanya'da elektrik kesildi.", "2025-04-28"),
    ("ja", "２０２５年４月２８日、スペインで大規模な停電が起きた。", "2025-04-28"),
    ("ja", "令和7年4月28日、スペインで大規模な停電が起きた。", "2025-04-28"),
    ("ja", "二〇二五年四月二十八日、スペインで停電が起きた。", "2025-04-28"),
    ("ja", "スペインで大規模な停電が起きた。", None),
    ("ko", "25. 4. 28. 스페인에서 정전이 발생했다.", "2025-04-28"),
    ("ko", "2025년 4월 28일 스페인에서 정전이 발생했다.", "2025-04-28"),
    ("zh", "2025年4月28日，西班牙发生大停电。", "2025-04-28"),
    ("zh", "西班牙周一发生大停电，官员表示。", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_dateline_as_the_grammar_reads_it(lang: str, text: str, expected: str | None) -> None:
    assert _read(text, lang) == expected
    assert dateline(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_gate_passes_every_opening_with_a_full_date(
    lang: str, text: str, expected: str | None
) -> None:
    if expected is not None:
        assert _year_gate(lang).search(narrow(text[:300])) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Power returned to most of Spain on Monday, officials said.",
        "Power returned to 12 regions, up from 3, officials said.",
    ],
)
def test_an_opening_with_no_year_is_not_read(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        raise AssertionError("the date grammar was run")

    monkeypatch.setattr("factcheck.extract.pipeline.dateline.find_dates", fail)
    assert dateline(text, "en") is None


def test_short_year_takes_the_literal_beside_the_year() -> None:
    assert _short_year(["{DD}/{MM}/{Y2}"]) == r"/\s*\d\d"
    assert _short_year(["{Y2}\\. {MM}\\. {DD}\\."]) == r"\d\d\s*\."
    assert _short_year(["{Y2}/{MM}/{DD}"]) == r"\d\d\s*/"


def test_short_year_leaves_out_templates_with_no_day() -> None:
    assert _short_year(["{M} of ['’]?{Y2}", "{M},? {YL}"]) == "(?!)"


def test_short_year_with_no_literal_beside_it_takes_any_two_figures() -> None:
    assert _short_year(["{D} {Y2}"]) == r"\d\d"
    assert _short_year(["{DD}/?{Y2}/?"]) == r"\d\d"
    assert _short_year(["{DD}(?:/){Y2}"]) == r"\d\d"
