"""The dates recognizer: atoms scanned first (lexicon templates), then joined into periods."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from factcheck.extract.recognizers.dates.atoms import RANGE_PART, DateMatch, Scan
from factcheck.extract.recognizers.dates.grammar import grammar
from factcheck.extract.recognizers.dates.holidays import scan_holidays
from factcheck.extract.recognizers.dates.joins import (
    apply_lists,
    apply_modifiers,
    apply_offsets,
    apply_ranges,
    day_of_month,
    month_alone,
    this_month,
)
from factcheck.extract.recognizers.dates.relative import (
    scan_counted,
    scan_relative,
    scan_weekday_days,
    scan_weekdays_of_month,
    scan_year_parts,
)
from factcheck.extract.recognizers.dates.scans import (
    scan_absolute,
    scan_bare,
    scan_days,
    scan_periods,
    scan_today,
    scan_years,
)
from factcheck.extract.recognizers.dates.when import When
from factcheck.extract.recognizers.nouns import noun_after
from factcheck.extract.recognizers.weekdays import find_weekdays
from factcheck.extract.recognizers.width import narrow
from factcheck.lang.lexicon import load

__all__ = ["DateMatch", "find_dates", "grammar"]


_MONTH_WORD = re.compile(r"[^\W\d_]+\.?")


@cache
def _counted_nouns(lang: str) -> frozenset[str]:
    """The nouns after a figure that make it a count of people or things (``nouns.yaml``
    ``generic`` and ``counted``), never a day of the month."""
    data = load(lang).section("nouns")
    return frozenset(str(w).lower() for w in [*data.get("generic", []), *data.get("counted", [])])


def _month_then_count(m: DateMatch, text: str, lang: str) -> int | None:
    """Where the month's name ends in a month then a figure that counts the noun after it
    ("In May 12 people died": May, then 12 people), else None."""
    head = _MONTH_WORD.match(text, m.start, m.end)
    if head is None or not text[m.end - 1 : m.end].isdigit():
        return None  # the day first ("12 May"), or a mark after it ("May 12.")
    noun = noun_after(text, lang, m.end)
    if noun is None or noun[0].lower() not in _counted_nouns(lang):
        return None
    return head.end()


def _day(m: DateMatch) -> bool:
    """True for a day of the month named alone ("19日"), not a bare number."""
    return m.pattern.startswith("day:")


def find_dates(text: str, lang: str, published: date | None = None) -> list[DateMatch]:
    """Dates and periods in ``text``; relative ones resolve against ``published``.

    Without ``published``, a month and day ("4月28日") or a day named alone ("19日") comes
    back bare, with no claim: it names a date whose year the text does not give.
    """
    found = _through_weekdays(text, lang, published, _find(text, lang, published))
    return _in_names(text, lang, found)


_CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-Ž]"


@cache
def _name_words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words (``dates.yaml`` ``in_names``) that make a day and month beside them part of
    a name: before it ("Avenida 9 de Julio", "rue du 4-Septembre"), after it ("15 July
    Martyrs Bridge", "15 Temmuz Şehitler Köprüsü"); a word starting with * may end a
    compound ("15 Juli Martelaarsbrug")."""
    words = load(lang).section("dates").get("in_names") or {}

    def alternation(key: str) -> str:
        forms = [
            rf"[^\W\d_]*{re.escape(w[1:])}" if w.startswith("*") else re.escape(w)
            for w in words.get(key, [])
        ]
        return "|".join(forms)

    before, after = alternation("before"), alternation("after")
    joined = "|".join(re.escape(w) for w in words.get("joiners", [])) or "(?!)"
    return (
        # the name's article or preposition between ("rue du", "Straße des", "calle del")
        re.compile(rf"(?<![^\W\d_])(?:{before})(?:\s+(?:{joined}))?\s+$", re.I) if before else None,
        # between the date and the word, only the name's own capitalised words
        re.compile(rf"\s+(?:{_CAPITAL}[^\W\d_]*\s+){{0,2}}(?i:{after})(?![^\W\d_])")
        if after
        else None,
    )


def _to_the_day(d: DateMatch) -> bool:
    return d.first is not None and d.first.day is not None and d.first.month is not None


