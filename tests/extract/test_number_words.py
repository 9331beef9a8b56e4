"""A language whose figures in words are read by its numeral reader has no words pattern."""

from __future__ import annotations

from factcheck.extract.recognizers.numbers import find_numbers, grammar


def test_no_words_pattern_where_numerals_read_the_words() -> None:
    assert grammar("zh").words is None
    assert grammar("en").words is not None


def test_numerals_still_read_without_a_words_pattern() -> None:
    values = [n.value for n in find_numbers("去年有三千二百人参加，今年有45人。", "zh")]
    assert values == [3200, 45]


def test_words_still_read_where_the_pattern_exists() -> None:
    values = [n.value for n in find_numbers("Some twenty-five people and 3 dogs.", "en")]
    assert values == [25, 3]
