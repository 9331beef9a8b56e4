"""date: a day, month or year, a span of them, a relative date, or a day named by its weekday.

A stated date covers the days its precision allows ("October 2024" is 1-31 October);
relative forms resolve against the source's publication date, within the precision that
date has; a weekday agrees with any date that falls on it ("Sunday" and 19 October 2025).
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal, Self

from pydantic import field_validator, model_validator

from factcheck.values.base import BaseValue, CompareEnv, NormalizeContext, Span, ValueKind
from factcheck.values.calendar import (
    CalendarDate,
    Moment,
    calendar_text,
    check_calendar_date,
    day_interval,
    ordinal_to_iso,
    parse_calendar_date,
    shift_months,
)
from factcheck.values.intervals import Interval, stabbing_groups
from factcheck.values.numeric import qualifier_word

MONTH_ONLY_RE = re.compile(r"^--(\d{2})$")
DURATION_RE = re.compile(r"^P(\d{1,4})([YMD])$")  # up to 9999 units back
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _as_text(value: object) -> object:
    if isinstance(value, int | date):
        return str(value) if isinstance(value, int) else value.isoformat()
    return value


class DateValue(BaseValue):
    """A date at year, month or day precision, absolute, relative to publication, or a span."""

    kind: Literal["date"]
    date: str | None = None
    relative: Literal["last", "this", "next"] | None = None
    ago: str | None = None
    weekday: Weekday | None = None
    min: str | None = None
    max: str | None = None

    @field_validator("date", "min", "max", mode="before")
    @classmethod
    def _text(cls, value: object) -> object:
        return _as_text(value)

    @field_validator("weekday", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.lower() if isinstance(value, str) else value

    @field_validator("date")
    @classmethod
    def _calendar(cls, value: str | None) -> str | None:
        month_only = MONTH_ONLY_RE.match(value) if value else None
        if month_only:
            if not 1 <= int(month_only.group(1)) <= 12:
                raise ValueError(f"'{value}' is not a month")
            return value
        return check_calendar_date(value) if value is not None else None

    @field_validator("min", "max")
    @classmethod
    def _span_end(cls, value: str | None) -> str | None:
        return check_calendar_date(value) if value is not None else None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.ago is not None:
            if self.date is not None or self.relative is not None:
                raise ValueError("'ago' stands alone: drop 'date' and 'relative'")
            if not DURATION_RE.match(self.ago):
                raise ValueError(
                    f"'ago' must be a duration like P1Y, P2M or P3D (at most 4 digits), "
                    f"not '{self.ago}'"
                )
            return self
        if (self.min is None) != (self.max is None):
            raise ValueError("a span of dates needs both 'min' and 'max'")
        if self.min is not None:
            if self.date is not None:
                raise ValueError("give either 'date' or 'min' and 'max', not both")
            first, last = parse_calendar_date(self.min), parse_calendar_date(self.max or "")
            if first.first_day() > last.last_day():
                raise ValueError(f"'min' ({self.min}) comes after 'max' ({self.max})")
            return self
        if self.date is None:
            if self.weekday is not None and self.relative is None:
                return self
            raise ValueError("a date value needs 'date', 'min' and 'max', 'ago' or 'weekday'")
        month_only = MONTH_ONLY_RE.match(self.date)
        if month_only and self.relative is None:
            raise ValueError(f"'{self.date}' names a month without a year: add 'relative'")
        if not month_only and self.relative is not None:
            raise ValueError("'relative' applies to a month without a year, like '--10'")
        return self


def _resolve_on(value: DateValue, published: date) -> CalendarDate:
    if value.ago is not None:
        match = DURATION_RE.match(value.ago)
        assert match  # validated by the model
        amount, unit = int(match.group(1)), match.group(2)
        if unit == "Y":
            return CalendarDate(published.year - amount)
        if unit == "M":
            index = published.year * 12 + published.month - 1 - amount
            return CalendarDate(index // 12, index % 12 + 1)
        day = date.fromordinal(published.toordinal() - amount)
        return CalendarDate(day.year, day.month, day.day)
    assert value.date is not None
    month = int(MONTH_ONLY_RE.match(value.date).group(1))  # type: ignore[union-attr]
    year = published.year
    if value.relative == "last" and month >= published.month:
        year -= 1  # "last October" said in October means the previous one
    elif value.relative == "next" and month <= published.month:
        year += 1
    return CalendarDate(year, month)


def is_relative(value: DateValue) -> bool:
    """True when the date only means something against a publication date."""
    return value.ago is not None or value.relative is not None


def resolve(value: DateValue, published: Moment | None) -> tuple[CalendarDate, CalendarDate] | None:
    """The first and last date the value can mean; None when relative with nothing to resolve.

    A relative date resolves against every day the publication date allows: "last October"
    in a text published some time in 2025 is October 2024 or October 2025.
    """
    if value.min is not None and value.max is not None:
        return parse_calendar_date(value.min), parse_calendar_date(value.max)
    if value.date is not None and not is_relative(value):
        stated = parse_calendar_date(value.date)
        return stated, stated
    if not is_relative(value):
        return None  # a weekday alone
    if published is None:
        return None
    early = _resolve_on(value, published.first_day)
    late = _resolve_on(value, published.last_day)
    return (early, late) if early <= late else (late, early)


def date_interval(first: CalendarDate, last: CalendarDate, qualifier: str) -> Interval:
    """The days a stated date (or span) can mean under its qualifier ("about": one unit more)."""
    start, end = first.first_day(), last.last_day()
    if qualifier == "about":
        step = {"year": 12, "month": 1, "day": 0}[first.precision]
        if step:
            start, end = shift_months(start, -step), shift_months(end, step)
        else:
            start = date.fromordinal(start.toordinal() - 1)
            end = date.fromordinal(end.toordinal() + 1)
        return day_interval(start, end)
    if qualifier == "at_least":
        return day_interval(start, None)
    if qualifier == "more_than":
        return Interval(Decimal(end.toordinal()), None, lo_open=True)
    if qualifier in ("at_most", "up_to"):
        return day_interval(None, end)
    if qualifier == "less_than":
        return Interval(None, Decimal(start.toordinal()), hi_open=True)
    return day_interval(start, end)


@dataclass(frozen=True, kw_only=True)
class DateSpan(Span):
    """Days as ordinals, with the weekdays the value allows (all seven unless one is named)."""

    weekdays: frozenset[int] = frozenset(range(7))
    calendar: CalendarDate | None = None  # the date as stated, for hints
    relative: bool = False

    @property
    def placed(self) -> bool:
        """True when the value names days or a weekday."""
        return self.interval is not None or len(self.weekdays) < 7

    def bounds(self) -> tuple[str, str]:
        """ISO dates."""
        if self.interval is None:
            return "", ""
        return ordinal_to_iso(self.interval.lo), ordinal_to_iso(self.interval.hi)

    def point(self) -> str:
        """Dates have no point inside their span."""
        return ""


def _words(first: CalendarDate, last: CalendarDate) -> str:
    if first == last:
        return calendar_text(first)
    return f"{calendar_text(first)} to {calendar_text(last)}"


def normalize(value: DateValue, ctx: NormalizeContext) -> DateSpan:
    """The days the value can mean, at its precision, relative forms resolved."""
    weekdays = frozenset({WEEKDAYS.index(value.weekday)}) if value.weekday else frozenset(range(7))
    named = value.weekday.capitalize() if value.weekday else ""
    resolved = resolve(value, ctx.published)
    words = qualifier_word(ctx.qualifier)
    if resolved is None:
        if value.weekday and not is_relative(value):
            key = f"weekday {value.weekday}"
            return DateSpan(
                stated=words + named,
                normalized=f"a {named}",
                key=key,
                interval=None,
                weekdays=weekdays,
            )
        stated = value.date or value.ago or ""
        text = f"{stated} ({value.relative or 'ago'}; no publication date to resolve it against)"
        return DateSpan(
            stated=text, normalized="unresolved", key="unresolved", interval=None, relative=True
        )
    first, last = resolved
    interval = date_interval(first, last, ctx.qualifier)
    key = f"{ordinal_to_iso(interval.lo)}..{ordinal_to_iso(interval.hi)}"
    stated_words = _words(first, last)
    if named:
        stated_words = f"{named} {stated_words}"
        key += f" {value.weekday}"
    return DateSpan(
        stated=words + stated_words,
        normalized=_day_words(interval),
        key=key,
        interval=interval,
        weekdays=weekdays,
        calendar=first if first == last else None,
        relative=is_relative(value),
    )


def _day_words(interval: Interval) -> str:
    low, high = interval.lo, interval.hi
    if low is not None and high is not None:
        start, end = date.fromordinal(int(low)), date.fromordinal(int(high))
        if start == end:
            return start.isoformat()
        return f"from {start.isoformat()} to {end.isoformat()}"
    if low is not None:
        return f"{'after' if interval.lo_open else 'on or after'} {ordinal_to_iso(low)}"
    return f"{'before' if interval.hi_open else 'on or before'} {ordinal_to_iso(high)}"


def _feasible(interval: Interval | None, weekdays: frozenset[int]) -> bool:
    """True when some day of ``interval`` falls on one of ``weekdays``."""
    if not weekdays:
        return False
    if interval is None or interval.lo is None or interval.hi is None:
        return True
    low = int(interval.lo) + (1 if interval.lo_open else 0)
    high = int(interval.hi) - (1 if interval.hi_open else 0)
    if high - low >= 6:
        return True
    return any(date.fromordinal(day).weekday() in weekdays for day in range(low, high + 1))


class _Group:
    def __init__(self) -> None:
        self.members: list[int] = []
        self.common: Interval | None = None
        self.weekdays: frozenset[int] = frozenset(range(7))

    def admits(self, item: DateSpan) -> bool:
        common = self.common
        if item.interval is not None:
            common = item.interval if common is None else common.intersect(item.interval)
            if common is None:
                return False
        return _feasible(common, self.weekdays & _weekdays(item))

    def add(self, index: int, item: DateSpan) -> None:
        if item.interval is not None:
            self.common = (
                item.interval if self.common is None else self.common.intersect(item.interval)
            )
        self.weekdays &= _weekdays(item)
        self.members.append(index)


_EVERY_DAY = frozenset(range(7))


def _weekdays(item: DateSpan) -> frozenset[int]:
    """The weekdays a value is compared on: a day named with a weekday it does not fall on
    compares by its day, the slip being a finding of its own (weekday-of-date)."""
    return _EVERY_DAY if misnamed_day(item) is not None else item.weekdays


def weekday_alone(item: DateSpan) -> bool:
    """True for a value that names a weekday and no days."""
    return item.interval is None and len(item.weekdays) < 7


def admits(days: Sequence[DateSpan], item: DateSpan) -> bool:
    """True when some day fits every value of ``days`` and ``item`` at once."""
    group = _Group()
    for at, value in enumerate(days):
        if not group.admits(value):
            return False
        group.add(at, value)
    return group.admits(item)


def partition(payloads: Sequence[DateSpan], env: CompareEnv) -> list[list[int]]:
    """Groups of dates and weekdays that can all be true: a common day that falls on them."""
    dated = [(p.interval, i) for i, p in enumerate(payloads) if p.interval is not None]
    groups: list[_Group] = []
    for stab in stabbing_groups(dated):
        local: list[_Group] = []  # dates of different stabs never agree
        # Claims that state the same date share its payload, and one lands where the first of
        # them did: that group admitted it and holds it now, and the groups before it, which
        # did not admit it, only narrow as they fill.
        homes: dict[int, _Group] = {}
        for _, index in stab:
            item = payloads[index]
            home = homes.get(id(item))
            if home is not None:
                home.members.append(index)  # adding it again narrows nothing
                continue
            home = next((g for g in local if g.admits(item)), None)
            if home is None:
                local.append(home := _Group())
            home.add(index, item)
            homes[id(item)] = home
        groups.extend(local)
    for index, item in enumerate(payloads):
        if item.interval is not None or not item.placed:
            continue
        largest_first = sorted(groups, key=lambda g: -len(g.members))
        home = next((g for g in largest_first if g.admits(item)), None)
        if home is None:
            groups.append(home := _Group())
        home.add(index, item)
    return [g.members for g in groups]


def calendar_day(item: DateSpan) -> date | None:
    """The one day the value names, if it names exactly one."""
    interval = item.interval
    if interval is None or interval.lo is None or interval.lo != interval.hi:
        return None
    return date.fromordinal(int(interval.lo))


def misnamed_day(item: DateSpan) -> date | None:
    """The day of a value that names one day with a weekday it does not fall on ("Saturday
    8 November 2026", a Sunday), else None."""
    day = calendar_day(item)
    if day is None or len(item.weekdays) != 1 or day.weekday() in item.weekdays:
        return None
    return day


def notes(payloads: Sequence[DateSpan], env: CompareEnv) -> list[str]:
    """The days a source names with a weekday they do not fall on ("Saturday 8 November
    2026", a Sunday): said plainly, since the stated form shows only what was written."""
    out: set[str] = set()
    for item in payloads:
        day = misnamed_day(item)
        if day is not None:
            (stated,) = item.weekdays
            out.add(
                f"{day.day} {day:%B} {day.year} is a {WEEKDAYS[day.weekday()].capitalize()}, "
                f"not a {WEEKDAYS[stated].capitalize()}"
            )
    return sorted(out)


KIND = ValueKind(
    name="date",
    model=DateValue,
    normalize=normalize,
    summary="a day, month or year, a span, a relative date or a weekday",
    disagreement=(
        "No single date fits every source's statement at the precision it gives, "
        "so the dates for “{label}” cannot all be true."
    ),
    partition=partition,
    notes=notes,
    axis="date",
    orderable=True,
)
