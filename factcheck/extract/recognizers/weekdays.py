"""Days named by their weekday: "on Tuesday", "mardi", "am Samstagvormittag", "Salı günü".

Weekday names come from CLDR (babel, wide format names). A name counts when written in
CLDR's case (a capital where CLDR has one; a capital at a sentence start is allowed too)
or when one of the language's ``dates.yaml`` ``weekday_parts`` follows it: glued parts of
the day ("Samstagvormittag") or words such as Turkish "günü". Plurals and other longer
words ("Sundays", "samstags") are not weekdays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel.dates import get_day_names

from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.extract.recognizers.words import trie
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
    names: dict[str, tuple[str, str]]  # lowered name -> (CLDR spelling, english day)


@cache
def grammar(lang: str) -> _Grammar:
    """The compiled weekday pattern of ``lang``."""
    lex = load(lang)
    names: dict[str, tuple[str, str]] = {}
    for locale in cldr_locales(lang):
        for context in ("format", "stand-alone"):
            for number, name in get_day_names("wide", context, locale=locale).items():
                names.setdefault(name.lower(), (name, ENGLISH[number]))
    parts = lex.section("dates").get("weekday_parts", [])
    part = "|".join(f"(?:{p})" for p in parts)
    tail = f"(?P<part>{part})?" if part else "(?P<part>(?!))?"
    e = edges(lang)
    body = rf"(?P<name>{trie(names)}){tail}"
    pattern = re.compile(rf"(?<!{e.start(ALNUM)}){body}(?!{e.free(ALNUM)})", re.IGNORECASE)
    return _Grammar(pattern, names)


def _cased(text: str, start: int, written: str, cldr: str) -> bool:
    """True when the name is written as CLDR writes it, or capitalized to open a sentence."""
    if written[0] == cldr[0]:
        return True
    window = max(0, start - 6)
    head = text[window:start].rstrip()
    opens = (not head and window == 0) or (head[-1:] in _OPENERS and head != "")
    return written[0].isupper() and opens


def find_weekdays(text: str, lang: str) -> list[WeekdayMatch]:
    """Every weekday named in ``text``, in text order."""
    g = grammar(lang)
    found = []
    for m in finditer(g.pattern, text):
        written = m["name"]
        cldr, day = g.names[written.lower()]
        if m["part"] is None and not _cased(text, m.start(), written, cldr):
            continue
        found.append(WeekdayMatch(m.start(), m.end(), day))
    return found
