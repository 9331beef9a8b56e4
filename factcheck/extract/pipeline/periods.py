"""The period a total covers: the nearest date, range or "so far" in the same sentence."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from factcheck.extract.pipeline.as_of import day_of
from factcheck.extract.pipeline.attach import gap
from factcheck.extract.recognizers.recognize import Mention
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load
from factcheck.values.calendar import parse_moment
from factcheck.values.date import DateValue, resolve

_OTHER_SIDE = (3, 60)


@cache
def _to_date(lang: str) -> re.Pattern[str]:
    words = load(lang).section("attach").get("to_date", [])
    return re.compile(rf"(?<![^\W_]){alternation(words)}(?![^\W_])", re.IGNORECASE)


def _as_period(
    m: Mention, published: date, coarse: bool = False, weekdays: bool = False
) -> str | None:
    """The period ``m`` names, if any; ``coarse``: only a month, quarter or year is one (the
    day something was said is no period a rate is of); ``weekdays``: a weekday alone is the
    last such day up to publication ("9 degrees on Thursday")."""
    if m.kind == "period":
        period = str(m.value["period"])
        # "the highest since 1995": a span with an open end says what a rate is compared
        # with, not the period it is of
        return None if coarse and ".." in period else period
    if m.kind != "date" or "ago" in m.value or (coarse and "weekday" in m.value):
        return None
    if weekdays and set(m.value) == {"kind", "weekday"}:
        day = day_of(m, published)
        return day.isoformat() if day is not None else None
    stated = resolve(DateValue(**m.value), parse_moment(published.isoformat()))
    if not stated or (coarse and stated[0].precision == "day"):
        return None
    first = stated[0]
    if coarse and m.value.get("relative") == "this" and first.first_day() > published:
        # "inflation was 31.4 % in December", read in January: a rate is told once its
        # month is over, so a month named alone that is yet to come is last year's
        first = replace(first, year=first.year - 1)
    return first.iso()


def find_period(
    text: str,
    lang: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    mentions: list[Mention],
    published: date,
    kind: str = "amount",
    daily: bool = False,
) -> tuple[str, tuple[int, int]] | None:
    """The period of the figure of ``kind`` at ``span``: no other figure of its kind may stand
    between the two. An amount's period may be a day; a rate's ("percent") is a month, a
    quarter or a year ("inflation eased to 31.4 % in December from 32.9 % in November"); a
    ``daily`` measure's is a day, which a weekday alone names too ("9 degrees on Thursday").

    ``mentions`` need only hold those that start in ``sentence``: no other can be its period
    or stand between it and its period.
    """
    side = load(lang).section("attach").get("period_side", "after")
    amounts = [m for m in mentions if m.kind == kind and (m.start, m.end) != span]
    candidates: list[tuple[int, int, str]] = []
    for m in mentions:
        if sentence[0] <= m.start and m.end <= sentence[1]:
            period = _as_period(m, published, coarse=kind != "amount" and not daily, weekdays=daily)
            if period:
                candidates.append((m.start, m.end, period))
    for found in _to_date(lang).finditer(text, sentence[0], sentence[1]):
        to_date = f"../{published.year:04d}-{published.month:02d}"
        candidates.append((found.start(), found.end(), to_date))
    best: tuple[float, str, tuple[int, int]] | None = None
    for start, end, period in candidates:
        low, high = min(start, span[0]), max(end, span[1])
        if any(low < a.start and a.end < high for a in amounts if (a.start, a.end) != span):
            continue
        distance, where = gap(span, (start, end))
        if where == "inside":
            continue
        if where != side:
            distance = distance * _OTHER_SIDE[0] + _OTHER_SIDE[1]
        if best is None or distance < best[0]:
            best = (distance, period, (start, end))
    return (best[1], best[2]) if best else None
