"""Amounts and counts as intervals: stated rounding plus the qualifier's bounds."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factcheck.models.values import SCALE_FACTORS, AmountValue, CountValue, Qualifier
from factcheck.normalize.intervals import Interval

ZERO = Decimal(0)


@dataclass(frozen=True)
class StatedQuantity:
    """A figure as stated: its value and the half-width of its stated rounding."""

    value: Decimal
    half_unit: Decimal
    unit: str | None = None

    def converted(self, rate: Decimal, unit: str) -> StatedQuantity:
        """The same figure in another unit at ``rate``."""
        return StatedQuantity(self.value * rate, self.half_unit * rate, unit)


def stated_quantity(value: AmountValue | CountValue) -> StatedQuantity:
    """Read the rounding off the digits as written: "2.8 billion" is 2.8e9 +/- 0.05e9.

    Counts without a scale word are exact integers; any figure with a scale word, and
    any amount, is taken to be rounded to its last stated digit.
    """
    number = value.amount if isinstance(value, AmountValue) else value.count
    factor = Decimal(SCALE_FACTORS[value.scale]) if value.scale else Decimal(1)
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers only: the model rejects inf/nan
    exact = isinstance(value, CountValue) and value.scale is None and exponent >= 0
    half_unit = ZERO if exact else Decimal(5).scaleb(exponent - 1) * factor
    unit = value.currency if isinstance(value, AmountValue) else None
    return StatedQuantity(number * factor, half_unit, unit)


def quantity_interval(
    stated: StatedQuantity, qualifier: Qualifier, about_tolerance: Decimal
) -> Interval:
    """The values a stated figure allows under its qualifier.

    "2.8 bn" is [2.75, 2.85) bn; "at least 2.8 bn" is [2.75 bn, inf); "about 2.84 bn" widens
    by ``about_tolerance`` (a fraction of the value) on top of the rounding.
    """
    value, half = stated.value, stated.half_unit
    low, high = value - half, value + half
    if qualifier == "exact":
        return Interval(low, high, hi_open=half > 0)
    if qualifier == "about":
        spread = value * about_tolerance
        return Interval(max(ZERO, low - spread), high + spread)
    if qualifier == "at_least":
        return Interval(low, None)
    if qualifier == "more_than":
        return Interval(low, None, lo_open=half == 0)
    if qualifier in ("at_most", "up_to"):
        return Interval(ZERO, high, hi_open=half > 0)
    # less_than
    return Interval(ZERO, high if half > 0 else value, hi_open=True)


def format_number(value: Decimal) -> str:
    """Render a number compactly for people: 2.84 billion, 1.4 million, 11."""
    magnitude = abs(value)
    for word, factor in sorted(SCALE_FACTORS.items(), key=lambda kv: -kv[1]):
        if magnitude >= factor:
            scaled = (value / factor).normalize()
            return f"{_plain(scaled)} {word}"
    return _plain(value.normalize())


def _plain(value: Decimal) -> str:
    text = format(value.quantize(Decimal("0.0001")).normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
