"""Named days with a year: fixed month-days and shifts from Easter, in every language."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.recognizers.dates.find import find_dates
from factcheck.extract.recognizers.recognize import recognize

PUBLISHED = date(2025, 10, 22)


def _dates(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [
        (text[d.start : d.end], d.first.iso(), d.pattern)
        for d in find_dates(text, lang, PUBLISHED)
        if d.form == "date" and d.first is not None
    ]


@pytest.mark.parametrize(
    "lang, text, span, value",
    [
        (
            "en",
            "Shops stayed shut on Easter Monday 2021 in most towns.",
            "Easter Monday 2021",
            "2021-04-05",
        ),
        (
            "en",
            "The deal was signed on Christmas Eve, 2016 after long talks.",
            "Christmas Eve, 2016",
            "2016-12-24",
        ),
        ("en", "Turnout fell on Good Friday of 2019.", "Good Friday of 2019", "2019-04-19"),
        (
            "de",
            "Am Pfingstmontag 2022 blieben die Ämter geschlossen.",
            "Pfingstmontag 2022",
            "2022-06-06",
        ),
        ("de", "Heiligabend 2020 blieb die Kirche leer.", "Heiligabend 2020", "2020-12-24"),
        ("es", "La Navidad de 2019 fue la más fría en décadas.", "Navidad de 2019", "2019-12-25"),
        (
            "es",
            "El Viernes Santo del 2024 llovió en Sevilla.",
            "Viernes Santo del 2024",
            "2024-03-29",
        ),
        (
            "fr",
            "Le lundi de Pâques 2021, les marchés étaient fermés.",
            "lundi de Pâques 2021",
            "2021-04-05",
        ),
        (
            "it",
            "Il Ferragosto del 2018 ha visto code sulle autostrade.",
            "Ferragosto del 2018",
            "2018-08-15",
        ),
        ("nb", "Butikkene holdt stengt andre påskedag 2023.", "andre påskedag 2023", "2023-04-10"),
        (
            "tr",
            "2019 Cumhuriyet Bayramı kutlamaları iptal edildi.",
            "2019 Cumhuriyet Bayramı",
            "2019-10-29",
        ),
    ],
)
def test_named_day_with_a_year(lang, text, span, value):
    found = _dates(text, lang)
    assert any(s.endswith(span) and v == value for s, v, _ in found), found
    assert all(p.startswith("holiday:") for s, v, p in found if v == value)


def test_named_day_reaches_the_claim_value():
    mentions = [m for m in recognize("Sales peaked on Boxing Day 2022.", "en", PUBLISHED)]
    assert [(m.kind, m.value["date"]) for m in mentions] == [("date", "2022-12-26")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Christmas is the busiest season for retailers."),
        ("de", "Ostern fällt dieses Mal früh, sagte sie 2024 Leuten."),
        ("es", "En 2019 la Navidad fue tranquila."),
    ],
)
def test_named_day_without_its_year_is_no_date(lang, text):
    assert not any(p.startswith("holiday:") for _, _, p in _dates(text, lang))