def _in_names(text: str, lang: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, the days and months that are part of a name making no claim: "the 15 July
    Martyrs Bridge" names a bridge, not a day of the story. Their figures stay no counts."""
    before, after = _name_words(lang)
    if before is None and after is None:
        return found
    out = []
    for d in found:
        written = any(c.isdigit() for c in text[d.start : d.end])
        if d.form == "date" and d.claim and "date" in d.claim and written and _to_the_day(d):
            lead = text[max(0, d.start - 30) : d.start]
            if (before is not None and before.search(lead)) or (
                after is not None and after.match(text, d.end)
            ):
                d = replace(d, claim=None)
        out.append(d)
    return out


# what stands between a weekday and the date it names ("Sunday, ", "Sonntag, den ")
_WEEKDAY_GAP = re.compile(r"[\s,]*(?:[^\W\d_]{1,3}\s+)?")
_LEAD = 40  # characters before a weekday where the words of a bound may stand


def _through_weekdays(
    text: str, lang: str, published: date | None, found: list[DateMatch]
) -> list[DateMatch]:
    """``found`` with the bounds a weekday stood in the way of: "until Sunday, March 22",
    "fino a domenica 22 marzo", "bis Sonntag, 22. März" end a span on that day, as "until
    March 22" does; the date alone would be a day of its own. The words around are read
    again with the weekday (and what joins it to the date) blanked, so each language's own
    bounds apply."""
    dated = [d for d in found if d.form == "date"]
    if not dated:
        return found
    out = list(found)
    for w in find_weekdays(text, lang):
        day = next((d for d in dated if _WEEKDAY_GAP.fullmatch(text, w.end, d.start)), None)
        if day is None or day.start - w.end > 8:
            continue
        lo = max(0, w.start - _LEAD)
        window = text[lo : w.start] + " " * (day.start - w.start) + text[day.start : day.end]
        bound = next(
            (
                p
                for p in _find(window, lang, published)
                if p.form != "date" and p.start + lo < w.start and p.end + lo >= day.end
            ),
            None,
        )
        if bound is not None and day in out:
            out.remove(day)
            out.append(replace(bound, start=bound.start + lo, end=bound.end + lo))
    return sorted(out, key=lambda d: (d.start, d.end))


# how far after publication a day and month with no year may fall in its year, and how far
# before: "28 December" in a report of 3 January is last December's, "5 January" in one of
# 20 December next January's; in between, the year of publication
_AHEAD, _BEHIND = 183, 300


def _year_of(month: int, day: int, published: date) -> When:
    """The day ``day`` of ``month`` in the year publication's reading puts it in."""
    when = When(published.year, month, day)
    if not when.valid():
        return when
    days = (when.first() - published).days
    if days > _AHEAD:
        return When(published.year - 1, month, day)
    if days < -_BEHIND:
        return When(published.year + 1, month, day)
    return when


def _find(text: str, lang: str, published: date | None) -> list[DateMatch]:
    g = grammar(lang)
    scan = Scan(narrow(text), g)
    scan_periods(scan, g, published)
    scan_holidays(scan, g)
    scan_weekdays_of_month(scan, g, published)
    scan_year_parts(scan, g, published)
    scan_absolute(scan, g, lang)
    scan_weekday_days(scan, g, published)
    scan_relative(scan, g, published)
    scan_counted(scan, g, published)
    scan_today(scan, g, published)
    scan_years(scan, g)
    scan_days(scan, g, "day_words")
    scan_bare(scan, g, lang)
    scan_days(scan, g)
    apply_offsets(scan, g)
    apply_modifiers(scan, g, published)
    periods = apply_ranges(scan, g, published)
    apply_lists(scan, g)
    out = list(periods)
    for m in scan.found:
        window = max(0, m.start - 8)
        if g.other_calendar is not None and g.other_calendar.search(scan.text, window, m.start):
            continue  # 农历十月初一: a date of another calendar is no date of this one
        if m.bare and g.after_year is not None and g.after_year.search(scan.text, window, m.start):
            continue  # "康熙20年9月": the month of a year written in a way not read
        if not m.bare:
            out.append(m)
        elif m.pattern.startswith(RANGE_PART):
            continue  # "1.5." is a date only as a part of a range that gives its year
        elif published and _day(m):
            out.append(day_of_month(m, published))
        elif published and month_alone(m, scan.text, g):
            out.append(this_month(m, scan.text, published))
        elif m.first and m.first.day and (end := _month_then_count(m, scan.text, lang)):
            if published is not None:  # the month stays a month: "In May" of "In May 12 people"
                out.append(this_month(replace(m, end=end), scan.text, published))
        elif m.first and m.first.month and m.first.day and published:
            when = _year_of(m.first.month, m.first.day, published)
            if when.valid():
                out.append(
                    replace(
                        m,
                        first=when,
                        last=when,
                        bare=False,
                        claim={"date": when.iso()},
                        pattern="day-month",
                    )
                )
        elif published is None and m.first and m.first.day and (m.first.month or _day(m)):
            out.append(m)  # a date with no year to read it in: still no count, left bare
    out.sort(key=lambda d: (d.start, d.end))
    return out
