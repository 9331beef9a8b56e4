"""time: a clock time, with a zone and a date when the text gives them.

Times compare as instants in UTC: "12:33 in Madrid" agrees with "10:33 GMT". The precision
comes from the digits ("14h" is the whole hour). A time with no zone is read on the clock of
the place it is about when the claim names one (``place_zone``: "local time", or a time
given with no zone in a story set in one country), else on the case's ``timezone``;
without either it compares only with other times stated without a zone. A disagreement
that a whole number of hours would settle, where one side's clock was not stated, may be
two clocks rather than two moments: it is a doubt, not a contradiction. A time with no date
compares as a time of day (on its source's publication day for the zone's offset); when a
row mixes dated and undated times, all compare as times of day.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Literal

from pydantic import Field, field_validator

from factcheck.models.base import StrictModel, empty_list
from factcheck.values.base import BaseValue, CompareEnv, NormalizeContext, Span, ValueKind
from factcheck.values.calendar import MINUTES_PER_DAY, check_calendar_date
from factcheck.values.intervals import Interval, stabbing_groups
from factcheck.values.numeric import AlsoQualifier, time_qualifier_word
from factcheck.values.zones import check_zone, offsets

_CLOCK_RE = re.compile(r"^(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?$")
DAY = Decimal(MINUTES_PER_DAY)


def parse_clock(text: str) -> tuple[Decimal, Decimal]:
    """'12:33' -> (753, 1): minutes after midnight and the width its precision allows."""
    match = _CLOCK_RE.match(text.strip())
    if match is None:
        raise ValueError(f"'{text}' is not a time (use HH:MM, HH:MM:SS or HH)")
    hour, minute, second = (int(g) if g is not None else None for g in match.groups())
    assert hour is not None
    if hour > 24 or (minute or 0) > 59 or (second or 0) > 59 or (hour == 24 and (minute or second)):
        raise ValueError(f"'{text}' is not a time of day")
    start = Decimal(hour * 60 + (minute or 0)) + Decimal(second or 0) / 60
    width = Decimal(60) if minute is None else Decimal(1) if second is None else Decimal(1) / 60
    return start, width


class TimeFigure(StrictModel):
    """A clock time, its date and zone when stated, and the place's zone when not."""

    time: str
    date: str | None = None
    zone: str | None = None
    place_zone: str | None = None  # the clock of the place it is about: not stated as a zone

    @field_validator("time", mode="before")
    @classmethod
    def _text(cls, value: object) -> object:
        return f"{value:02d}" if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("time")
    @classmethod
    def _clock(cls, value: str) -> str:
        parse_clock(value)
        return value

    @field_validator("date", mode="before")
    @classmethod
    def _date_text(cls, value: object) -> object:
        return value.isoformat() if isinstance(value, date) else value

    @field_validator("date")
    @classmethod
    def _day(cls, value: str | None) -> str | None:
        if value is not None and (check_calendar_date(value).count("-") != 2):
            raise ValueError(f"'{value}' is not a day (a time's date is YYYY-MM-DD)")
        return value

    @field_validator("zone", "place_zone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        return check_zone(value) if value is not None else None


class TimeAlso(TimeFigure, AlsoQualifier):
    """The source's own conversion: "14:30 local time (08:00 GMT)"."""


class TimeValue(TimeFigure, BaseValue):
    """A time of day, an instant when the date is known."""

    kind: Literal["time"]
    also: list[TimeAlso] = Field(default_factory=empty_list)


@dataclass(frozen=True, kw_only=True)
class TimeSpan(Span):
    """Minutes in UTC (or on the local clock): since day one when dated, else of the day."""

    dated: bool = False
    assumed: bool = False  # the zone is the place's, not one the source stated

    def bounds(self) -> tuple[str, str]:
        """ISO date-times when dated, HH:MM otherwise."""
        if self.interval is None:
            return "", ""
        return _clock_text(self.interval.lo, self.dated), _clock_text(self.interval.hi, self.dated)

    def unit(self) -> str | None:
        """UTC, or the local clock for times without a zone."""
        return "local" if self.compare_class == "local" else "UTC"


def _clock_text(value: Decimal | None, dated: bool) -> str:
    if value is None:
        return ""
    if dated:
        moment = datetime(1, 1, 1) + timedelta(minutes=float(value))
        return moment.strftime("%Y-%m-%dT%H:%M")
    minutes = int(_mod(value))
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _interval(
    start: Decimal,
    width: Decimal,
    base: Decimal,
    shifts: tuple[int, ...],
    dated: bool,
    qualifier: str,
    tolerance: Decimal,
) -> Interval:
    """Local minutes -> UTC minutes, widened over the offsets the zone may have had."""
    early, late = Decimal(max(shifts)), Decimal(min(shifts))
    lo, hi = base + start - early, base + start + width - late
    if qualifier == "about":
        return Interval(lo - tolerance, hi + tolerance, hi_open=True)
    if qualifier in ("at_least", "more_than"):
        return Interval(lo, None if dated else base + DAY - late, hi_open=not dated)
    if qualifier in ("at_most", "up_to", "less_than"):
        end = lo if qualifier == "less_than" else hi
        return Interval(None if dated else base - early, end, hi_open=True)
    return Interval(lo, hi, hi_open=True)


def _span(figure: TimeFigure, qualifier: str, ctx: NormalizeContext) -> TimeSpan:
    start, width = parse_clock(figure.time)
    zone = figure.zone or figure.place_zone or ctx.timezone
    day = date.fromisoformat(figure.date) if figure.date else None
    dated = day is not None
    base = Decimal((day.toordinal() - 1) * MINUTES_PER_DAY) if day else Decimal(0)
    shifts = offsets(zone, day or ctx.day) if zone else (0,)
    interval = _interval(start, width, base, shifts, dated, qualifier, ctx.tolerance)
    where = f" {figure.zone}" if figure.zone else (f" ({zone})" if zone else " (no time zone)")
    if not figure.zone and figure.place_zone:
        where = f" ({figure.place_zone}, the place's clock)"
    on = f" on {figure.date}" if figure.date else ""
    # a time of the hour alone ("15時過ぎ", "after 3 pm") reads as the hour it starts
    clock = figure.time if ":" in figure.time else f"{figure.time.strip().zfill(2)}:00"
    stated = f"{time_qualifier_word(qualifier)}{clock}{where}{on}"
    scale = "UTC" if zone else "local clock"
    low, high = _clock_text(interval.lo, dated), _clock_text(interval.hi, dated)
    normalized = _words(low, high, scale)
    return TimeSpan(
        stated=stated,
        normalized=normalized,
        key=f"{low}..{high} {scale}",
        interval=interval,
        canonical="min",
        compare_class="zoned" if zone else "local",
        dated=dated,
        assumed=not figure.zone,
        on=day or ctx.day,
    )


def _words(low: str, high: str, scale: str) -> str:
    if not low:
        return f"before {high} {scale}"
    if not high:
        return f"after {low} {scale}"
    return f"from {low} to {high} {scale}"


def normalize(value: TimeValue, ctx: NormalizeContext) -> TimeSpan:
    """The minutes the time can mean, in UTC when its zone is known."""
    also = tuple(_span(item, item.qualifier, ctx) for item in value.also)
    return replace(_span(value, ctx.qualifier, ctx), also=also)


def _mod(value: Decimal) -> Decimal:
    """``value`` modulo a day, in [0, 1440) also for negative values (Decimal's % keeps signs)."""
    return (value % DAY + DAY) % DAY


def _of_day(interval: Interval, dated: bool) -> Interval:
    """An interval moved onto one day (minutes 0-1440), its width kept."""
    if interval.lo is None or interval.hi is None:
        anchor = interval.lo if interval.lo is not None else interval.hi
        assert anchor is not None
        start = _mod(anchor) if interval.lo is not None else _mod(anchor) - DAY
        return Interval(start, start + DAY, hi_open=True)
    start = _mod(interval.lo) if dated else interval.lo
    return Interval(start, start + (interval.hi - interval.lo), interval.lo_open, interval.hi_open)


def _cut(intervals: list[Interval]) -> Decimal:
    """Where to cut the day's circle: in the middle of the widest stretch no time covers."""
    arcs = sorted(
        (_mod(iv.lo), _mod(iv.lo) + (iv.hi - iv.lo))
        for iv in intervals
        if iv.lo is not None and iv.hi is not None  # _of_day bounds every interval
    )
    best, cut = Decimal(-1), Decimal(0)
    reach = arcs[0][1]
    for index in range(1, len(arcs) + 1):
        start = arcs[index][0] if index < len(arcs) else arcs[0][0] + DAY
        if start - reach > best:
            best, cut = start - reach, (start + reach) / 2
        if index < len(arcs):
            reach = max(reach, arcs[index][1])
    return _mod(cut)


def _aligned(interval: Interval, cut: Decimal) -> Interval:
    assert interval.lo is not None and interval.hi is not None
    shift = (_mod(interval.lo - cut) + cut) - interval.lo
    return Interval(interval.lo + shift, interval.hi + shift, interval.lo_open, interval.hi_open)


def partition(payloads: Sequence[TimeSpan], env: CompareEnv) -> list[list[int]]:
    """Groups of times that can be the same instant (or time of day, when some lack a date)."""
    placed = [(p.interval, i) for i, p in enumerate(payloads) if p.interval is not None]
    if all(payloads[i].dated for _, i in placed):
        return [[i for _, i in g] for g in stabbing_groups(placed)]
    days = [(_of_day(iv, payloads[i].dated), i) for iv, i in placed]
    cut = _cut([iv for iv, _ in days])
    aligned = [(_aligned(iv, cut), i) for iv, i in days]
    return [[i for _, i in g] for g in stabbing_groups(aligned)]


_HOUR = Decimal(60)
_WIDEST_GAP = 14  # hours: no two clocks are further apart


def _hours_apart(a: TimeSpan, b: TimeSpan) -> bool:
    """True when moving ``b`` by a whole number of hours makes it overlap ``a`` (as times of
    day when either has no date)."""
    if a.interval is None or b.interval is None:
        return False
    first, second = a.interval, b.interval
    days: tuple[int, ...] = (0,)
    if not (a.dated and b.dated):
        first, second = _of_day(first, a.dated), _of_day(second, b.dated)
        days = (-1, 0, 1)
    if second.lo is None or second.hi is None:
        return False  # an open time ("after 3 pm") is never apart by a set number of hours
    for day in days:
        for hours in range(-_WIDEST_GAP, _WIDEST_GAP + 1):
            shift = _HOUR * hours + DAY * day
            moved = Interval(second.lo + shift, second.hi + shift, second.lo_open, second.hi_open)
            if hours and first.intersect(moved) is not None:
                return True
    return False


def doubt(groups: Sequence[Sequence[TimeSpan]], env: CompareEnv) -> str | None:
    """Why the times may agree after all: every two groups are a whole number of hours apart
    and one of them holds a time whose zone no source stated (another clock, not another
    moment)."""
    for index, first in enumerate(groups):
        for second in groups[index + 1 :]:
            if not any(
                (a.assumed or b.assumed) and _hours_apart(a, b) for a in first for b in second
            ):
                return None
    return (
        "the times differ by whole hours and some were given without a zone: they may be "
        "one moment read on different clocks"
    )


KIND = ValueKind(
    name="time",
    model=TimeValue,
    normalize=normalize,
    summary="a clock time with its zone and date when stated, compared as an instant",
    disagreement=(
        "The times given for “{label}” cannot be the same moment, even allowing for time "
        "zones, the precision each source gives and its qualifier."
    ),
    partition=partition,
    doubt=doubt,
    about_tolerance=Decimal(15),
    axis="time",
    orderable=True,
)
