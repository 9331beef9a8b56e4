"""How two figures slip from each other: by a power of ten or by two neighbouring digits
swapped, read on the digits as written (a duration on its clock reading)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.engine.kinds.figure_slip import digits_of, reading, slipped
from factcheck.values.base import Span


@pytest.mark.parametrize(
    ("a", "b", "how"),
    [
        ("7800000", "78000000", "magnitude"),
        ("350000000", "3500000000", "magnitude"),
        ("213", "231", "transposition"),
        ("1987", "1978", "transposition"),
        ("412.6", "214.6", None),  # three digits moved, no neighbouring swap
        ("5000000", "50000000", None),  # one significant digit says too little
        ("213", "2130", "magnitude"),
        ("46", "64", None),  # two digits: below the three asked for
    ],
)
def test_slips(a: str, b: str, how: str | None) -> None:
    assert slipped(Decimal(a), Decimal(b), 2, 3) == how


def test_two_digits_swap_where_two_are_enough() -> None:
    assert slipped(Decimal(46), Decimal(64), 2, 2) == "transposition"


def test_digits_and_magnitude() -> None:
    assert digits_of(Decimal("7800000.0")) == ("78", 6)
    assert digits_of(Decimal("0.52")) == ("52", -1)


def test_a_duration_reads_as_its_clock() -> None:
    race = Span(
        stated="", normalized="", key="", interval=None, figure=Decimal(9122), canonical="s"
    )
    assert reading(race) == Decimal(23202)
    sum_ = Span(
        stated="", normalized="", key="", interval=None, figure=Decimal(9122), canonical="EUR"
    )
    assert reading(sum_) == Decimal(9122)
