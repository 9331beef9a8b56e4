"""Accuracy of sums of money: a scale word after the currency, articles after a sum."""

from __future__ import annotations

from decimal import Decimal

from factcheck.extract.recognizers.amounts import find_amounts
from factcheck.extract.recognizers.numbers import find_numbers


def _amounts(text: str, lang: str) -> list[tuple[str, Decimal, str]]:
    found = find_amounts(text, lang, find_numbers(text, lang))
    return [(text[a.start : a.end], a.value, a.currency) for a in found]


def test_scale_word_after_the_currency_code():
    assert _amounts("The fund lost 40 EUR million last year", "en") == [
        ("40 EUR million", Decimal(40000000), "EUR")
    ]


def test_an_article_after_a_sum_is_no_minor_unit():
    assert [v for _, v, _ in _amounts("Give me 5 euros one more time", "en")] == [5]


def test_fraction_of_a_scale_with_a_currency():
    assert _amounts("They spent half a million dollars", "en")[0][1] == 500000
