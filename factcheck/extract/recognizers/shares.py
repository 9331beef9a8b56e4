"""Shares of a whole in words: "half of", "a third of", "two thirds", "la mitad", "die Hälfte".

The language's ``units.yaml`` ``shares`` lists them as percentages: ``words`` count when one
of its ``of`` words follows ("half of the homes", "la mitad del suministro") and not a
figure ("a quarter of a million" is a number); ``alone`` stand on their own ("die Hälfte",
"yarısı", "半数", "절반", "一半"). A fraction written with the language's fraction word
(``numbers.yaml`` ``numerals.fraction``: "三分の一", "三分之二", "3분의 1") is a share too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.extract.recognizers.numbers import NumberMatch
from factcheck.extract.recognizers.words import alternation, phrases
from factcheck.extract.scan import finditer
from factcheck.lang.lexicon import load


@dataclass(frozen=True)
class ShareMatch:
    """A share of a whole named in words: span and the percentage it means."""

    start: int
    end: int
    percent: Decimal


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern[str] | None
    values: dict[str, Decimal]
    of: re.Pattern[str]
    over: re.Pattern[str] | None  # a fraction word, between a denominator and a numerator


def _canon(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


@cache
def grammar(lang: str) -> _Grammar:
    """The compiled share phrases of ``lang``."""
    data = load(lang).section("units").get("shares", {}) or {}
    e = edges(lang)
    # the end of an "of" word: a word boundary, or right after an elided "d'"
    end = rf"(?:(?<=['’])|(?!{e.free(ALNUM)}))"
    words = {_canon(str(k)): Decimal(str(v)) for k, v in (data.get("words") or {}).items()}
    alone = {_canon(str(k)): Decimal(str(v)) for k, v in (data.get("alone") or {}).items()}
    of = phrases(data.get("of") or [])
    parts = []
    if words:
        parts.append(rf"(?P<w>{phrases(words)})(?=\s+{of}{end})")
    if alone:
        parts.append(rf"(?P<a>{phrases(alone)})")
    pattern = None
    if parts:
        body = "|".join(parts)
        pattern = re.compile(rf"(?<!{e.start(ALNUM)})(?:{body})(?!{e.free(ALNUM)})", re.I)
    over_words = load(lang).section("numbers").get("numerals", {}).get("fraction") or []
    over = re.compile(rf"\s*{alternation(over_words)}\s*") if over_words else None
    of_pattern = re.compile(rf"\s+{of}{end}\s*", re.IGNORECASE)
    return _Grammar(pattern, {**words, **alone}, of_pattern, over)


def _percent(fraction: Decimal) -> Decimal:
    """A fraction as a percentage, to a tenth: 1/3 is 33.3."""
    return (fraction * 100).quantize(Decimal("0.1")).normalize()


def _fractions(text: str, g: _Grammar, numbers: list[NumberMatch]) -> list[ShareMatch]:
    """Fractions written with a fraction word: read as one figure ("三分の一", whose value is
    the fraction) or as two beside it ("3분의 1": the second over the first)."""
    if g.over is None:
        return []
    found = []
    skip = -1
    for i, n in enumerate(numbers):
        if n.start < skip:
            continue
        if g.over.search(text, n.start, n.end) and 0 < n.value <= 1:
            found.append(ShareMatch(n.start, n.end, _percent(n.value)))
            continue
        after = numbers[i + 1] if i + 1 < len(numbers) else None
        over = g.over.match(text, n.end)
        if after is None or over is None or over.end() != after.start or not n.value:
            continue
        if 0 < after.value <= n.value:
            found.append(ShareMatch(n.start, after.end, _percent(after.value / n.value)))
            skip = after.end
    return found


def find_fractions(
    text: str, lang: str, numbers: list[NumberMatch], taken: bytearray
) -> list[ShareMatch]:
    """Shares written as fractions with the language's fraction word, outside ``taken``.

    They are read before units, whose words may start the fraction word ("3분의 1": 분 is
    also a minute).
    """
    return [
        s for s in _fractions(text, grammar(lang), numbers) if taken.find(1, s.start, s.end) < 0
    ]


def find_shares(text: str, lang: str, taken: bytearray, scales: set[int]) -> list[ShareMatch]:
    """Shares named in words outside ``taken``; ``scales`` holds where a scale word alone
    starts ("a million"), so that "a quarter of a million" is no share."""
    g = grammar(lang)
    found: list[ShareMatch] = []
    if g.pattern is None:
        return found
    for m in finditer(g.pattern, text):
        if taken.find(1, m.start(), m.end()) >= 0:
            continue
        if m.groupdict().get("w") is not None:
            of = g.of.match(text, m.end())
            if of is not None and of.end() in scales:
                continue
        value = g.values.get(_canon(m.group()))
        if value is not None:
            found.append(ShareMatch(m.start(), m.end(), value))
    return found
