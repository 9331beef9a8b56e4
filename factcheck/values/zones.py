"""Time zones as claims name them: IANA names, UTC offsets and common abbreviations."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from factcheck.data import load_data

_OFFSET_RE = re.compile(r"^(?:UTC|GMT)?\s*([+-−])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


@cache
def _abbreviations() -> dict[str, str]:
    return {str(k).upper(): str(v) for k, v in load_data("zones.yaml").items()}


def _fixed(text: str) -> int | None:
    """Minutes east of UTC for '+06:30', 'UTC+2', 'GMT-3'; None when not an offset."""
    if text.upper() in ("UTC", "GMT", "Z"):
        return 0
    match = _OFFSET_RE.match(text.strip())
    if match is None:
        return None
    sign = -1 if match.group(1) in "-−" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    return sign * (hours * 60 + minutes)


@cache
def _zone(name: str) -> ZoneInfo | None:
    if "/" not in name and name.upper() != "UTC":
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def check_zone(text: str) -> str:
    """Validate a zone: an IANA name, a UTC offset or a known abbreviation."""
    name = _abbreviations().get(text.upper(), text)
    if _fixed(name) is None and _zone(name) is None:
        raise ValueError(
            f"unknown time zone '{text}' (use an IANA name like Europe/Madrid, "
            "an offset like +02:00, or GMT, CET, JST …)"
        )
    return text


def offsets(text: str, day: date | None) -> tuple[int, ...]:
    """The zone's UTC offsets in minutes on ``day``; both standard and summer time when the
    day is unknown and the zone observes daylight saving."""
    name = _abbreviations().get(text.upper(), text)
    fixed = _fixed(name)
    if fixed is not None:
        return (fixed,)
    zone = _zone(name)
    assert zone is not None, f"unchecked zone {text}"
    # with no day, January and July of a recent year show both of the zone's offsets
    days = [day] if day is not None else [date(2025, 1, 15), date(2025, 7, 15)]
    found = set()
    for when in days:
        offset = datetime(when.year, when.month, when.day, 12, tzinfo=zone).utcoffset()
        found.add(int((offset or timedelta(0)).total_seconds() // 60))
    return tuple(sorted(found))
