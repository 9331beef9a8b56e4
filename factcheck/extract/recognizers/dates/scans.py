"""Date atoms in raw text: absolute and bare dates, years, days, quarters, decades, centuries."""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.extract.recognizers.dates.atoms import (
    RANGE_PART,
    DateMatch,
    Scan,
    absolute,
    dated,
    month_of,
    parse_int,
    roman_value,
    spanned,
    year_of,
)
from factcheck.extract.recognizers.dates.grammar import Grammar
from factcheck.extract.recognizers.dates.templates import Compiled
from factcheck.extract.recognizers.dates.when import When, of_date
from factcheck.extract.scan import finditer

__all__ = ["DateMatch", "Scan"]


def scan_absolute(scan: Scan, g: Grammar, lang: str) -> None:
    """Dates that name their year: digit shapes, the lexicon's formats, then CLDR's."""
    for family, name in (("numeric", "numeric"), ("atoms", "format"), ("cldr", "cldr")):
        compiled: Compiled = getattr(g, family)
        for m in scan.finditer(g, family):
            if not scan.free(m.start(), m.end()):
                continue
            if family != "atoms" and _in_identifier(scan.text, m.start(), m.end()):
                continue
            if family == "numeric" and _after_month_name(scan.text, m.start(), lang):
                continue  # "March 3-5, 2024": days of the month named, not "3-5" as 3 May
            index, parts = compiled.groups(m)
            year = parts.get("Y")
            closed = year is not None and g.year_closed.match(scan.text, year[2]) is not None
            when = absolute(parts, g, lang, closed=closed)
            if when is not None:
                scan.add(dated(m.start(), _month_end(m.end(), parts), f"{name}:{index}", when))


# a run of digits and one mark before a date in the same word: the date is the tail of a
# code ("ref 771-12-05-2018"); a file name or a range end keeps its date ("report-2019-03-04.pdf",
# "1/1/2018-2/2/2018")
_CODE_HEAD = re.compile(r"\d+[-./]")
_SPACES = re.compile(r"\s+")


def _in_identifier(text: str, start: int, end: int) -> bool:
    """True when a date written with digits is the tail of a longer code of digits."""
    head = start
    while head > 0 and start - head < 16 and not text[head - 1].isspace():
        head -= 1
    return _CODE_HEAD.fullmatch(text, head, start) is not None


# the word right before a position, and the space after it
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def _after_month_name(text: str, start: int, lang: str) -> bool:
    """True when a month's name stands right before ``start``: the figures after it are
    its days, not a date of their own."""
    found = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return found is not None and month_of(found.group(1), lang) is not None


def _month_end(end: int, parts: dict[str, tuple[str, int, int]]) -> int:
    """Where a date ending on a month name ends: a full stop after a whole name ("in 2014,
    November.") ends the sentence, not the name; after an abbreviation it is the name's."""
    month = parts.get("M")
    if month and month[2] == end and month[0].endswith(".") and len(month[0]) > 5:
        return end - 1
    return end


# the most years a span written with two figures at its end covers ("the 2021-27 budget")
_SHORT_SPAN = 10
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def _short_end(first: int, figures: str) -> int | None:
    """The last year of a span from ``first`` whose end is written by its last two figures
    ("2023/24", "1999-00"), or None when they name no year a few years later. Two figures that
    can be a month name one only as the next year ("2010-11" but not "2016-11")."""
    last = first - first % 100 + int(figures)
    if last <= first:
        last += 100
    if int(figures) <= 12 and last != first + 1:
        return None
    return last if last - first <= _SHORT_SPAN else None


def _month_follows(text: str, end: int, lang: str) -> bool:
    """True when a month's name follows ``end``: the figures before it are its day."""
    found = _WORD_AFTER.match(text, end)
    return found is not None and month_of(found.group(1), lang) is not None


# the end of the pattern of a quarter or a half no year is written with ("the third
# quarter"): the year is the publication's, a period of figures but no date of its own
YEARLESS = ":yearless"
# the parts of a template that name a year, in digits, words or relative to publication
_YEAR_PARTS = ("Y", "YW", "Y2", "YL", "REL", "ERA", "YWP", "YY")


def yearless(pattern: str) -> bool:
    """True for the pattern of a quarter or a half no year is written with."""
    return pattern.endswith(YEARLESS)


def _yearless(parts: dict[str, tuple[str, int, int]]) -> bool:
    """True for a quarter or a half its words give no year ("the third quarter")."""
    return not any(key in parts for key in _YEAR_PARTS)


