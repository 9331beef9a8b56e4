"""Calendar pieces every kind shares: dates at a precision, moments, periods, as day intervals."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from functools import cache, cached_property, lru_cache

from factcheck.values.intervals import Interval

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MOMENT_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$"
)
MINUTES_PER_DAY = 1440


def check_calendar_date(text: str) -> str:
    """Validate ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError for 2025-13 and such."""
    match = _DATE_RE.match(text)
    if not match:
        raise ValueError(f"'{text}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    if not 1 <= int(year) <= 9998:
        raise ValueError(f"'{text}' is not a date: the year is out of range")
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"'{text}' is not a date: there is no month {int(month)}")
    if day:
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError(f"'{text}' is not a date: day {int(day)} does not exist") from None
    return text


@dataclass(frozen=True, order=True)
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


def day_interval(first: date | None, last: date | None) -> Interval:
    """A closed interval of day ordinals; None leaves that side unbounded."""
    return Interval(
        Decimal(first.toordinal()) if first else None,
        Decimal(last.toordinal()) if last else None,
    )


def shift_months(day: date, months: int) -> date:
    """The same day of the month ``months`` later (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def ordinal_to_iso(value: Decimal | None) -> str:
    """Render a day ordinal bound as ISO text, '..' when unbounded."""
    return date.fromordinal(int(value)).isoformat() if value is not None else ".."


@dataclass(frozen=True)
class Moment:
    """A point in time as stated, at year, month, day or minute precision, without a zone.

    ``start`` is the first minute it can mean and ``end`` the first minute after it; a
    date-time given with a UTC offset is moved to UTC. Publication dates and ``as_of``
    are moments.
    """

    start: datetime
    end: datetime
    precision: str
    text: str

    @property
    def first_day(self) -> date:
        """The first day the moment can mean."""
        return self.start.date()

    @property
    def last_day(self) -> date:
        """The last day the moment can mean."""
        return (self.end - timedelta(minutes=1)).date()

    def minutes(self) -> Interval:
        """The moment as a half-open interval of minutes since day one."""
        return Interval(_minute(self.start), _minute(self.end), hi_open=True)

    def overlaps(self, other: Moment) -> bool:
        """True when the two moments can be the same time."""
        return self.start < other.end and other.start < self.end


def _minute(moment: datetime) -> Decimal:
    since = moment - datetime(1, 1, 1)
    return Decimal(since.days * MINUTES_PER_DAY + since.seconds // 60)


def check_moment(text: str) -> str:
    """Validate a date at any precision or a date-time; raise ValueError otherwise."""
    parse_moment(text)
    return text


@lru_cache(maxsize=1 << 16)  # a case repeats a few dates across thousands of claims
def parse_moment(text: str) -> Moment:
    """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]``."""
    match = _MOMENT_RE.match(text)
    if match is None:
        stated = parse_calendar_date(check_calendar_date(text))
        first = datetime.combine(stated.first_day(), datetime.min.time())
        end = datetime.combine(stated.last_day(), datetime.min.time()) + timedelta(days=1)
        return Moment(first, end, stated.precision, text)
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        start = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        raise ValueError(f"'{text}' is not a date-time") from None
    if offset:
        start = start.replace(tzinfo=_offset(offset)).astimezone(UTC)
        start = start.replace(tzinfo=None)
    start = start.replace(second=0)
    return Moment(start, start + timedelta(minutes=1), "minute", text)


def _offset(text: str) -> timezone:
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


@dataclass(frozen=True)
class Period:
    """The scope of a total: a day interval, open where the text leaves it open."""

    start: CalendarDate | None
    end: CalendarDate | None
    interval: Interval
    open_end: bool = False  # "since 2024": the end is the publication day, not stated

    @cached_property  # asked for every claim of the period as rows form and views are built
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


@lru_cache(maxsize=1 << 16)
def parse_period(text: str, published: Moment | None) -> Period:
    """Parse a validated period; an open end ("since 2024") runs to the publication date,
    but for a period that starts after it ("from 2029 on", "ab 2029"), which stays open."""
    parts = text.split("/")
    if len(parts) == 1:
        stated = parse_calendar_date(parts[0])
        return Period(stated, stated, day_interval(stated.first_day(), stated.last_day()))
    start = None if parts[0] == ".." else parse_calendar_date(parts[0])
    ahead = start is not None and published is not None and start.first_day() > published.last_day
    if parts[1] == ".." and published is not None and not ahead:
        day = published.last_day
        end: CalendarDate | None = CalendarDate(day.year, day.month, day.day)
    else:
        end = None if parts[1] == ".." else parse_calendar_date(parts[1])
    first = start.first_day() if start else None
    last = end.last_day() if end else None
    return Period(start, end, day_interval(first, last), open_end=parts[1] == "..")


@cache
def _month_names() -> dict[int, str]:
    # kept in the cache folder: reading CLDR's English data costs a report a twentieth of a
    # second, most of its date writing
    from factcheck.cache.tables import kept

    names = kept("month-names", "en", ("babel",), (), _cldr_month_names)
    return {int(number): name for number, name in names.items()}


def _cldr_month_names() -> dict[str, str]:
    from babel.core import Locale

    return {str(n): str(name) for n, name in Locale.parse("en").months["format"]["wide"].items()}


def calendar_text(stated: CalendarDate) -> str:
    """'2024', 'October 2024' or '21 October 2024' (month names from CLDR, not the locale)."""
    if stated.month is None:
        return str(stated.year)
    month = _month_names()[stated.month]
    return f"{stated.day} {month} {stated.year}" if stated.day else f"{month} {stated.year}"
