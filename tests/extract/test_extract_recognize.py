"""Recognizers on sentences written for these tests, one or more per language."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.recognizers.recognize import recognize

PUBLISHED = date(2025, 10, 22)


def _values(text: str, lang: str) -> list[tuple[str, dict, str]]:
    return [(m.kind, m.value, m.qualifier) for m in recognize(text, lang, PUBLISHED)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The fund lost $2.8 billion.", ("2.8", "billion", "USD", "exact")),
        (
            "it",
            "Hanno incassato almeno 1,5 miliardi di dollari.",
            ("1.5", "billion", "USD", "at_least"),
        ),
        ("fr", "Une perte de 1,65 milliard de dollars.", ("1.65", "billion", "USD", "exact")),
        ("tr", "Şirket yaklaşık 2,84 milyar dolar kazandı.", ("2.84", "billion", "USD", "about")),
        (
            "nb",
            "De tjente opptil to milliarder amerikanske dollar.",
            ("2", "billion", "USD", "up_to"),
        ),
        ("de", "Der Verlust lag bei rund 1,5 Mrd. US-Dollar.", ("1.5", "billion", "USD", "about")),
        (
            "es",
            "Ganaron más de 1.500 millones de dólares.",
            ("1500", "million", "USD", "more_than"),
        ),
    ],
)
def test_amounts_keep_decimal_marks_scale_and_qualifier(lang, text, expected):
    amounts = [(v, q) for k, v, q in _values(text, lang) if k == "amount"]
    assert len(amounts) == 1
    value, qualifier = amounts[0]
    assert (value["amount"], value.get("scale"), value["currency"], qualifier) == expected


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        ("en", "Sales grew between January 2024 and September 2025.", "2024-01/2025-09"),
        ("fr", "Les ventes ont augmenté entre janvier et septembre 2025.", "2025-01/2025-09"),
        ("tr", "Satışlar 2024 başından bu yana arttı.", "2024-01/.."),
        ("de", "Die Zahlen stiegen seit Anfang 2024.", "2024-01/.."),
        ("en", "Prices have risen since early 2024.", "2024-01/.."),
    ],
)
def test_periods_closed_and_open(lang, text, period):
    periods = [v["period"] for k, v, _ in _values(text, lang) if k == "period"]
    assert periods == [period]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("it", "Il museo ha aperto nell'aprile 2024.", {"kind": "date", "date": "2024-04"}),
        ("tr", "Kurum Ekim 2023'te kuruldu.", {"kind": "date", "date": "2023-10"}),
        ("en", "The board met on 21 February 2025.", {"kind": "date", "date": "2025-02-21"}),
        (
            "fr",
            "Le club a été fondé en octobre dernier.",
            {"kind": "date", "date": "--10", "relative": "last"},
        ),
        ("es", "La empresa cerró el año pasado.", {"kind": "date", "date": "2024"}),
    ],
)
def test_dates_at_their_precision(lang, text, value):
    dates = [v for k, v, _ in _values(text, lang) if k == "date"]
    assert dates == [value]


@pytest.mark.parametrize(
    ("lang", "text", "count", "qualifier"),
    [
        ("en", "Inspectors visited at least 8 countries.", "8", "at_least"),
        ("nb", "Politiet fant minst 35 tilfeller.", "35", "at_least"),
        ("fr", "La délégation a visité huit pays.", "8", "exact"),
        ("tr", "Fabrikada yaklaşık 2 bin kişi çalışıyor.", "2000", "about"),
        ("de", "Es kamen mindestens zwölf Gäste.", "12", "at_least"),
    ],
)
def test_counts_with_spelled_numbers_and_qualifiers(lang, text, count, qualifier):
    counts = [(v, q) for k, v, q in _values(text, lang) if k == "count"]
    assert len(counts) == 1
    value, found = counts[0]
    stated = value["count"]
    if value.get("scale") == "thousand":
        stated = str(int(float(stated)) * 1000)
    assert (stated, found) == (count, qualifier)


def test_decimal_comma_is_not_a_year_or_a_group():
    values = _values("Il totale è di 1,65 milioni di euro.", "it")
    assert [v["amount"] for k, v, _ in values if k == "amount"] == ["1.65"]
    assert not [v for k, v, _ in values if k == "date"]