def scan_periods(scan: Scan, g: Grammar, published: date | None = None) -> None:
    """Spans named by one expression: runs of years, quarters, halves, decades, centuries."""
    for m in scan.finditer(g, "year_ranges"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.year_ranges.groups(m)
        first = int(parts["Y"][0])
        if first < 1800:
            continue  # "1500-1900 people"
        if "YS" in parts:
            last = _short_end(first, parts["YS"][0])
            if last is None or _month_follows(scan.text, m.end(), g.lang):
                continue  # "2016/11": a month; "18 nov 2014-19 dec 2015": a day
        else:
            last = int(parts["YE"][0])
        if first < last:
            scan.add(
                DateMatch(
                    m.start(), m.end(), f"year-range:{index}", When(first), When(last), "range"
                )
            )
    for m in scan.finditer(g, "quarters"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.quarters.groups(m)
        found = year_of(parts, g, published)
        if found is None:
            continue
        year = found
        size = 3 if "Q" in parts or "QW" in parts else 6
        number = next(parts[k][0] for k in ("Q", "QW", "H", "HW") if k in parts)
        n = g.halves.get(number) or parse_int(number, g)
        if n is None or not 1 <= n <= 12 // size:
            continue
        pattern = f"quarter:{index}"
        if _yearless(parts):
            pattern += YEARLESS
            if published is not None and (n - 1) * size + 1 > published.month:
                year -= 1  # "the fourth quarter" in a February report: the last year's
        begin = When(year, (n - 1) * size + 1)
        scan.add(spanned(m.start(), m.end(), pattern, begin, When(year, n * size)))
    for m in scan.finditer(g, "decades"):
        if not scan.free(m.start(), m.end()):
            continue
        decade = year_of(g.decades.groups(m)[1], g, published)
        if decade is not None and decade % 10 == 0:
            scan.add(spanned(m.start(), m.end(), "decade", When(decade), When(decade + 9)))
    for m in scan.finditer(g, "centuries"):
        if not scan.free(m.start(), m.end()):
            continue
        parts = g.centuries.groups(m)[1]
        century: int | None
        final: int | None
        if "CH" in parts:  # "1800-tallet": the century whose first year has these hundreds
            century = final = int(parts["CH"][0]) + 1
        else:
            said, closing = parts["C"][0], parts.get("CE", parts["C"])[0]
            century = roman_value(said) or parse_int(said, g)
            final = roman_value(closing) or parse_int(closing, g)
        # two centuries named together span from the first to the last
        if century is not None and final is not None and 1 <= century <= final <= 21:
            begin, end = When((century - 1) * 100 or 1), When(final * 100 - 1)
            scan.add(spanned(m.start(), m.end(), "century", begin, end))


def scan_bare(scan: Scan, g: Grammar, lang: str) -> None:
    """Months and days with no year ("4 March"), kept bare for ranges or publication."""
    for m in scan.finditer(g, "bare"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.bare.groups(m)
        month = month_of(parts["M"][0], lang) if "M" in parts else None
        day = parse_int(parts["D"][0], g) if "D" in parts else None
        if "DD" in parts:
            day = int(parts["DD"][0])
        if "MM" in parts:
            month = int(parts["MM"][0])
        # a day and month in figures, or a day marked so ({RO}): read only inside a range
        name = RANGE_PART if "MM" in parts or "RO" in parts else "bare"
        scan.add(
            DateMatch(
                m.start(),
                m.end(),
                f"{name}:{index}",
                When(0, month, day),
                When(0, month, day),
                "date",
                None,
                bare=True,
            )
        )


def scan_days(scan: Scan, g: Grammar, family: str = "days") -> None:
    """Days of the month named alone ("19日", or after the word for day in the family
    ``day_words``): bare, for a range to complete or publication."""
    compiled: Compiled = getattr(g, family)
    name = "day:" if family == "days" else "day:word-"
    for m in scan.finditer(g, family):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = compiled.groups(m)
        day = parse_int(parts["D"][0] if "D" in parts else parts["DD"][0], g)
        if day is None or not 1 <= day <= 31:
            continue
        when = When(0, None, day)
        scan.add(DateMatch(m.start(), m.end(), f"{name}{index}", when, when, "date", None, True))


def scan_years(scan: Scan, g: Grammar) -> None:
    """Four-digit years where the words around them say they are years."""
    text = scan.text
    for m in finditer(g.year, text):
        if not scan.free(m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 20) : m.start()]
        after = text[m.end() : m.end() + 2]
        in_context = g.year_context.search(before) is not None
        # where words are not spaced, a space ends the figure: only a word touching it follows
        follow = r"\s*[^\W\d_]" if g.spaced else r"[^\W\d_]"
        word_follows = re.match(follow, after) is not None and not after.startswith("'")
        if in_context or not word_follows or g.year_after.match(text, m.end()):
            scan.add(dated(m.start(), m.end(), "year", When(int(m.group()))))


def scan_today(scan: Scan, g: Grammar, published: date | None) -> None:
    """The words that name the day of publication ("today") or a day before it
    ("yesterday", "avant-hier")."""
    for m in finditer(g.today, scan.text):
        if scan.free(m.start(), m.end()):
            days = g.days_ago.get(_SPACES.sub(" ", m.group().lower()), 0)
            when = of_date(published - timedelta(days=days)) if published else None
            claim = {"ago": f"P{days}D"}
            scan.add(DateMatch(m.start(), m.end(), "today", when, when, "date", claim))
