"""Accuracy of spelled numbers: scales inside a figure, multipliers, fractions, joiners."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract.recognizers.numbers import find_numbers


def _values(text: str, lang: str) -> list[tuple[str, Decimal]]:
    return [(text[n.start : n.end], n.value) for n in find_numbers(text, lang)]


@pytest.mark.parametrize(
    "lang, text, spoken, value",
    [
        ("es", "El déficit llegó a dos billones trescientos mil millones", None, 2300000000000),
        ("es", "Costó cuatro mil millones", None, 4000000000),
        ("it", "Ne servono duecento e tre dozzine", None, 236),
        ("tr", "iki yüz bir düzine yumurta", None, 2412),
        ("en", "The plan costs half a million pounds", "half a million", 500000),
        ("en", "They raised two and a half million", "two and a half million", 2500000),
        ("en", "a quarter billion users", "a quarter billion", 250000000),
        ("es", "Vinieron medio millón de personas", "medio millón", 500000),
        ("it", "Ha compiuto quarant'anni ieri", "quarant", 40),
        ("es", "Llegaron 4 dz de cajas", "4 dz", 48),
    ],
)
def test_spelled_figures(lang, text, spoken, value):
    found = _values(text, lang)
    assert any(v == value and (spoken is None or t == spoken) for t, v in found), found


def test_a_fraction_alone_is_no_figure():
    assert _values("Half of the board resigned in the last quarter", "en") == []


def test_one_and_one_are_two_figures():
    found = _values("Pick one and one more", "en")
    assert [v for _, v in found] == [1, 1]


def test_tens_and_units_stay_one_figure():
    assert [v for _, v in _values("Llegaron treinta y dos barcos", "es")] == [32]
    assert [v for _, v in _values("Il y avait soixante et onze élèves", "fr")] == [71]


def test_uno_is_a_number_in_spanish_not_an_article():
    assert [n.pattern for n in find_numbers("Solo queda uno", "es")] == ["words"]
