"""percent: a share — "60 %", "half" (50), "a third" (33.3), "three quarters" (75).

A share compares in percentage points; like any measure, a whole number covers rounding
or truncation and trailing zeros read as rounding.
"""

from dataclasses import replace
from decimal import Decimal
from typing import ClassVar, Literal

from pydantic import Field

from factcheck.models.base import empty_list
from factcheck.values.base import BaseValue, NormalizeContext, Span, ValueKind
from factcheck.values.figures import plain
from factcheck.values.numeric import AlsoQualifier, Bounded, Figure, numeric_span


class PercentFigure(Figure):
    """A share in percent, or a range of shares."""

    FIGURE: ClassVar[str] = "value"

    value: Decimal | None = Bounded


class PercentAlso(PercentFigure, AlsoQualifier):
    """The source's own restatement of the share."""


class PercentValue(PercentFigure, BaseValue):
    """A share in percent."""

    kind: Literal["percent"]
    also: list[PercentAlso] = Field(default_factory=empty_list)


def _span(figure: PercentFigure, qualifier: str, ctx: NormalizeContext) -> Span:
    return numeric_span(
        figure.stated(),
        qualifier,
        ctx.tolerance,
        f"{figure.figure_text()} %",
        "%",
        lambda n: f"{plain(n)} %",
        key_unit="%",
    )


def normalize(value: PercentValue, ctx: NormalizeContext) -> Span:
    """The shares the value allows, in percentage points."""
    also = tuple(_span(item, item.qualifier, ctx) for item in value.also)
    return replace(_span(value, ctx.qualifier, ctx), also=also)


KIND = ValueKind(
    name="percent",
    model=PercentValue,
    normalize=normalize,
    summary='a share in percent ("60 %", "half", "a third")',
    disagreement=(
        "The shares given for “{label}” cannot all be true, even allowing for rounding "
        "and for each source's qualifier."
    ),
    about_tolerance=Decimal("0.1"),
)
