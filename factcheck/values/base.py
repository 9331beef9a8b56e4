"""What a value kind provides, in one typed declaration, and the payloads claims normalize to.

A kind module (``factcheck/values/<kind>.py``) defines its pydantic model, a function that
turns a stated value into a payload (an interval in the kind's canonical unit, a set of
codes or a text key, with its wording for people), how claims of the kind split into groups
that can all be true, its "about" tolerance and what its chart draws. ``registry.py`` lists
the kinds; nothing else branches on a kind's name.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from operator import attrgetter, itemgetter
from typing import Any, Literal

from factcheck.models.base import StrictModel
from factcheck.values.calendar import Moment
from factcheck.values.figures import plain_number
from factcheck.values.intervals import Interval, stabbing_groups

Axis = Literal["number", "date", "time"]


class BaseValue(StrictModel):
    """A claim's typed value; each kind's model extends it with its own keys."""

    kind: str


@dataclass(frozen=True)
class NormalizeContext:
    """What normalizing one value may depend on besides the value itself."""

    qualifier: str = "exact"
    published: Moment | None = None  # the source's publication, at its precision
    reference_day: date | None = None  # the case's earliest publication day, for undated sources
    tolerance: Decimal = Decimal("0.1")  # how far "about" reaches, for this kind
    timezone: str | None = None  # the case's time zone, for times stated without one

    @property
    def day(self) -> date | None:
        """The day a value is read on: the publication's first day, else the case's."""
        return self.published.first_day if self.published is not None else self.reference_day


@dataclass(frozen=True, kw_only=True)
class Payload:
    """A normalized value: its wording for people and a stable key of what it means."""

    stated: str  # as the source states it, qualifier included: "at least 2.8 billion USD"
    normalized: str  # what it allows, in plain words: "at least 2.75 billion USD"
    key: str  # stable across wording, for finding ids: "2024-10-01..2024-10-31"
    compare_class: str = ""  # claims compare only within one class (e.g. zoned times)
    also: tuple["Payload", ...] = ()  # the source's own conversions of the same value

    @property
    def placed(self) -> bool:
        """False when the value cannot be compared (a relative date with no date to resolve)."""
        return True

    def bounds(self) -> tuple[str, str]:
        """Lower and upper bound as plain text for tables ('' when unbounded or none)."""
        return "", ""

    def point(self) -> str:
        """The figure as stated, as plain text inside the bounds ('' when there is none)."""
        return ""

    def unit(self) -> str | None:
        """The unit the bounds are in, for tables and chart axes."""
        return None


@dataclass(frozen=True, kw_only=True)
class Span(Payload):
    """A value that is a set of numbers on one axis, in the kind's canonical unit."""

    interval: Interval | None  # None: cannot be placed
    rounding: Interval | None = None  # the figure's own rounding, before the qualifier
    figure: Decimal | None = None  # the figure as stated, canonical unit (None for ranges)
    canonical: str = ""  # the canonical unit's name: USD, m, s, %
    on: date | None = None  # the day the value was stated on (rates, zone offsets)

    @property
    def placed(self) -> bool:
        """True when the value has an interval to compare."""
        return self.interval is not None

    def bounds(self) -> tuple[str, str]:
        """Plain numbers in the canonical unit."""
        if self.interval is None:
            return "", ""
        return plain_number(self.interval.lo), plain_number(self.interval.hi)

    def point(self) -> str:
        """The stated figure in the canonical unit."""
        return plain_number(self.figure)

    def unit(self) -> str | None:
        """The canonical unit, if the kind has one."""
        return self.canonical or None


@dataclass(frozen=True)
class Rate:
    """A conversion rate and where it comes from, for findings to say which one they used."""

    value: Decimal
    origin: str  # "declared in case.yaml" or "ECB reference rate of 2025-10-20"


class RateSource:
    """Where conversion rates come from; ``values.rates`` gives the real one."""

    def rate(self, source: str, target: str, on: date | None) -> Rate | None:
        """The rate turning ``source`` amounts into ``target`` on ``on``, or None."""
        return Rate(Decimal(1), "same currency") if source == target else None


@dataclass(frozen=True)
class CompareEnv:
    """What comparing payloads may depend on: conversion rates."""

    rates: RateSource = field(default_factory=RateSource)


Partition = Callable[[Sequence[Any], CompareEnv], list[list[int]]]


def interval_partition(payloads: Sequence[Span], env: CompareEnv) -> list[list[int]]:
    """The fewest groups of values that can all be true at once (interval stabbing)."""
    # read in C: a large row has tens of thousands of values
    intervals = list(map(_interval, payloads))
    items = list(zip(intervals, range(len(intervals)), strict=True))
    if not all(intervals):  # an interval is always true: only None is not
        items = [item for item in items if item[0] is not None]
    return [list(map(_second, group)) for group in stabbing_groups(items)]


_interval = attrgetter("interval")
_second = itemgetter(1)


def no_notes(payloads: Sequence[Any], env: CompareEnv) -> list[str]:
    """Kinds whose comparisons need no explanation beyond the groups."""
    return []


def no_doubt(groups: Sequence[Sequence[Any]], env: CompareEnv) -> str | None:
    """Kinds whose disagreements rest only on what the sources state."""
    return None


def no_unconverted(payloads: Sequence[Any], env: CompareEnv) -> list[str]:
    """Kinds whose values always compare with the rest of their row."""
    return []


@dataclass(frozen=True)
class ValueKind:
    """One value kind, as the registry lists it."""

    name: str
    model: type[BaseValue]
    normalize: Callable[[Any, NormalizeContext], Payload]
    summary: str  # one line for docs and `factcheck rules`
    disagreement: str  # why a split row is a finding; {label} is the topic's label
    partition: Partition = interval_partition
    notes: Callable[[Sequence[Any], CompareEnv], list[str]] = no_notes
    # the units its values are in that nothing converts into their row's main one, as
    # "FROM/TO" (a currency with no rate): those values are left out of the comparison
    unconverted: Callable[[Sequence[Any], CompareEnv], list[str]] = no_unconverted
    # why a disagreement between these groups may come from something no source stated (a
    # clock read for a time given without a zone); such a finding is a warning, not an error
    doubt: Callable[[Sequence[Sequence[Any]], CompareEnv], str | None] = no_doubt
    about_tolerance: Decimal = Decimal("0.1")
    axis: Axis | None = "number"  # what its chart draws on; None: no chart
    additive: bool = False  # parts add up to wholes (part-whole constraints apply)
    orderable: bool = False  # values fall in time (order constraints apply)
