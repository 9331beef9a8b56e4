"""Calendar values at year, month or day precision, and the arithmetic the recognizers need."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, order=True)
class When:
    """A calendar date at year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first(self) -> date:
        """The first day the value covers."""
        return date(self.year, self.month or 1, self.day or 1)

    def last(self) -> date:
        """The last day the value covers."""
        if self.month is None:
            return date(self.year, 12, 31)
        if self.day is None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, self.month, self.day)

    def after(self) -> date:
        """The first day after the value."""
        return self.last() + timedelta(days=1)

    def valid(self) -> bool:
        """True when the value names a real calendar date."""
        try:
            self.first()
        except ValueError:
            return False
        return True


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``year``/``month`` moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def add_units(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` years, months, quarters, decades, weeks or days."""
    if unit in ("day", "week"):
        return day + timedelta(days=amount * (7 if unit == "week" else 1))
    months = amount * {"year": 12, "month": 1, "quarter": 3, "decade": 120}[unit]
    year, month = shift_months(day.year, day.month, months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def of_date(day: date) -> When:
    """A day-precision value for ``day``."""
    return When(day.year, day.month, day.day)
