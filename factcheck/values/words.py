"""Periods in plain words, for finding messages and reports."""

from __future__ import annotations

from factcheck.values.calendar import Period
from factcheck.values.date import calendar_text


def period_words(period: Period) -> str:
    """A period as people say it: 'in 2025', 'from January 2024 to September 2025', 'since …'."""
    start = calendar_text(period.start) if period.start else None
    end = calendar_text(period.end) if period.end else None
    if period.open_end:
        if start and not end:  # it starts after publication: no "since" yet
            return f"from {start} on"
        return f"since {start} (to {end})" if start and end else f"since {start}"
    if start and end:
        return f"in {start}" if start == end else f"from {start} to {end}"
    return f"since {start}" if start else f"until {end}"
