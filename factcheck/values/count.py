"""count: a number of things — people, countries, floors, items — a figure or a range.

A count of things is exact unless its digits say it is rounded: a decimal part, a scale
word ("2 thousand") or trailing zeros past its second significant figure ("12,000" covers
11,500-12,500; "10" is ten). ``unit`` names what is counted when the text does; it is
shown, and never keeps two counts apart.
"""

from decimal import Decimal
from typing import ClassVar, Literal

from factcheck.values.amount import Scale
from factcheck.values.base import BaseValue, NormalizeContext, Span, ValueKind
from factcheck.values.figures import SCALE_FACTORS, format_number, written
from factcheck.values.numeric import Bounded, Figure, numeric_span


class CountValue(Figure, BaseValue):
    """A number of things, with the noun it counts when the text names it."""

    FIGURE: ClassVar[str] = "count"

    kind: Literal["count"]
    count: Decimal | None = Bounded
    scale: Scale | None = None
    unit: str | None = None


def normalize(value: CountValue, ctx: NormalizeContext) -> Span:
    """The numbers the count allows under its qualifier."""
    factor = Decimal(SCALE_FACTORS[value.scale]) if value.scale else Decimal(1)
    scale = f" {value.scale}" if value.scale else ""
    noun = f" {value.unit}" if value.unit else ""
    text = written if not value.scale else (lambda n: format(n, "f"))
    words = f"{value.figure_text(text)}{scale}{noun}"
    return numeric_span(
        value.stated(factor, discrete=True),
        ctx.qualifier,
        ctx.tolerance,
        words,
        "",
        lambda n: format_number(n) + noun,
    )


KIND = ValueKind(
    name="count",
    model=CountValue,
    normalize=normalize,
    summary="a number of things (people, countries, items), with what it counts",
    disagreement=(
        "No single number fits every statement of “{label}” "
        "(a complete list of members counts as a statement of its size)."
    ),
    about_tolerance=Decimal("0.1"),
    additive=True,
)
