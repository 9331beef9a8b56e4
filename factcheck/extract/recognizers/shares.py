"""Shares of a whole in words: "half of", "a third of", "two thirds", "la mitad", "die Hälfte".

The language's ``units.yaml`` ``shares`` lists them as percentages: ``words`` count when one
of its ``of`` words follows ("half of the homes", "la mitad del suministro") and not a
figure ("a quarter of a million" is a number); ``alone`` stand on their own ("die Hälfte",
"yarısı").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.extract.recognizers.words import phrases
from factcheck.extract.scan import finditer
from factcheck.lang.lexicon import load

# the end of an "of" word: a word boundary, or right after an elided "d'"
_END = r"(?:(?<=['’])|(?![^\W_]))"


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


def _canon(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


@cache
def grammar(lang: str) -> _Grammar:
    """The compiled share phrases of ``lang``."""
    data = load(lang).section("units").get("shares", {}) or {}
    words = {_canon(str(k)): Decimal(str(v)) for k, v in (data.get("words") or {}).items()}
    alone = {_canon(str(k)): Decimal(str(v)) for k, v in (data.get("alone") or {}).items()}
    of = phrases(data.get("of") or [])
    parts = []
    if words:
        parts.append(rf"(?P<w>{phrases(words)})(?=\s+{of}{_END})")
    if alone:
        parts.append(rf"(?P<a>{phrases(alone)})")
    pattern = None
    if parts:
        body = "|".join(parts)
        pattern = re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.IGNORECASE)
    return _Grammar(pattern, {**words, **alone}, re.compile(rf"\s+{of}{_END}\s*", re.IGNORECASE))


def find_shares(text: str, lang: str, taken: bytearray, scales: set[int]) -> list[ShareMatch]:
    """Shares named in words outside ``taken``; ``scales`` holds where a scale word alone
    starts ("a million"), so that "a quarter of a million" is no share."""
    g = grammar(lang)
    if g.pattern is None:
        return []
    found = []
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
