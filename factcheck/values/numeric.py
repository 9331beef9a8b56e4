"""What the numeric kinds share: one figure or a min/max range, and the interval it allows."""

from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any, ClassVar

from pydantic import Field, model_validator

from factcheck.data import load_data
from factcheck.models.base import MAX_FIGURE, Qualifier, StrictModel
from factcheck.values.base import Span
from factcheck.values.figures import (
    ZERO,
    Stated,
    interval_key,
    interval_words,
    plain,
    qualify,
    stated_figure,
    stated_range,
)

Bounded = Field(default=None, ge=-MAX_FIGURE, le=MAX_FIGURE)


@cache
def _wording(part: str) -> dict[str, str]:
    return dict(load_data("wording.yaml")[part])


def qualifier_word(qualifier: str) -> str:
    """How a qualifier reads before a figure: 'at least ', 'about ', '' for exact."""
    return _wording("qualifiers")[qualifier]


def time_qualifier_word(qualifier: str) -> str:
    """How a qualifier reads before a clock time: 'after ', 'by ', '' for exact."""
    return _wording("time_qualifiers")[qualifier]


class Figure(StrictModel):
    """One figure (under the kind's own key) or a ``min``/``max`` range."""

    FIGURE: ClassVar[str] = "value"  # the key that holds the single figure
    SIGNED: ClassVar[bool] = False  # True when the kind has negative values (temperatures)

    min: Decimal | None = Bounded
    max: Decimal | None = Bounded

    def figure(self) -> Decimal | None:
        """The single figure, if the value states one."""
        value = getattr(self, self.FIGURE)
        return value if isinstance(value, Decimal) else None

    @model_validator(mode="after")
    def _one_figure_or_range(self) -> Any:
        figure = self.figure()
        name = self.FIGURE
        if figure is None and (self.min is None or self.max is None):
            raise ValueError(f"give '{name}', or both 'min' and 'max' for a range")
        if figure is not None and (self.min is not None or self.max is not None):
            raise ValueError(f"give either '{name}' or 'min' and 'max', not both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"'min' ({self.min}) must not exceed 'max' ({self.max})")
        if not self.SIGNED:
            for number in (figure, self.min, self.max):
                if number is not None and number < 0:
                    raise ValueError(f"{number} is negative: a {name} cannot be")
        return self

    def stated(self, factor: Decimal = Decimal(1), discrete: bool = False) -> Stated:
        """The values the figure or range covers as written, times ``factor``."""
        figure = self.figure()
        if figure is not None:
            return stated_figure(figure, factor, discrete)
        assert self.min is not None and self.max is not None
        return stated_range(self.min, self.max, factor, discrete)

    def figure_text(self, number: Callable[[Decimal], str] = plain) -> str:
        """The figure or range as written: '2.8', '3000 to 4000'."""
        figure = self.figure()
        if figure is not None:
            return number(figure)
        assert self.min is not None and self.max is not None
        return f"{number(self.min)} to {number(self.max)}"


class AlsoQualifier(StrictModel):
    """An ``also`` entry's own qualifier: "€88 million (about $102 million)"."""

    qualifier: Qualifier = "exact"


def numeric_span(
    stated: Stated,
    qualifier: str,
    tolerance: Decimal,
    stated_words: str,
    canonical: str,
    word: Callable[[Decimal], str],
    floor: Decimal | None = ZERO,
    key_unit: str = "",
    **extra: Any,
) -> Span:
    """A Span payload: the qualified interval, its rounding and its wording.

    ``word`` renders a number of the canonical unit for people ("2.75 billion USD").
    """
    interval = qualify(stated, qualifier, tolerance, floor)
    normalized = interval_words(interval, word)
    return Span(
        stated=qualifier_word(qualifier) + stated_words,
        normalized=normalized,
        key=interval_key(interval, key_unit),
        interval=interval,
        rounding=stated.rounding,
        figure=stated.point,
        canonical=canonical,
        **extra,
    )
