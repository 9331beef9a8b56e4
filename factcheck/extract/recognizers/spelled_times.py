"""Clock times whose hour is a word: "half past nine", "halb zehn", "neun Uhr", "à neuf heures
et demie", "a las nueve y cuarto", "om half tien".

A language's ``times.yaml`` gives ``hours`` (the words for the hours of the clock),
``before_hour`` and ``after_hour`` (phrases before or after the hour word, with the minutes
they add to it: "half past" 30, "halb" -30, "et quart" 15, "moins le quart" -15) and
``spelled_formats``: templates in which {H} stands for an hour word, {LEAD} for a phrase
before it, {PART} for one after it and {AP} for a morning or afternoon mark, a space for any
white space. What stands before a template's first slot is context: it must be there, and
is no part of the time. Templates ask for what makes the words a time ("Uhr", "heures", a
half, a mark of the day): "a las dos" may name two of something ("a las dos partes").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from factcheck.extract.recognizers.around import spaced_loosely
from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.extract.recognizers.words import phrases
from factcheck.extract.scan import finditer
from factcheck.lang.lexicon import load

_SLOT = re.compile(r"\{(\w+)\}")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class SpelledTimes:
    """A language's templates of times whose hour is a word, with the words' values."""

    # (index, pattern, its slots in order: the time starts at the first one read)
    templates: tuple[tuple[int, re.Pattern[str], tuple[str, ...]], ...]
    hours: dict[str, int]  # lowered hour word -> hour
    offsets: dict[str, int]  # lowered phrase before or after the hour -> minutes it adds


def _key(phrase: str) -> str:
    return _SPACES.sub(" ", phrase.strip().lower())


@cache
def spelled_grammar(lang: str, marks: str) -> SpelledTimes | None:
    """The spelled-hour templates of ``lang`` (None when it has none); ``marks``: the regex
    of its morning and afternoon marks, for {AP}."""
    data = load(lang).section("times")
    hours = {_key(str(k)): int(v) for k, v in (data.get("hours") or {}).items()}
    formats = [str(f) for f in data.get("spelled_formats") or []]
    if not hours or not formats:
        return None
    before = {_key(str(k)): int(v) for k, v in (data.get("before_hour") or {}).items()}
    after = {_key(str(k)): int(v) for k, v in (data.get("after_hour") or {}).items()}
    slots = {"H": phrases(hours), "LEAD": phrases(before), "PART": phrases(after), "AP": marks}
    e = edges(lang)
    templates = []
    for index, source in enumerate(formats):
        body, names = _body(source, slots)
        pattern = re.compile(rf"(?<!{e.start(ALNUM)})(?:{body})(?!{e.free(ALNUM)})", re.IGNORECASE)
        templates.append((index, pattern, names))
    return SpelledTimes(tuple(templates), hours, {**before, **after})


def _body(source: str, slots: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    """A template as a regex, each slot a group, and the groups' names in order (a slot used
    again is a group of its own: "AP", then "AP1", ...)."""
    names: list[str] = []

    def group(slot: re.Match[str]) -> str:
        used = sum(name.rstrip("0123456789") == slot[1] for name in names)
        names.append(f"{slot[1]}{used or ''}")
        return f"(?P<{names[-1]}>{slots[slot[1]]})"

    body = _SLOT.sub(group, spaced_loosely(source))
    assert names, f"a spelled time template needs a slot: {source}"
    return body, tuple(names)


def spelled_times(
    text: str, g: SpelledTimes, am: re.Pattern[str]
) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, clock, template index) of each spelled-hour time in ``text``, in template
    order; ``am`` tells a morning mark from an afternoon one."""
    for index, pattern, names in g.templates:
        for m in finditer(pattern, text):
            clock = _clock(m, g, am)
            if clock is not None:
                start = next(m.start(name) for name in names if m.start(name) >= 0)
                yield start, m.end(), clock, index


def _clock(m: re.Match[str], g: SpelledTimes, am: re.Pattern[str]) -> str | None:
    """The time a match states ("09", "09:30"): the hour word moved by the phrase beside it."""
    said = {name.rstrip("0123456789"): text for name, text in m.groupdict().items() if text}
    hour = g.hours.get(_key(said["H"]))
    if hour is None:
        return None
    offset = said.get("LEAD") or said.get("PART")
    minutes = g.offsets.get(_key(offset), 0) if offset else 0
    if minutes < 0:  # "halb zehn", "quarter to ten": before the hour named
        hour, minutes = (hour - 2) % 12 + 1, 60 + minutes
    mark = said.get("AP")
    if mark:
        hour = hour % 12 + (0 if am.match(mark.strip()) else 12)
    return f"{hour:02d}:{minutes:02d}" if minutes else f"{hour:02d}"
