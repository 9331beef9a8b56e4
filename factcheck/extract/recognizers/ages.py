"""A person's age: "a 30-year-old man", "aged 30", "Jean Dupont, 30 ans,", "ein 30-jähriger",
"30 yaşındaki" — a count of years, never a duration ("30 ans" of a prison term).

Templates are the language's ``numbers.yaml`` ``ages``: ``templates``, in which {N} stands
for the figure (a space for any white space), and ``unit``, how the count names what it
counts. Chinese, Japanese and Korean write an age with a counter glued to the figure (30歳,
30세, 30岁): ``ages`` ``counters`` lists them.

An age belongs to a person the figure does not name: it is read so that it is never taken
for a duration or a count of things, and drafted for an editor to place, not grouped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.recognizers.around import opening, words_after, words_before
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.numbers import NumberMatch
from factcheck.lang.lexicon import load

# how far before a figure the words of an age may start
_WINDOW = 40


@dataclass(frozen=True)
class _Template:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


@dataclass(frozen=True)
class AgeMatch:
    """An age: the figure, the span of the whole phrase, and the unit the count names."""

    number: NumberMatch
    start: int
    end: int
    unit: str

    def mention(self, text: str) -> Mention:
        """The age as a count of its figure, with the unit of the language's ages."""
        n = self.number
        count = {"kind": "count", "count": format(n.stated, "f"), "unit": self.unit}
        noun = {"noun": self.unit, "noun_span": (self.start, self.end)}
        return Mention("count", n.start, n.end, text[n.start : n.end], "age", count, "exact", noun)


def _template(source: str) -> _Template:
    head, _, tail = source.partition("{N}")
    return _Template(words_before(head), words_after(tail))


@dataclass(frozen=True)
class _Grammar:
    unit: str
    templates: tuple[_Template, ...]
    # every template's words before, and after, in one pattern each: most figures are no
    # age, and one search each way tells so
    any_before: re.Pattern[str] | None
    any_after: re.Pattern[str] | None


def _either(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


@cache
def grammar(lang: str) -> _Grammar:
    """The unit an age of ``lang`` counts in, and its templates."""
    ages = load(lang).section("numbers").get("ages") or {}
    templates = tuple(_template(str(t)) for t in ages.get("templates", []))
    return _Grammar(
        str(ages.get("unit", "")),
        templates,
        _either([t.before for t in templates if t.before is not None]),
        _either([t.after for t in templates if t.after is not None]),
    )


@cache
def age_counters(lang: str) -> frozenset[str]:
    """The counters glued to a figure that make it an age (30歳, 30세, 30岁)."""
    ages = load(lang).section("numbers").get("ages") or {}
    return frozenset(str(c) for c in ages.get("counters", []))


def _phrase(text: str, t: _Template, n: NumberMatch) -> tuple[int, int] | None:
    start, end = n.start, n.end
    if t.before is not None:
        begin = opening(t.before, text, n.start, _WINDOW)
        if begin is None:
            return None
        start = begin
    if t.after is not None:
        after = t.after.match(text, n.end)
        if after is None:
            return None
        end = after.end()
    return start, end


def find_ages(text: str, lang: str, numbers: list[NumberMatch], taken: bytearray) -> list[AgeMatch]:
    """The ages among ``numbers``, outside the characters ``taken`` marks."""
    g = grammar(lang)
    out: list[AgeMatch] = []
    for n in numbers:
        if taken.find(1, n.start, n.end) >= 0 or n.high is not None:
            continue
        before = g.any_before is not None and (
            opening(g.any_before, text, n.start, _WINDOW) is not None
        )
        after = g.any_after is not None and g.any_after.match(text, n.end) is not None
        if not (before or after):
            continue
        for t in g.templates:
            if (t.before is not None and not before) or (t.after is not None and not after):
                continue
            span = _phrase(text, t, n)
            if span is not None and taken.find(1, *span) < 0:
                out.append(AgeMatch(n, span[0], span[1], g.unit))
                break
    return out
