"""A range of ages: "âgés de 18 à 25 ans", "tra i 18 e i 25 anni", "jóvenes de entre 18 y 25
años", "com idades entre 18 e 25 anos", "im Alter von 18 bis 25 Jahren", "aged between 18 and
25" — an age, never a duration of 18 to 25 years nor a count.

A range of years is an age where the words of one of the language's ages frame it: the
words before the figure of an age template (``numbers.yaml`` ``ages`` ``templates``: "âgés
de {N} ans") end where the range or its first figure starts, and the words after it, if the
template has any, follow the second figure; or where one of the language's ``ages``
``range_before`` (words that make a range of years an age with no figure of their own:
"tra i", "entre los", "com idades entre") ends there. A range of figures that count nothing
is an age only by words before it ("aged between 18 and 25").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from factcheck.extract.recognizers.around import spaced, words_after, words_before
from factcheck.extract.recognizers.edges import edges
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.scan import search_ending
from factcheck.lang.lexicon import load

# how far before a range the words of an age may start
_WINDOW = 60


@dataclass(frozen=True)
class _Frame:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


@cache
def _frames(lang: str) -> tuple[str, tuple[_Frame, ...]]:
    """The unit of ``lang``'s ages and what frames a range of years as one."""
    ages = load(lang).section("numbers").get("ages") or {}
    spaced_words = not edges(lang).glue
    frames = []
    for source in ages.get("templates", []):
        head, _, tail = str(source).partition("{N}")
        frames.append(_Frame(words_before(head, spaced_words), words_after(tail, spaced_words)))
    for source in ages.get("range_before", []):
        frames.append(_Frame(re.compile(rf"(?<![^\W_])(?:{spaced(str(source))})\s+$", re.I), None))
    return str(ages.get("unit", "")), tuple(frames)


def _after_figure(text: str, after: re.Pattern[str], second: tuple[int, int]) -> bool:
    """Whether ``after`` follows the figure of the range's second part (the part spans its
    unit too: "25 ans" holds the "ans" of "{N} ans")."""
    for at in range(second[0] + 1, second[1] + 1):
        figure_end = text[at - 1].isdigit() or not text[at - 1].isalnum()
        if figure_end and after.match(text, at) is not None:
            return True
    return False


def _framed(text: str, frame: _Frame, m: Mention) -> bool:
    first, second = m.extra["first"], m.extra["second"]
    if frame.before is None:
        # words after the figure alone ("18-25 yaş arası", "18-25-year-olds") make an age of
        # a range that names no unit of its own
        after = frame.after
        return after is not None and m.kind == "count" and _after_figure(text, after, second)
    before = frame.before
    opens = any(
        search_ending(before, text, max(0, at - _WINDOW), at) is not None
        for at in {m.start, first[0]}
    )
    return opens and (frame.after is None or _after_figure(text, frame.after, second))


def _of_years(m: Mention) -> bool:
    """A range of years, or of figures that count nothing ("aged between 18 and 25")."""
    if m.kind == "duration":
        return m.value.get("unit") == "year"
    return m.kind == "count" and "unit" not in m.value


def ages_of_ranges(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each range of years an age's words frame read as a range of ages."""
    unit, frames = _frames(lang)
    if not frames:
        return mentions
    out = []
    for m in mentions:
        if (
            _of_years(m)
            and "min" in m.value
            and "first" in m.extra
            and any(_framed(text, f, m) for f in frames)
        ):
            value = {"kind": "count", "min": m.value["min"], "max": m.value["max"], "unit": unit}
            noun = {"noun": unit, "noun_span": (m.start, m.end)}
            m = replace(m, kind="count", pattern="age", value=value, extra={**m.extra, **noun})
        out.append(m)
    return out
