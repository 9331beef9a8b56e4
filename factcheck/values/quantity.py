"""quantity: a measure with a unit (km, mi, m, ft, GW, MWh, t, °C, earthquake magnitude …).

Units come from pint, with the definitions in ``factcheck/data/units.txt``; values convert
by dimension into base units (10 miles agrees with 17 km) and never compare across
dimensions. pint is imported only when a case holds a quantity.
"""

import re
from dataclasses import replace
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator

from factcheck.models.base import empty_list
from factcheck.values.base import BaseValue, NormalizeContext, Span, ValueKind
from factcheck.values.figures import Stated, format_number, plain, written
from factcheck.values.intervals import Interval
from factcheck.values.numeric import AlsoQualifier, Bounded, Figure, numeric_span

# How a dimension reads to people: the units its normalized values are shown in, largest
# first; a value is shown in the first of them it is at least one of ("3 kg", not "0.003 t").
_DISPLAY = {
    "[length]": ("km", "m", "cm", "mm"),
    "[length] ** 2": ("km ** 2", "m ** 2"),
    "[length] ** 3": ("m ** 3", "l", "ml"),
    "[mass]": ("t", "kg", "g", "mg"),
    "[temperature]": ("degC",),
    "[length] / [time]": ("km / h",),
    "[mass] * [length] ** 2 / [time] ** 3": ("W",),
    "[mass] * [length] ** 2 / [time] ** 2": ("Wh",),
    "[mass] / [length] / [time] ** 2": ("bar",),
    "[seismic_magnitude]": ("magnitude",),
    "[jma_intensity]": ("shindo",),
    "[macroseismic_intensity]": ("mercalli",),
    "[information]": ("TB", "GB", "MB", "kB", "B"),
    "[percentage_point]": ("pp",),
    "[incidence]": ("per_100000",),
}
# Dimensions whose values are levels of a scale: "intensity 7" is level 7, no rounding of
# anything from 6.5 to 8, and level 7 against level 8 is a conflict
_LEVELS = frozenset({"[jma_intensity]", "[macroseismic_intensity]"})


@cache
def registry() -> Any:
    """The unit registry, built once from the bundled definitions."""
    import pint

    path = resources.files("factcheck.data").joinpath("units.txt")
    with resources.as_file(path) as file:
        return pint.UnitRegistry(filename=str(file), autoconvert_offset_to_baseunit=True)


def parse_unit(text: str) -> Any:
    """The pint unit ``text`` names; raise ValueError when it names none."""
    import pint

    try:
        unit = registry().parse_units(text.strip())
    except (pint.errors.PintError, AttributeError, TypeError, SyntaxError, ValueError):
        raise ValueError(f"unknown unit '{text}' (e.g. km, mi, m, GW, MWh, t, °C)") from None
    if unit.dimensionless:
        raise ValueError(f"'{text}' is not a unit of measure (for a count, use kind: count)")
    return unit


def dimension(unit: str) -> str:
    """The dimension of a unit, as pint writes it: '[length]'."""
    return str(parse_unit(unit).dimensionality)


def to_base(number: Decimal, unit: str) -> tuple[Decimal, str]:
    """``number`` in ``unit`` converted into base units, with the base units' name."""
    ureg = registry()
    base = ureg.Quantity(float(number), parse_unit(unit)).to_base_units()
    return Decimal(repr(float(base.magnitude))), str(base.units)


class QuantityFigure(Figure):
    """The figure (or range) and unit of a measure."""

    FIGURE: ClassVar[str] = "value"
    SIGNED: ClassVar[bool] = True  # temperatures go below zero

    value: Decimal | None = Bounded
    unit: str

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        parse_unit(value)
        return value


class QuantityAlso(QuantityFigure, AlsoQualifier):
    """The source's own conversion: "10 miles (16 km)"."""


class QuantityValue(QuantityFigure, BaseValue):
    """A measure with a unit."""

    kind: Literal["quantity"]
    also: list[QuantityAlso] = Field(default_factory=empty_list)


def _convert(interval: Interval, unit: str) -> tuple[Interval, str]:
    lo, base = to_base(interval.lo, unit) if interval.lo is not None else (None, "")
    hi, base_hi = to_base(interval.hi, unit) if interval.hi is not None else (None, "")
    return Interval(lo, hi, interval.lo_open, interval.hi_open), base or base_hi


def _display(value: Decimal, unit: str) -> str:
    """A value in base units, as people read it: '16.1 km', '15 GW', '7.7 magnitude'."""
    ureg = registry()
    targets = _DISPLAY.get(dimension(unit))
    shown = ureg.Quantity(float(value), base_units(unit))
    if targets is not None:
        # converted one unit at a time, as far as the first the value is at least one of;
        # zero reads in the first unit, a value under one of the last in the last
        base, shown = shown, shown.to(targets[0])
        for target in targets[1:]:
            if not value or abs(shown.magnitude) >= 1:
                break
            shown = base.to(target)
        if targets[0] in ("W", "Wh"):
            shown = shown.to_compact()
    number = Decimal(repr(round(float(shown.magnitude), 6)))
    return f"{format_number(number)} {unit_words(format(shown.units, '~P'))}"


_PER_BASE = re.compile(r"\bper_(\d+)\b")


def unit_words(unit: str) -> str:
    """A unit as people write it: a rate's base in figures ("per_100000" is "per 100,000")."""
    return _PER_BASE.sub(lambda m: f"per {int(m.group(1)):,}", unit)


@cache
def base_units(unit: str) -> str:
    """The base units a value in ``unit`` converts into."""
    return str(registry().Quantity(1.0, parse_unit(unit)).to_base_units().units)


def _span(figure: QuantityFigure, qualifier: str, ctx: NormalizeContext) -> Span:
    unit = figure.unit
    stated = figure.stated(discrete=dimension(unit) in _LEVELS)
    floor = None if dimension(unit) == "[temperature]" else Decimal(0)
    rounding, base = _convert(stated.rounding, unit)
    point = to_base(stated.point, unit)[0] if stated.point is not None else None
    in_base = Stated(rounding, point)
    words = f"{figure.figure_text(lambda n: written(n, plain))} {unit_words(unit)}"
    span = numeric_span(
        in_base,
        qualifier,
        ctx.tolerance,
        words,
        base,
        lambda n: _display(n, unit),
        floor=floor,
        key_unit=base,
    )
    return replace(span, compare_class=dimension(unit))


def normalize(value: QuantityValue, ctx: NormalizeContext) -> Span:
    """The measure as an interval in base units; other dimensions never compare with it."""
    also = tuple(_span(item, item.qualifier, ctx) for item in value.also)
    return replace(_span(value, ctx.qualifier, ctx), also=also)


KIND = ValueKind(
    name="quantity",
    model=QuantityValue,
    normalize=normalize,
    summary="a measure with a unit (km, mi, GW, MWh, t, °C, magnitude …), converted by dimension",
    disagreement=(
        "The measures for “{label}” cannot all be true, even allowing for rounding, "
        "each source's qualifier and conversion between units."
    ),
    about_tolerance=Decimal("0.1"),
    additive=True,
)
