"""Days named by their weekday: "on Tuesday", "mardi", "am Samstagvormittag", "Salı günü",
"zondagochtend", "星期五", "14日(金)".

Weekday names come from CLDR (babel, wide format names). A name counts when written in
CLDR's case (a capital where CLDR has one; a capital at a sentence start is allowed too)
or when one of the parts of the day follows it: the language's ``dates.yaml``
``weekday_parts`` and ``weekdays.yaml`` ``parts`` (glued ones such as "Samstagvormittag",
"zondagavond", or words such as Turkish "günü"). Plurals and other longer words ("Sundays",
"samstags") are not weekdays.

A language's ``weekdays.yaml`` adds what CLDR lacks:

- ``names``: other names of the days (Chinese 星期天, 礼拜五);
- ``short``: names that are also other words (Portuguese "terça", "sexta" are ordinals too),
  read only where one of ``short_after`` stands before them and one of ``short_before``
  (or a mark) follows them;
- ``abbreviated``: where CLDR's abbreviated names are read: ``alone`` (周五 is a weekday
  anywhere) or ``bracketed`` (金, 금 only in brackets, as after a date: "14日(金)").

In a language that writes no spaces between words a figure may touch the name ("星期五12:50").

A weekday named from publication ("last Friday", "vendredi dernier", "geçen cuma", "上周五")
is the day it names counted from the article's date: ``weekdays.yaml`` ``relative`` lists,
for each way of counting, the words ``before`` and ``after`` the name that say it (``last``:
the last such day before publication; ``next``: the first after it; ``last_week`` and
``next_week``: that day of the week before or after publication's). A name with such words
before it is read in any case ("geçen cuma"); ``not_relative_after`` lists what makes the
words an ordinal in a month instead ("the last Friday of the month").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Literal

from factcheck.cache.tables import kept_from_cldr
from factcheck.extract.recognizers.edges import ALNUM, LETTER, edges
from factcheck.extract.recognizers.words import phrases, trie
from factcheck.extract.scan import finditer
from factcheck.lang import cldr_locales
from factcheck.lang.lexicon import load

# CLDR numbers the days from Monday = 0
ENGLISH = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_OPENERS = '.!?:;»"“”(\n'


@dataclass(frozen=True)
class WeekdayMatch:
    """A weekday named in text: span and the day's English name as claims write it."""

    start: int
    end: int
    weekday: str


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern[str]
    names: dict[str, tuple[str, str]]  # lowered name -> (spelling that needs no context, day)


def _cldr_names(lang: str, width: Literal["wide", "abbreviated"]) -> dict[str, tuple[str, str]]:
    """CLDR's weekday names of ``lang``, lower case -> (spelling, English day). Kept in the
    cache folder: reading them loads the language's whole CLDR data."""
    names = kept_from_cldr(f"weekday-{width}", lang, __file__, lambda: _read_cldr(lang, width))
    return {name: (spelling, day) for name, (spelling, day) in names.items()}


def _read_cldr(lang: str, width: Literal["wide", "abbreviated"]) -> dict[str, tuple[str, str]]:
    from babel.dates import get_day_names

    names: dict[str, tuple[str, str]] = {}
    for locale in cldr_locales(lang):
        for context in ("format", "stand-alone"):
            for number, name in get_day_names(width, context, locale=locale).items():
                names.setdefault(name.lower(), (name, ENGLISH[number]))
    return names


def _listed(data: dict[str, str] | None) -> dict[str, tuple[str, str]]:
    return {str(k).lower(): (str(k), str(v)) for k, v in (data or {}).items()}


@cache
def grammar(lang: str) -> _Grammar:
    """The compiled weekday pattern of ``lang``."""
    lex = load(lang)
    data = lex.section("weekdays")
    names = _cldr_names(lang, "wide")
    names.update(_listed(data.get("names")))
    parts = [*lex.section("dates").get("weekday_parts", []), *data.get("parts", [])]
    part = "|".join(f"(?:{p})" for p in parts)
    tail = f"(?P<part>{part})?" if part else "(?P<part>(?!))?"
    e = edges(lang)
    # where words touch, a figure may too ("星期五12:50"); elsewhere the name ends a word
    close = f"(?!{e.free(LETTER)})" if e.glue else f"(?!{e.free(ALNUM)})"
    body = rf"(?P<name>{trie(names)}){tail}"
    forms = [rf"(?<!{e.start(ALNUM)}){body}{close}"]
    short = _listed(data.get("short"))
    if short:
        after = phrases(data.get("short_after") or ["(?!)"])
        before = phrases(data.get("short_before") or ["(?!)"])
        forms.append(
            rf"(?<!{e.start(ALNUM)}){after}\s+(?P<short>{trie(short)})"
            rf"(?=\s*(?:[,.;:!?)(]|$)|\s+{before}(?!{e.free(ALNUM)}))"
        )
        names.update(short)
    abbreviated = data.get("abbreviated")
    if abbreviated:
        brief = _cldr_names(lang, "abbreviated")
        names.update({k: v for k, v in brief.items() if k not in names})
        if abbreviated == "alone":
            forms.append(rf"(?<!{e.start(ALNUM)})(?P<brief>{trie(brief)}){close}")
        else:
            forms.append(rf"(?P<brief>\(\s*(?P<inner>{trie(brief)})\s*\))")
    pattern = re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE | re.MULTILINE)
    return _Grammar(pattern, names)


