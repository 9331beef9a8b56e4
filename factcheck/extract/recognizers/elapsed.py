"""A time taken, written like a clock: "won in 2:09:41", "2.22.18", "2:09.41" — two hours,
nine minutes and 41 seconds of a race, a duration, never the clock time 02:09:41.

A clock time given to the second is written with two figures of the hour ("02:41:13"), ends
on the full minute ("9:30:00"), or the language's words of the clock stand around it ("um
9:30:15 Uhr", "at 9:30:15 a.m.", "kl. 9.30.15", a zone): the time templates of the language
tell so. A time taken has one figure of the hour and its seconds, and nothing of the clock.
Both separators news use, the colon and the point, are read; three figures parted by points
only that may be a day, a month and a year of this century's first decades ("1.12.24") are
left to be a date.
"""

from __future__ import annotations

import re

from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.time_grammar import TimeGrammar, grammar

# how far before a figure the words of a clock may start
_CONTEXT = 40

_ELAPSED = re.compile(
    r"(?<![\d.,:])(?P<h>[1-9])[:.](?P<m>[0-5]\d)[:.](?P<s>[0-5]\d)(?![\d]|[.,:]\d)"
)
# a clock time given to the second ends on the full minute; a time taken rarely does
_FULL_MINUTE = "00"
# the last two figures of the years a short date may have ("1.12.24")
_SHORT_YEARS = range(0, 41)


def _date_like(m: re.Match[str]) -> bool:
    """True for "d.mm.yy" figures that may be a date: a month and a year of this century."""
    return "." == m.group()[1] == m.group()[4] and int(m["m"]) <= 12 and int(m["s"]) in _SHORT_YEARS


def _on_the_clock(text: str, m: re.Match[str], g: TimeGrammar) -> bool:
    """True where the language's words of the clock stand around the figures: a clock
    template's words before them, or a template or a zone that reads on past them."""
    start, end = m.start(), m.end()
    if g.zone_after.match(text, end) is not None:
        return True
    for _, template in g.digit_led:
        if template.context is not None:
            if template.context.search(text, max(0, start - _CONTEXT), start) is not None:
                return True
        elif (body := template.body.match(text, start)) is not None and body.end() > end:
            return True
    return False


def find_elapsed(text: str, lang: str, taken: bytearray) -> list[Mention]:
    """The times taken in ``text`` outside the characters ``taken`` marks, each a duration
    in seconds."""
    out = []
    for m in _ELAPSED.finditer(text):
        if m["s"] == _FULL_MINUTE or _date_like(m) or taken.find(1, m.start(), m.end()) >= 0:
            continue
        if _on_the_clock(text, m, grammar(lang)):
            continue
        seconds = int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"])
        value = {"kind": "duration", "value": str(seconds), "unit": "second"}
        out.append(Mention("duration", m.start(), m.end(), m.group(), "elapsed", value))
    return out
