"""Dates and periods as day intervals, at the precision stated, relative dates resolved."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from factcheck.models.values import DURATION_RE, MONTH_ONLY_RE, DateValue, Qualifier
from factcheck.normalize.intervals import Interval


@dataclass(frozen=True)
class CalendarDate:
    """A date at year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """'year', 'month' or 'day'."""
        return "day" if self.day else "month" if self.month else "year"

    def first_day(self) -> date:
        """The first day the date can mean."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The last day the date can mean."""
        if self.day:
            return date(self.year, self.month or 1, self.day)
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def iso(self) -> str:
        """ISO text at the stated precision: 2024, 2024-10 or 2024-10-01."""
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"


def parse_calendar_date(text: str) -> CalendarDate:
    """Parse an already validated ``YYYY[-MM[-DD]]``."""
    parts = [int(p) for p in text.split("-")]
    return CalendarDate(*parts)


def resolve_date(value: DateValue, published: date) -> CalendarDate:
    """Turn a date value into a calendar date, resolving relative forms against ``published``."""
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
    month_only = MONTH_ONLY_RE.match(value.date)
    if month_only:
        month = int(month_only.group(1))
        year = published.year
        if value.relative == "last" and month >= published.month:
            year -= 1  # "last October" said in October means the previous one
        elif value.relative == "next" and month <= published.month:
            year += 1
        return CalendarDate(year, month)
    return parse_calendar_date(value.date)


def day_interval(first: date | None, last: date | None) -> Interval:
    """A closed interval of day ordinals; None leaves that side unbounded."""
    return Interval(
        Decimal(first.toordinal()) if first else None,
        Decimal(last.toordinal()) if last else None,
    )


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def date_interval(stated: CalendarDate, qualifier: Qualifier) -> Interval:
    """The days a stated date can mean under its qualifier ("about" widens by one unit)."""
    first, last = stated.first_day(), stated.last_day()
    if qualifier == "about":
        step = {"year": 12, "month": 1, "day": 0}[stated.precision]
        if step:
            first, last = _shift_months(first, -step), _shift_months(last, step)
        else:
            first = date.fromordinal(first.toordinal() - 1)
            last = date.fromordinal(last.toordinal() + 1)
        return day_interval(first, last)
    if qualifier in ("at_least",):
        return day_interval(first, None)
    if qualifier == "more_than":
        return Interval(Decimal(last.toordinal()), None, lo_open=True)
    if qualifier in ("at_most", "up_to"):
        return day_interval(None, last)
    if qualifier == "less_than":
        return Interval(None, Decimal(first.toordinal()), hi_open=True)
    return day_interval(first, last)


@dataclass(frozen=True)
class Period:
    """The scope of a total: a day interval, open where the text leaves it open."""

    start: CalendarDate | None
    end: CalendarDate | None
    interval: Interval
    open_end: bool = False  # "since 2024": the end is the publication day, not stated

    @property
    def key(self) -> str:
        """ISO 8601 interval text used to tell rows apart: 2024-01/2025-09, 2025, ../2019-08.

        An open end is closed at the publication day ("since 2024" in a story of 22 October
        2025 is 2024-01/2025-10-22), so totals "so far" at different dates are different rows.
        """
        if self.start is not None and self.end is not None and self.start == self.end:
            return self.start.iso()
        start = self.start.iso() if self.start else ".."
        end = self.end.iso() if self.end else ".."
        return f"{start}/{end}"


def parse_period(text: str, published: date) -> Period:
    """Parse a validated period; an open end ("since 2024") runs to the publication date."""
    parts = text.split("/")
    if len(parts) == 1:
        stated = parse_calendar_date(parts[0])
        return Period(stated, stated, day_interval(stated.first_day(), stated.last_day()))
    start = None if parts[0] == ".." else parse_calendar_date(parts[0])
    if parts[1] == "..":
        end = CalendarDate(published.year, published.month, published.day)
    else:
        end = parse_calendar_date(parts[1])
    first = start.first_day() if start else None
    return Period(start, end, day_interval(first, end.last_day()), open_end=parts[1] == "..")


def ordinal_to_iso(value: Decimal | None) -> str:
    """Render a day ordinal bound as ISO text, '..' when unbounded."""
    return date.fromordinal(int(value)).isoformat() if value is not None else ".."
