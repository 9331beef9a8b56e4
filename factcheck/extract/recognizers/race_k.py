"""A race named by its distance with a K: "a 10K race", "the 15K", "le 10K de Paris", "den
10K-Lauf", "10K koşusu" — a distance of 10 km, never ten thousand of something.

A figure glued to K (or k) is a distance in kilometres where a word of a race follows it
(the language's ``units.yaml`` ``race_k`` ``after``: "race", "Lauf", "carrera") or stands
before it, maybe joined by a word of ``joins`` ("carrera de 10K"), or where a word for one
race stands right before it (``before``: "the", "a", "le", "la") and no noun it would count
follows ("the 10K runners" counts runners; a name after it, "le 10K de
Paris", is where the race is run, in a language that capitalizes names only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise

from factcheck.extract.recognizers.edges import edges
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.nouns import grammar as noun_grammar
from factcheck.extract.recognizers.nouns import noun_after
from factcheck.extract.recognizers.numbers import NumberMatch
from factcheck.extract.recognizers.words import phrases
from factcheck.extract.scan import search_ending
from factcheck.lang.lexicon import load

_THOUSAND = Decimal(1000)
# how far before the figure its word for one race may start
_REACH = 30


@dataclass(frozen=True)
class _Grammar:
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    # a word of a race before the figure, maybe with a word that joins them ("carrera de")
    named: re.Pattern[str] | None


@cache
def _grammar(lang: str) -> _Grammar:
    data = load(lang).section("units").get("race_k") or {}
    after, before = data.get("after") or [], data.get("before") or []
    joins = data.get("joins") or []
    # where particles glue to words ("レースで", "마라톤에서"), a race word may run on
    ends = "" if edges(lang).glue else r"(?![^\W\d_])"
    joined = rf"(?:\s+(?:{phrases(joins)}))?" if joins else ""
    return _Grammar(
        re.compile(rf"[ \t]?-?[ \t]?(?:{phrases(after)}){ends}", re.I) if after else None,
        re.compile(rf"(?<![^\W\d_])(?:{phrases(before)})\s+$", re.I) if before else None,
        re.compile(rf"(?<![^\W\d_])(?:{phrases(after)}){joined}\s+$", re.I) if after else None,
    )


def _k_glued(text: str, n: NumberMatch) -> bool:
    return n.value == n.stated * _THOUSAND and text[n.end - 1 : n.end] in ("K", "k")


def _named_after(text: str, lang: str, n: NumberMatch) -> bool:
    """Whether no noun the figure would count follows it: none at all, or a name where the
    language capitalizes names only."""
    noun = noun_after(text, lang, n.end)
    if noun is None:
        return True
    return not noun_grammar(lang).capitalized and noun[0][:1].isupper()


def find_races(text: str, lang: str, numbers: list[NumberMatch], taken: bytearray) -> list[Mention]:
    """The distances of races named with a K among ``numbers`` outside ``taken``; a K
    figure joined to one of them ("the 15K and 10K events") is one too."""
    g = _grammar(lang)
    if g.after is None and g.before is None:
        return []
    glued = [n for n in numbers if _k_glued(text, n) and taken.find(1, n.start, n.end) < 0]
    races = {n.start for n in glued if _race(text, lang, n, g)}
    joined = _joined(lang)
    pairs = [(a, b) for a, b in pairwise(glued) if joined.fullmatch(text, a.end, b.start)]
    grown = True
    while grown:  # along a whole list: "the 5K, 10K and 21K races"
        grown = False
        for a, b in pairs:
            if (a.start in races) != (b.start in races):
                races |= {a.start, b.start}
                grown = True
    out = []
    for n in glued:
        if n.start in races:
            value = {"kind": "quantity", "value": format(n.stated, "f"), "unit": "km"}
            out.append(Mention("quantity", n.start, n.end, text[n.start : n.end], "race-k", value))
    return out


def _race(text: str, lang: str, n: NumberMatch, g: _Grammar) -> bool:
    """Whether the words around the K figure ``n`` make it a race."""
    if g.after is not None and g.after.match(text, n.end):
        return True
    if g.named is not None and search_ending(g.named, text, max(0, n.start - _REACH), n.start):
        return True
    if g.before is None or not _named_after(text, lang, n):
        return False
    return search_ending(g.before, text, max(0, n.start - _REACH), n.start) is not None


@cache
def _joined(lang: str) -> re.Pattern[str]:
    """What joins two figures of a list: a comma, or one of the language's joining words."""
    numbers = load(lang).section("numbers")
    words = [str(w) for w in [*numbers.get("joiners", []), *numbers.get("alternatives", [])]]
    words = [w for w in words if w != "-"]
    return re.compile(rf"\s*,\s*|\s*,?\s+{phrases(words)}\s+" if words else r"\s*,\s*", re.I)
