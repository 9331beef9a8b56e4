"""Weekdays and clock times as mentions, tied to the dates they stand with.

A weekday inside or right beside a date of the same day ("Sunday 19 October 2025",
"venerdì 28 marzo") is that date's ``weekday``; one that does not fall on the date stays
a mention of its own, so the two can be compared. A time with a day-precision date right
before or after it ("at 12:33 on 28 April 2025") carries that ``date``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from factcheck.extract.recognizers.dates.when import shift_months
from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.qualifiers import qualify_time
from factcheck.extract.recognizers.times import find_times
from factcheck.extract.recognizers.weekdays import (
    ENGLISH,
    WeekdayMatch,
    find_weekdays,
    relative_weekday,
)
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load

# what may stand between a weekday and its date: a comma, an article ("den", "le", "the"),
# a bracket ("Saturday (Dec. 6)", "周日（6日）"); after a date, a comma or a bracket only: a
# short word there joins two days ("lundi 16 au dimanche 22", "Montag, 16., bis Sonntag")
_WEEKDAY_GAP = re.compile(r"[\s,(（]*(?:[^\W\d_]{1,3}\s+)?")
_WEEKDAY_AFTER = re.compile(r"[\s,(（]*")
# between a time and its date: up to two short words ("on", "de este", "am")
_TIME_GAP = re.compile(r"[\s,]*(?:[^\W\d_]{1,5}\s+){0,2}")
_NEAR = 20


def _day(m: Mention) -> date | None:
    """The day a date mention names, when it names one."""
    text = m.value.get("date") if m.kind == "date" else None
    if not isinstance(text, str) or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _with_weekday(
    m: Mention, weekday: str, start: int, end: int, text: str, published: date | None
) -> Mention | None:
    """The date ``m`` with the weekday beside it, whether or not the weekday falls on it: a
    source that writes "Saturday 8 November" of a Sunday states one impossible day, which
    disagrees with every other source's date (and is shown as written).

    A date whose year or month the text leaves out takes them where the weekday falls
    ("Saturday 26 December" in a January report is last December's), the nearest such day
    to publication; only where none is near does it keep the publication's."""
    day = _day(m)
    if day is None:
        return None
    begin, stop = min(m.start, start), max(m.end, end)
    if text[stop : stop + 1] in (")", "）") and text.count("(", begin, stop) + text.count(
        "（", begin, stop
    ):
        stop += 1  # the bracket the date stands in: "Saturday (Dec. 6)"
    value = {**m.value, "weekday": weekday}
    placed = _placed(m, day, ENGLISH.index(weekday), published)
    if placed is not None:
        value["date"] = placed.isoformat()
    return replace(m, start=begin, end=stop, text=text[begin:stop], value=value)


# the patterns of dates whose year (day-month) or month and year (completed-) publication gave
_NO_YEAR, _NO_MONTH = "day-month", "completed-"


def _placed(m: Mention, day: date, weekday: int, published: date | None) -> date | None:
    """The day ``m`` names in the year (or, for a day named alone, the month) around
    publication where it falls on ``weekday``, the nearest; None where it needs no moving
    or none fits."""
    if published is None or day.weekday() == weekday:
        return None
    if m.pattern == _NO_YEAR:
        tried = [(published.year + step, day.month) for step in (-1, 0, 1)]
    elif m.pattern.startswith(_NO_MONTH):
        tried = [shift_months(published.year, published.month, step) for step in (-1, 0, 1)]
    else:
        return None
    # a day read near publication stays near it: a year away, the weekday that fits is as
    # likely a slip ("Saturday 8 November" of a Sunday fits the year before); one read
    # months away is as likely of the year before or after, which its weekday tells
    reach = _FAR if abs((day - published).days) <= _FAR else _YEAR_AND_A_HALF
    fits = []
    for year, month in tried:
        try:
            other = date(year, month, day.day)
        except ValueError:
            continue
        if other.weekday() == weekday and abs((other - published).days) <= reach:
            fits.append(other)
    return min(fits, key=lambda d: abs((d - published).days), default=None)


# how far from publication a day whose year or month is left out is moved to fit its
# weekday: a season, for a day read near publication; else within a year and a half
_FAR, _YEAR_AND_A_HALF = 120, 548


def _beside(text: str, left: int, right: int, gap: re.Pattern[str]) -> bool:
    return 0 <= right - left <= _NEAR and gap.fullmatch(text, left, right) is not None


def weekday_mentions(
    text: str, lang: str, dated: list[Mention], taken: bytearray, published: date | None = None
) -> list[Mention]:
    """``dated`` with the weekdays of ``text`` added: to the dates they name, else on their own.

    A weekday joins the date it stands with even where it does not fall on it. One named
    from publication ("last Friday") is that day,
    with its weekday: it still disagrees with a source that puts the event on another day.
    """
    out = sorted(dated, key=lambda m: m.start)
    for w in find_weekdays(text, lang):
        near = next((i for i, m in enumerate(out) if _touches(text, m, w.start, w.end)), None)
        alone = taken.find(1, w.start, w.end) < 0
        if near is not None:
            m = out[near]
            if m.start <= w.start and m.pattern.startswith("holiday"):
                continue  # "Easter Monday" names a holiday, not the weekday of a date
            if "weekday" in m.value and not w.start < m.end <= w.end:
                continue  # the date has its weekday: another beside it names another day
            joined = _with_weekday(m, w.weekday, w.start, w.end, text, published)
            if joined is not None:
                out[near] = joined
                continue
            alone = alone or _day(m) is not None
        if alone:
            mention = _alone(text, lang, w, published)
            dated_at = _date_after(text, out, mention) if mention.pattern != "weekday" else None
            if dated_at is not None:
                # "domenica scorsa, 8 novembre": the date as written, with the weekday named
                joined = _with_weekday(out[dated_at], w.weekday, *_span(mention), text, published)
                if joined is not None:
                    out[dated_at] = joined
                    continue
            out.append(mention)
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    return sorted(out, key=lambda m: (m.start, m.end))


def _span(m: Mention) -> tuple[int, int]:
    return m.start, m.end


def _date_after(text: str, dated: list[Mention], m: Mention) -> int | None:
    """The index of the day-precision date right after ``m`` (a comma between), if any."""
    return next(
        (
            i
            for i, d in enumerate(dated)
            if _day(d) is not None and _beside(text, m.end, d.start, _WEEKDAY_AFTER)
        ),
        None,
    )


def _alone(text: str, lang: str, w: WeekdayMatch, published: date | None) -> Mention:
    """A weekday named with no date: the day it names when counted from publication."""
    counted = relative_weekday(text, lang, w, published) if published is not None else None
    if counted is None:
        value = {"kind": "date", "weekday": w.weekday}
        return Mention("date", w.start, w.end, text[w.start : w.end], "weekday", value)
    start, end, day = counted
    value = {"kind": "date", "date": day.isoformat(), "weekday": w.weekday}
    return Mention("date", start, end, text[start:end], "weekday-relative", value)


def _touches(text: str, m: Mention, start: int, end: int) -> bool:
    """True when a weekday at ``start:end`` overlaps the date ``m`` or stands right beside it."""
    inside = start < m.end and m.start < end  # within it, or overlapping its end
    before = _beside(text, end, m.start, _WEEKDAY_GAP)
    after = _beside(text, m.end, start, _WEEKDAY_AFTER)
    return inside or before or after


@cache
def _joiners(lang: str) -> re.Pattern[str]:
    words = load(lang).section("numbers").get("joiners", [])
    e = edges(lang)
    body = alternation([w for w in words if w != "-"])
    return re.compile(rf"(?<!{e.start(ALNUM)}){body}(?!{e.free(ALNUM)})", re.I)


def _opening_day(m: Mention) -> date | None:
    """The day an open range starts on, when it starts on one ("自11月1日零时起": from the
    first of November, at midnight)."""
    period = m.value.get("period") if m.kind == "period" else None
    if not isinstance(period, str) or not period.endswith("/.."):
        return None
    try:
        return date.fromisoformat(period[:-3]) if len(period) == 13 else None
    except ValueError:
        return None


def _date_beside(
    text: str, lang: str, start: int, end: int, dated: list[Mention]
) -> tuple[Mention, date] | None:
    """A day-precision date right after or before the time, not across an "and", with its
    day; the day an open range starts on counts, right before the time."""
    for m in dated:
        day = _day(m)
        sides: tuple[tuple[int, int], ...] = ((end, m.start), (m.end, start))
        if day is None:
            day, sides = _opening_day(m), ((m.end, start),)
        if day is None:
            continue
        for left, right in sides:
            if _beside(text, left, right, _TIME_GAP) and not _joiners(lang).search(
                text, left, right
            ):
                return m, day
    return None


def time_mentions(text: str, lang: str, dated: list[Mention], taken: bytearray) -> list[Mention]:
    """The clock times of ``text``, each with its zone and the day beside it."""
    out = []
    for t in find_times(text, lang, taken):
        value: dict[str, str] = {"kind": "time", "time": t.time}
        if t.zone:
            value["zone"] = t.zone
        beside = _date_beside(text, lang, t.start, t.end, dated)
        start, end = t.start, t.end
        if beside is not None:
            day, on = beside
            value["date"] = on.isoformat()
            start, end = min(start, day.start), max(end, day.end)
        qualifier, start, end = qualify_time(text, lang, start, end)
        extra = {"local": True} if t.local else {}
        if t.generic:
            extra["generic_zone"] = True
        out.append(Mention("time", start, end, text[start:end], t.pattern, value, qualifier, extra))
    return out
