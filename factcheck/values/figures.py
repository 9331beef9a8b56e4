"""Figures as stated: the rounding their digits carry, qualifiers as bounds, and their wording.

"2.8 billion" covers [2.75, 2.85) billion; a whole number of a measure covers rounding or
truncation ("7 minutes" is [6.5, 8) minutes); trailing zeros read as rounding ("12,000"
covers 11,500-12,500), to two significant figures at least ("3,000" covers 2,950-3,050, and
"10 dead" is ten); a count of things without trailing zeros is exact. A qualifier turns
the figure into bounds, and "about" widens it by a tolerance that is a rule parameter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from factcheck.values.intervals import Interval

ZERO = Decimal(0)
SCALE_FACTORS: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}


@dataclass(frozen=True)
class Stated:
    """A figure or a range as written: the values its digits cover, and the figure itself."""

    rounding: Interval
    point: Decimal | None  # None for a range


def _trailing_zeros(number: Decimal) -> int:
    if number == 0:
        return 0
    digits = number.as_tuple().digits
    count = 0
    for digit in reversed(digits):
        if digit != 0:
            break
        count += 1
    return count


def figure_span(number: Decimal, factor: Decimal = Decimal(1), discrete: bool = False) -> Interval:
    """The values a figure as written covers, in units of ``factor``.

    ``discrete`` figures (counts of things) are exact unless rounded: with a decimal part,
    a scale word or trailing zeros.
    """
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers only: the models reject inf and nan
    zeros = _trailing_zeros(number) if exponent >= 0 else 0
    if zeros and len(number.as_tuple().digits) - zeros == 1:
        # one significant figure reads as two: "10 dead" against "12 dead" is a conflict,
        # and "3,000" covers 2,950-3,050; read to its first figure alone, "10" would cover
        # anything from 5 to 15
        zeros -= 1
    if exponent < 0 or zeros or (discrete and factor != 1):
        step = Decimal(1).scaleb(exponent + zeros) if exponent < 0 or zeros else Decimal(1)
        half = step / 2
        return Interval((number - half) * factor, (number + half) * factor, hi_open=True)
    if discrete:
        return Interval(number * factor, number * factor)
    # a whole number of a measure: rounded, or truncated ("7 minutes" may be 7 min 40 s)
    return Interval((number - Decimal("0.5")) * factor, (number + 1) * factor, hi_open=True)


def stated_figure(number: Decimal, factor: Decimal = Decimal(1), discrete: bool = False) -> Stated:
    """A single figure as stated."""
    return Stated(figure_span(number, factor, discrete), number * factor)


def stated_range(
    low: Decimal, high: Decimal, factor: Decimal = Decimal(1), discrete: bool = False
) -> Stated:
    """A range "3,000 to 4,000": from the first figure's lowest to the second's highest value."""
    first, last = figure_span(low, factor, discrete), figure_span(high, factor, discrete)
    return Stated(Interval(first.lo, last.hi, first.lo_open, last.hi_open), None)


def qualify(
    stated: Stated, qualifier: str, tolerance: Decimal, floor: Decimal | None = ZERO
) -> Interval:
    """The values a stated figure allows under its qualifier.

    "at least 2.8 bn" is [2.75 bn, inf); "about 2.84 bn" widens the rounding by
    ``tolerance`` (a fraction of the figure); ``floor`` is the smallest value the kind can
    take (None when negative values exist, as for temperatures).
    """
    span = stated.rounding
    low, high = span.lo, span.hi
    assert low is not None and high is not None
    exact_point = low == high
    if qualifier == "exact":
        return span
    if qualifier == "about":
        middle = stated.point if stated.point is not None else (low + high) / 2
        spread = abs(middle) * tolerance
        lowest = low - spread
        if floor is not None:
            lowest = max(floor, lowest)
        return Interval(lowest, high + spread, hi_open=span.hi_open)
    if qualifier == "at_least":
        return Interval(low, None, lo_open=span.lo_open)
    if qualifier == "more_than":
        return Interval(low, None, lo_open=exact_point or span.lo_open)
    if qualifier in ("at_most", "up_to"):
        return Interval(floor, high, hi_open=span.hi_open)
    # less_than: below the figure; a rounded figure may itself stand for a little more
    return Interval(floor, high if not exact_point else low, hi_open=True)


def format_number(value: Decimal) -> str:
    """Render a number compactly for people: 2.84 billion, 1.4 million, 11."""
    magnitude = abs(value)
    for word, factor in sorted(SCALE_FACTORS.items(), key=lambda kv: -kv[1]):
        if magnitude >= factor:
            scaled = (value / factor).normalize()
            return f"{plain(scaled)} {word}"
    return plain(value.normalize())


def written(value: Decimal, otherwise: Callable[[Decimal], str] | None = None) -> str:
    """A figure as a person writes it: a whole number of a million or more that a scale word
    says in three decimals at most reads with it ("480 million", "3.2 billion", as
    "4.8億" or "32억" say it), any other in full ("184000", "1234567", "2.8") or as
    ``otherwise`` writes it."""
    if value == value.to_integral_value() and abs(value) >= SCALE_FACTORS["million"]:
        for word in ("trillion", "billion", "million"):
            scaled = (value / SCALE_FACTORS[word]).normalize()
            if abs(scaled) >= 1:
                exponent = scaled.as_tuple().exponent
                if isinstance(exponent, int) and exponent >= -3:
                    return f"{format(scaled, 'f')} {word}"
                break
    return otherwise(value) if otherwise is not None else format(value, "f")


def plain(value: Decimal) -> str:
    """A number with at most four decimals and no trailing zeros: 2.84, 11, 0.3333."""
    text = format(value.quantize(Decimal("0.0001")).normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def plain_number(value: Decimal | None) -> str:
    """A number as plain digits for tables and charts ('' when unbounded): 2840000000."""
    return "" if value is None else format(value.normalize(), "f")


def interval_key(interval: Interval, unit: str = "") -> str:
    """A compact, stable text of an interval for finding ids: '[2.75 billion, 2.85 billion) USD'."""
    low = format_number(interval.lo) if interval.lo is not None else "0"
    if interval.lo is not None and interval.hi is not None and interval.lo == interval.hi:
        text = low
    else:
        high = format_number(interval.hi) if interval.hi is not None else "∞"
        opening = "(" if interval.lo_open else "["
        closing = ")" if interval.hi_open or interval.hi is None else "]"
        text = f"{opening}{low}, {high}{closing}"
    return f"{text} {unit}" if unit else text


def interval_words(interval: Interval, word: Callable[[Decimal], str]) -> str:
    """An interval in plain words: 'exactly 11', 'at least 2.75 billion', 'from 5 to 7'."""
    low, high = interval.lo, interval.hi
    if low is not None and high is not None:
        if low == high:
            return word(low)
        if interval.lo_open and not interval.hi_open:
            return f"more than {word(low)}, up to {word(high)}"
        if interval.hi_open and not interval.lo_open:
            return f"from {word(low)} to under {word(high)}"
        return f"from {word(low)} to {word(high)}"
    if low is not None:
        return f"{'more than' if interval.lo_open else 'at least'} {word(low)}"
    if high is not None:
        return f"{'less than' if interval.hi_open else 'at most'} {word(high)}"
    return "any value"
