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
from dataclasses import dataclass, replace
from functools import cache

from factcheck.extract.recognizers.around import opening, words_after, words_before
from factcheck.extract.recognizers.edges import edges
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.numbers import NumberMatch
from factcheck.lang.lexicon import load

# how far before a figure the words of an age may start
_WINDOW = 40
# characters at most between two joined figures (", and ", " und ")
_JOIN_GAP = 8


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


def _template(source: str, spaced: bool) -> _Template:
    head, _, tail = source.partition("{N}")
    return _Template(words_before(head, spaced), words_after(tail, spaced))


@dataclass(frozen=True)
class _Grammar:
    unit: str
    templates: tuple[_Template, ...]
    # every template's words before, and after, in one pattern each: most figures are no
    # age, and one search each way tells so
    any_before: re.Pattern[str] | None
    any_after: re.Pattern[str] | None
    # what joins figures that share an age's words ("34 and 41 years old", "aged 34, 41")
    joined: re.Pattern[str]
    # whether some template has words before its figure only ("aged {N}"), and some has words
    # on both sides ("de {N} años"): with neither, a figure no age words follow is no age
    # (nor is one joined to none, with no template of the second kind)
    before_alone: bool
    around: bool


def _either(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


@cache
def grammar(lang: str) -> _Grammar:
    """The unit an age of ``lang`` counts in, and its templates."""
    ages = load(lang).section("numbers").get("ages") or {}
    # where letters glue to words, a particle may touch the words of an age ("(45)が")
    spaced = not edges(lang).glue
    templates = tuple(_template(str(t), spaced) for t in ages.get("templates", []))
    joiners = [str(j) for j in load(lang).section("numbers").get("joiners", []) if j != "-"]
    words = "|".join(re.escape(j) for j in joiners)
    joined = rf"\s*,\s*|\s*,?\s+(?:{words})\s+" if words else r"\s*,\s*"
    return _Grammar(
        str(ages.get("unit", "")),
        templates,
        _either([t.before for t in templates if t.before is not None]),
        _either([t.after for t in templates if t.after is not None]),
        re.compile(joined, re.IGNORECASE),
        any(t.before is not None and t.after is None for t in templates),
        any(t.before is not None and t.after is not None for t in templates),
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
    shared: set[int] = set()  # the figures an age's words are shared with, by position
    for at, n in enumerate(numbers):
        if at in shared:
            continue
        if taken.find(1, n.start, n.end) >= 0 or n.high is not None:
            continue
        after = g.any_after is not None and g.any_after.match(text, n.end) is not None
        near = at + 1 < len(numbers) and numbers[at + 1].start - n.end <= _JOIN_GAP
        if not after and not g.before_alone and not (near and g.around):
            continue  # only words before it and a figure joined to it could make an age
        before = g.any_before is not None and (
            opening(g.any_before, text, n.start, _WINDOW) is not None
        )
        if not (before or after):
            continue
        for t in g.templates:
            if t.before is not None and not before:
                continue
            if t.after is not None and not after:
                # "âgés de 34 et 41 ans": the words after are the last joined figure's
                joined = _joined(text, numbers, at, 1, g, taken) if t.before and near else []
                last = numbers[joined[-1]] if joined else None
                if last is None or t.after.match(text, last.end) is None:
                    continue
                span = _phrase(text, t, replace(n, end=last.end))
                if span is None or taken.find(1, *span) >= 0:
                    continue
                out.append(AgeMatch(n, span[0], span[1], g.unit))
                out += _shared(numbers, joined, span, shared, g)
                break
            span = _phrase(text, t, n)
            if span is not None and taken.find(1, *span) < 0:
                out.append(AgeMatch(n, span[0], span[1], g.unit))
                if t.before is None and t.after is not None:
                    # "34 and 41 years old": the words after are shared by the figures before
                    joined = _joined(text, numbers, at, -1, g, taken)
                    out += _shared(numbers, joined, span, shared, g)
                elif t.after is None and t.before is not None:
                    # "aged 34 and 41": the words before, by the figures after, which end
                    # the phrase ("aged 34 and 41 others" counts others)
                    joined = _joined(text, numbers, at, 1, g, taken)
                    if joined and not _word_follows(text, numbers[joined[-1]].end):
                        out += _shared(numbers, joined, span, shared, g)
                break
    out.sort(key=lambda a: a.start)
    return out


def _shared(
    numbers: list[NumberMatch],
    joined: list[int],
    span: tuple[int, int],
    shared: set[int],
    g: _Grammar,
) -> list[AgeMatch]:
    """The ages of the figures at ``joined``, which share the age words of the phrase at
    ``span``: each age's phrase runs from its figure over those words."""
    shared.update(joined)
    return [
        AgeMatch(m, min(span[0], m.start), max(span[1], m.end), g.unit)
        for m in map(numbers.__getitem__, joined)
    ]


_WORD_AFTER = re.compile(r"\s*[^\W\d_]")


def _word_follows(text: str, end: int) -> bool:
    return _WORD_AFTER.match(text, end) is not None


def _joined(
    text: str, numbers: list[NumberMatch], at: int, step: int, g: _Grammar, taken: bytearray
) -> list[int]:
    """The positions in ``numbers`` of the figures joined to the one at ``at`` in the
    direction ``step`` ("34 and 41", "18, 19 and 21"), each right after the one before."""
    out = []
    here = numbers[at]
    other = at + step
    while 0 <= other < len(numbers):
        m = numbers[other]
        gap = (m.end, here.start) if step < 0 else (here.end, m.start)
        if gap[0] > gap[1] or g.joined.fullmatch(text, *gap) is None:
            break
        if m.high is not None or taken.find(1, m.start, m.end) >= 0:
            break
        out.append(other)
        here, other = m, other + step
    return out