def _cased(text: str, start: int, written: str, cldr: str) -> bool:
    """True when the name is written as CLDR writes it, or capitalized to open a sentence."""
    if written[0] == cldr[0]:
        return True
    window = max(0, start - 6)
    raw = text[window:start]
    head = raw.rstrip()
    # a line break opens a sentence too: a paragraph after a title with no full stop
    opens = (not head and window == 0) or (head[-1:] in _OPENERS and head != "")
    opens = opens or "\n" in raw[len(head) :]
    return written[0].isupper() and opens


@dataclass(frozen=True)
class _Relative:
    before: re.Pattern[str] | None  # the words before the name, ending at it
    after: re.Pattern[str] | None  # the words after the name, starting at its end
    not_after: re.Pattern[str] | None  # what after those makes them an ordinal in a month


_WAYS = ("last", "next", "last_week", "next_week")
# how far before a name its words may start
_LEAD = 32


@cache
def _relative(lang: str) -> _Relative:
    """The compiled words that name a weekday from publication in ``lang``."""
    section = load(lang).section("weekdays")
    data = section.get("relative") or {}
    e = edges(lang)
    lead, tail = [], []
    for way in _WAYS:
        words = data.get(way) or {}
        if words.get("before"):
            lead.append(f"(?P<{way}>{phrases(words['before'])})")
        if words.get("after"):
            tail.append(f"(?P<{way}>{phrases(words['after'])})")
    flags = re.IGNORECASE
    before = after = not_after = None
    if lead:
        before = re.compile(rf"(?<!{e.start(ALNUM)})(?:{'|'.join(lead)})\s*\Z", flags)
    if tail:
        after = re.compile(rf"\s*(?:{'|'.join(tail)})(?!{e.free(ALNUM)})", flags)
    if section.get("not_relative_after"):
        words = phrases(section["not_relative_after"])
        not_after = re.compile(rf"\s*{words}(?!{e.free(ALNUM)})", flags)
    return _Relative(before, after, not_after)


def _led(text: str, start: int, lang: str) -> bool:
    """True when words that name a weekday from publication stand right before ``start``."""
    before = _relative(lang).before
    return before is not None and before.search(text, max(0, start - _LEAD), start) is not None


def _counted(way: str, weekday: str, published: date) -> date:
    """The day ``weekday`` counted from ``published`` the way ``way`` says."""
    day = ENGLISH.index(weekday)
    if way == "last":
        return published - timedelta(days=(published.weekday() - day - 1) % 7 + 1)
    if way == "next":
        return published + timedelta(days=(day - published.weekday() - 1) % 7 + 1)
    monday = published - timedelta(days=published.weekday())
    return monday + timedelta(days=day + (7 if way == "next_week" else -7))


def relative_weekday(
    text: str, lang: str, w: WeekdayMatch, published: date
) -> tuple[int, int, date] | None:
    """The span and the day of a weekday named from publication ("last Friday", "viernes
    pasado", "上周五"): the words that count it and the name; None for a weekday named alone."""
    g = _relative(lang)
    window = max(0, w.start - _LEAD)
    lead = g.before.search(text, window, w.start) if g.before is not None else None
    tail = g.after.match(text, w.end) if g.after is not None else None
    end = tail.end() if tail is not None else w.end
    if lead is None and tail is None:
        return None
    if g.not_after is not None and g.not_after.match(text, end):
        return None  # "the last Friday of the month": an ordinal, not a count from today
    found = lead if lead is not None else tail
    assert found is not None
    way = next(k for k in _WAYS if found.groupdict().get(k) is not None)
    start = lead.start() if lead is not None else w.start
    return start, end, _counted(way, w.weekday, published)


def find_weekdays(text: str, lang: str) -> list[WeekdayMatch]:
    """Every weekday named in ``text``, in text order."""
    g = grammar(lang)
    found = []
    for m in finditer(g.pattern, text):
        groups = m.groupdict()
        if m["name"] is not None:
            written = m["name"]
            cldr, day = g.names[written.lower()]
            cased = _cased(text, m.start(), written, cldr)
            if m["part"] is None and not cased and not _led(text, m.start(), lang):
                continue
        else:
            written = groups.get("inner") or groups.get("brief") or groups["short"]
            day = g.names[written.lower()][1]
        start = m.start("short") if groups.get("short") is not None else m.start()
        found.append(WeekdayMatch(start, m.end(), day))
    return found
