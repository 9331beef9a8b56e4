"""Figures as written: rounding from the digits, qualifiers as bounds (counts and amounts)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from factcheck.values.figures import figure_span, qualify, stated_figure, stated_range, written
from factcheck.values.intervals import Interval

BN = D(10) ** 9


@pytest.mark.parametrize(
    ("number", "discrete", "lo", "hi"),
    [
        ("2.8", False, D("2.75"), D("2.85")),
        ("2.80", False, D("2.795"), D("2.805")),
        ("7", False, D("6.5"), D(8)),  # a whole minute count may be truncated
        ("12000", True, D(11500), D(12500)),  # trailing zeros read as rounding
        ("12000", False, D(11500), D(12500)),
        ("37", True, D(37), D(37)),  # a count of things is exact
        ("140", True, D(135), D(145)),
        ("10", True, D(10), D(10)),  # one significant figure reads as two: ten is ten
        ("3000", True, D(2950), D(3050)),
        ("10", False, D("9.5"), D(11)),  # a measure of ten: rounded or truncated, as "7"
    ],
)
def test_a_figure_covers_what_its_digits_allow(number: str, discrete: bool, lo: D, hi: D) -> None:
    span = figure_span(D(number), discrete=discrete)
    assert (span.lo, span.hi) == (lo, hi)


def test_rounding_agrees_but_distinct_counts_do_not() -> None:
    rounded = figure_span(D(12000), discrete=True)
    assert rounded.overlaps(figure_span(D(12487), discrete=True))
    assert not figure_span(D(37), discrete=True).overlaps(figure_span(D(39), discrete=True))
    assert not figure_span(D(7), discrete=True).overlaps(figure_span(D(8), discrete=True))
    assert not figure_span(D(10), discrete=True).overlaps(figure_span(D(12), discrete=True))
    assert not figure_span(D(1000), discrete=True).overlaps(figure_span(D(1200), discrete=True))


@pytest.mark.parametrize(
    ("number", "qualifier", "lo", "hi"),
    [
        ("2.8", "exact", D("2.75") * BN, D("2.85") * BN),
        ("2.8", "at_least", D("2.75") * BN, None),
        ("2", "up_to", D(0), D(3) * BN),
        ("2.84", "about", D("2.84") * BN * D("0.95") - D("0.005") * BN, None),
    ],
)
def test_qualifiers_turn_a_figure_into_bounds(
    number: str, qualifier: str, lo: D, hi: D | None
) -> None:
    interval = qualify(stated_figure(D(number), BN), qualifier, D("0.05"))
    assert interval.lo == lo
    if hi is not None or qualifier == "at_least":
        assert interval.hi == hi


def test_more_than_an_exact_count_excludes_it() -> None:
    interval = qualify(stated_figure(D(8), discrete=True), "more_than", D(0))
    assert not interval.overlaps(Interval(D(8), D(8)))
    assert interval.overlaps(Interval(D(9), D(9)))


def test_a_range_runs_from_its_first_figure_to_its_last() -> None:
    stated = stated_range(D(3000), D(4000), discrete=True)
    assert stated.point is None
    assert stated.rounding.lo == D(2950) and stated.rounding.hi == D(4050)


@pytest.mark.parametrize(
    ("number", "text"),
    [
        ("480000000", "480 million"),  # as "4.8億" or "48000만" state it
        ("3200000000", "3.2 billion"),
        ("12400000000000", "12.4 trillion"),
        ("-2500000", "-2.5 million"),
        ("1234567", "1234567"),  # a scale word would lose digits: in full
        ("184000", "184000"),  # under a million: in full
        ("2.8", "2.8"),
    ],
)
def test_a_whole_figure_of_millions_reads_with_its_scale_word(number: str, text: str) -> None:
    assert written(D(number)) == text


def test_an_amount_without_a_scale_is_stated_with_one(values) -> None:
    stated = values.of({"kind": "amount", "amount": "3200000000", "currency": "EUR"}).stated
    assert stated == "3.2 billion EUR"
    scaled = values.of({"kind": "amount", "amount": "3200", "scale": "million", "currency": "EUR"})
    assert scaled.stated == "3200 million EUR"  # a scale the source gave is kept as given
    count = values.of({"kind": "count", "count": "12000000", "unit": "人"}).stated
    assert count == "12 million 人"


def test_a_measure_of_millions_reads_with_its_scale_word(values) -> None:
    area = values.of({"kind": "quantity", "value": "14200000", "unit": "m²"}).stated
    assert area == "14.2 million m²"
    assert values.of({"kind": "quantity", "value": "2.80", "unit": "km"}).stated == "2.8 km"
