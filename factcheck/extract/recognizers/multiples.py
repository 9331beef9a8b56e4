"""Indefinite multiples: "dozens", "hundreds of thousands", "des centaines", "Tausende",
"binlerce" — a count no figure states, read as the range the word allows.

The words are the language's ``numbers.yaml`` ``multiples``, each with the unit it counts
in (dozens: 12, hundreds: 100). A multiple is at least two of its unit and stays below the
next power of ten: "dozens" is 24 to 99, "hundreds" 200 to 999, "tens of thousands"
20,000 to 99,999. A word a figure multiplies ("3 dozens") belongs to that figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.extract.recognizers.edges import LETTER, edges
from factcheck.extract.recognizers.words import trie
from factcheck.extract.scan import finditer
from factcheck.lang.lexicon import load


@dataclass(frozen=True)
class MultipleMatch:
    """An indefinite multiple: span and the range of counts it allows."""

    start: int
    end: int
    low: Decimal
    high: Decimal


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern[str] | None
    units: dict[str, int]


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@cache
def grammar(lang: str) -> _Grammar:
    """The multiples of ``lang``, longest phrase first."""
    units = {
        _key(str(k)): int(v) for k, v in load(lang).section("numbers").get("multiples", {}).items()
    }
    if not units:
        return _Grammar(None, {})
    e = edges(lang)
    body = trie(units)
    pattern = re.compile(rf"(?<!{e.start(LETTER)})(?:{body})(?!{e.free(LETTER)})", re.IGNORECASE)
    return _Grammar(pattern, units)


def bounds(unit: int) -> tuple[Decimal, Decimal]:
    """The counts a multiple of ``unit`` allows: two of it, up to the next power of ten."""
    return Decimal(2 * unit), Decimal(10 ** len(str(unit)) - 1)


def find_multiples(text: str, lang: str, taken: bytearray) -> list[MultipleMatch]:
    """Indefinite multiples in ``text`` outside the characters ``taken`` marks."""
    g = grammar(lang)
    if g.pattern is None:
        return []
    out = []
    for m in finditer(g.pattern, text):
        if taken.find(1, m.start(), m.end()) >= 0:
            continue
        low, high = bounds(g.units[_key(m.group())])
        out.append(MultipleMatch(m.start(), m.end(), low, high))
    return out
