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
    """Indefinite multiples in ``text`` outside the characters ``taken`` marks; a scale
    word right after one multiplies it ("Hunderte Millionen", "yüzlerce milyon")."""
    g = grammar(lang)
    if g.pattern is None:
        return []
    out: list[MultipleMatch] = []
    for m in finditer(g.pattern, text):
        if taken.find(1, m.start(), m.end()) >= 0 or (out and m.start() < out[-1].end):
            continue  # in a scale word the multiple before took ("Hunderte Millionen")
        low, high = bounds(g.units[_key(m.group())])
        end = m.end()
        scale = _scale_after(lang).match(text, end)
        if scale is not None and taken.find(1, end, scale.end()) < 0:
            factor = _factor(lang, scale.group(1))
            if factor is not None:
                low, high, end = low * factor, (high + 1) * factor - 1, scale.end()
        out.append(MultipleMatch(m.start(), end, low, high))
    return out


@cache
def _scale_after(lang: str) -> re.Pattern[str]:
    """A scale word spelled out, after white space."""
    words = [w for w in load(lang).scales if len(w) > 2 and w.isalpha()]
    e = edges(lang)
    body = trie(words) if words else "(?!)"
    return re.compile(rf"\s+({body})(?!{e.free(LETTER)})", re.IGNORECASE)


def _factor(lang: str, word: str) -> Decimal | None:
    scales = load(lang).scales
    return scales.get(word) or scales.get(word.lower())
