"""duration: how long something took — "7 minutes", "about forty seconds", "twelve days".

Durations compare in seconds. A month is 28 to 31 days and a year 365 or 366, so "a
month" and "30 days" agree. ISO 8601 durations (``iso: PT7M``) are read as the figure in
their smallest unit.
"""

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from factcheck.models.base import empty_list
from factcheck.values.base import BaseValue, NormalizeContext, Span, ValueKind
from factcheck.values.figures import Stated, plain
from factcheck.values.intervals import Interval
from factcheck.values.numeric import AlsoQualifier, Bounded, Figure, numeric_span

DurationUnit = Literal["second", "minute", "hour", "day", "week", "month", "year"]
# seconds per unit: the shortest and the longest a unit can be
SECONDS: dict[str, tuple[int, int]] = {
    "second": (1, 1),
    "minute": (60, 60),
    "hour": (3600, 3600),
    "day": (86400, 86400),
    "week": (604800, 604800),
    "month": (28 * 86400, 31 * 86400),
    "year": (365 * 86400, 366 * 86400),
}
_ISO_RE = re.compile(
    r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$"
)
_ISO_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")


def parse_iso(text: str) -> tuple[Decimal, str]:
    """An ISO 8601 duration as a figure in its smallest unit: PT1H30M is 90 minutes."""
    match = _ISO_RE.match(text)
    if not match or not any(match.groups()) or text.endswith("T"):
        raise ValueError(f"'{text}' is not an ISO 8601 duration (e.g. PT7M, P12D, PT1H30M)")
    parts = [(int(n), unit) for n, unit in zip(match.groups(), _ISO_UNITS, strict=True) if n]
    smallest = parts[-1][1]
    if len(parts) > 1 and any(unit in ("year", "month") for _, unit in parts):
        raise ValueError(f"'{text}' mixes months or years with other units: give one unit")
    total = sum(n * SECONDS[unit][0] for n, unit in parts) // SECONDS[smallest][0]
    return Decimal(total), smallest


class DurationFigure(Figure):
    """A figure (or range) of one unit, or an ISO 8601 duration."""

    FIGURE: ClassVar[str] = "value"

    value: Decimal | None = Bounded
    unit: DurationUnit | None = None
    iso: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_iso(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("iso") is not None:
            if data.get("value") is not None or data.get("unit") is not None:
                raise ValueError("give either 'iso' or 'value' and 'unit', not both")
            number, unit = parse_iso(str(data["iso"]))
            return {**data, "value": number, "unit": unit}
        if isinstance(data, dict) and isinstance(data.get("unit"), str):
            unit = data["unit"].lower().rstrip("s")
            return {**data, "unit": unit}
        return data

    @model_validator(mode="after")
    def _has_unit(self) -> Any:
        if self.unit is None:
            raise ValueError(f"a duration needs 'unit' ({', '.join(SECONDS)}) or 'iso'")
        return self


class DurationAlso(DurationFigure, AlsoQualifier):
    """The source's own restatement: "90 minutes (an hour and a half)"."""


class DurationValue(DurationFigure, BaseValue):
    """A length of time."""

    kind: Literal["duration"]
    also: list[DurationAlso] = Field(default_factory=empty_list)


def _seconds(interval: Interval, unit: str) -> Interval:
    shortest, longest = SECONDS[unit]
    lo = interval.lo * shortest if interval.lo is not None else None
    hi = interval.hi * longest if interval.hi is not None else None
    return Interval(lo, hi, interval.lo_open, interval.hi_open)


# a year of the calendar on average: what a span of years is read back in
_YEAR_SECONDS = Decimal("31557600")  # 365.25 days


def seconds_words(value: Decimal) -> str:
    """A number of seconds in the largest whole unit that fits: '7 minutes', '4.5 minutes';
    a year or more in years of 365.25 days, to two decimals ('11.49 years', not 599 weeks)."""
    if abs(value) >= _YEAR_SECONDS:
        number = plain((value / _YEAR_SECONDS).quantize(Decimal("0.01")))
        return f"{number} year{'' if number == '1' else 's'}"
    for unit in ("week", "day", "hour", "minute"):
        size = SECONDS[unit][0]
        if abs(value) >= size:
            number = plain(value / size)
            return f"{number} {unit}{'' if number == '1' else 's'}"
    number = plain(value)
    return f"{number} second{'' if number == '1' else 's'}"


def _span(figure: DurationFigure, qualifier: str, ctx: NormalizeContext) -> Span:
    assert figure.unit is not None
    stated = figure.stated()
    in_seconds = Stated(
        _seconds(stated.rounding, figure.unit),
        stated.point * SECONDS[figure.unit][0] if stated.point is not None else None,
    )
    plural = "" if figure.figure() == 1 else "s"
    words = figure.iso or f"{figure.figure_text()} {figure.unit}{plural}"
    return numeric_span(
        in_seconds, qualifier, ctx.tolerance, words, "s", seconds_words, key_unit="s"
    )


def normalize(value: DurationValue, ctx: NormalizeContext) -> Span:
    """The lengths of time the value allows, in seconds."""
    also = tuple(_span(item, item.qualifier, ctx) for item in value.also)
    return replace(_span(value, ctx.qualifier, ctx), also=also)


KIND = ValueKind(
    name="duration",
    model=DurationValue,
    normalize=normalize,
    summary='a length of time ("7 minutes", "twelve days", PT7M)',
    disagreement=(
        "The durations given for “{label}” cannot all be true, even allowing for rounding "
        "or truncation to the stated unit and for each source's qualifier."
    ),
    about_tolerance=Decimal("0.1"),
    additive=True,
)
