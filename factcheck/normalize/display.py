"""How values read to people: the value as stated and its normalized form."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from factcheck.data import load_data
from factcheck.normalize.claims import NormalizedClaim
from factcheck.normalize.dates import CalendarDate, Period, ordinal_to_iso
from factcheck.normalize.intervals import Interval
from factcheck.normalize.quantities import format_number


@cache
def _month_names() -> dict[int, str]:
    from babel.dates import get_month_names

    return dict(get_month_names("wide", locale="en"))


@cache
def _qualifier_words() -> dict[str, str]:
    return dict(load_data("wording.yaml")["qualifiers"])


def calendar_text(stated: CalendarDate) -> str:
    """'2024', 'October 2024' or '21 October 2024' (month names from CLDR, not the locale)."""
    if stated.month is None:
        return str(stated.year)
    month = _month_names()[stated.month]
    return f"{stated.day} {month} {stated.year}" if stated.day else f"{month} {stated.year}"


def period_words(period: Period) -> str:
    """A period as people say it: 'in 2025', 'from January 2024 to September 2025', 'since …'."""
    start = calendar_text(period.start) if period.start else None
    end = calendar_text(period.end) if period.end else None
    if period.open_end:
        return f"since {start} (to {end})" if start else f"until {end}"
    if start and end:
        return f"in {start}" if start == end else f"from {start} to {end}"
    return f"since {start}" if start else f"until {end}"


def stated_text(item: NormalizedClaim) -> str:
    """The value as the source states it, in plain English: 'at least 2.8 billion USD'."""
    value = item.claim.value
    words = _qualifier_words()[item.claim.qualifier]
    if item.derived_from is not None:
        return f"{len(item.members) or format_number(item.quantity.value)} listed"  # type: ignore[union-attr]
    if value.kind == "date":
        assert item.date is not None
        return words + calendar_text(item.date)
    if value.kind == "amount":
        return f"{words}{value.stated_text(value.amount)} {value.currency}"
    if value.kind == "count":
        return words + value.stated_text(value.count)
    if value.kind == "set":
        listed = ", ".join(sorted(item.members))
        if value.complete:
            return f"{len(item.members)}: {listed}"
        total = f" of {words}{value.count}" if value.count is not None else ""
        return f"{len(item.members)} named{total}: {listed}"
    return value.text


def interval_text(interval: Interval, kind: str, unit: str | None = None) -> str:
    """The normalized interval, readable: '2024-10-01..2024-10-31', '[2.75 billion, ∞) USD'."""
    if kind == "date":
        return f"{ordinal_to_iso(interval.lo)}..{ordinal_to_iso(interval.hi)}"
    low = format_number(interval.lo) if interval.lo is not None else "0"
    if interval.lo is not None and interval.hi is not None and interval.lo == interval.hi:
        text = low
    else:
        high = format_number(interval.hi) if interval.hi is not None else "∞"
        opening = "(" if interval.lo_open else "["
        closing = ")" if interval.hi_open or interval.hi is None else "]"
        text = f"{opening}{low}, {high}{closing}"
    return f"{text} {unit}" if unit else text


def normalized_text(item: NormalizedClaim) -> str:
    """The claim's normalized form as people read it."""
    if item.kind == "set":
        return (
            "{"
            + ", ".join(sorted(item.members))
            + "}"
            + ("" if item.claim.value.complete else " (partial)")
        )
    if item.kind == "text":
        return item.text_key or ""
    assert item.interval is not None
    unit = item.quantity.unit if item.quantity else None
    return interval_text(item.interval, item.kind, unit)


def bounds(item: NormalizedClaim) -> tuple[str, str]:
    """Lower and upper bound as plain text for tables: ISO dates or plain numbers."""
    interval = item.interval if item.kind != "set" else item.cardinality
    if interval is None:
        return "", ""
    if item.kind == "date":
        return ordinal_to_iso(interval.lo), ordinal_to_iso(interval.hi)
    return plain_number(interval.lo), plain_number(interval.hi)


def plain_number(value: Decimal | None) -> str:
    """A number as plain digits for tables and charts ('' when unbounded): 2840000000."""
    return "" if value is None else format(value.normalize(), "f")
