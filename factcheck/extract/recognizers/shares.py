"""Shares of a whole in words: "half of", "a third of", "two thirds", "la mitad", "die Hälfte".

The language's ``units.yaml`` ``shares`` lists them as percentages: ``words`` count when one
of its ``of`` words follows ("half of the homes", "la mitad del suministro") and not a
figure ("a quarter of a million" is a number); ``alone`` stand on their own ("die Hälfte",
"yarısı", "半数", "절반", "一半"); ``more`` are more than their share ("過半数", a majority).
A fraction written with the language's fraction word (``numbers.yaml`` ``numerals.fraction``:
"三分の一", "三分之二", "3분의 1") is a share too, and so is a figure of tenths (``tenths``:
"六成", "6割", "3할" are 60 % and 30 %), maybe with its hundredths after it (``hundredths``:
"6割5分", "3할 2푼"; with ``bare_hundredths`` a digit alone: "三成五" is 35 %).
A fraction written with a slash ("1/3") is a share only where one of ``slash_after`` follows
it, the words that name its whole ("1/3 of voters", "1/3 des foyers", "1/3 der Haushalte"):
elsewhere it may be a date ("on 3/4") or a score ("won 2/1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from itertools import pairwise

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
    more: bool = False  # the words say "more than" the share ("過半数")


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern[str] | None
    # a share with no "of" of its own, joined to a second share whose whole it shares
    # ("between a third and half of voters", "plus d'un tiers mais moins de la moitié des")
    joined: re.Pattern[str] | None
    values: dict[str, Decimal]
    of: re.Pattern[str]
    over: re.Pattern[str] | None  # a fraction word, between a denominator and a numerator
    more: frozenset[str]  # shares named as more than their value
    tenths: re.Pattern[str] | None  # right after a figure of tenths ("六成", "6割")
    hundredths: re.Pattern[str] | None  # right after the figure of hundredths that follows
    slash: re.Pattern[str] | None  # after a slash fraction, what names its whole ("of")


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
    more = {_canon(str(k)): Decimal(str(v)) for k, v in (data.get("more") or {}).items()}
    alone.update(more)
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
    joins = load(lang).section("qualifiers").get("joins") or []
    joined = None
    if words and joins:
        joined = re.compile(
            rf"(?<!{e.start(ALNUM)}){phrases(words)}(?=\s+{phrases(joins)}\s)", re.IGNORECASE
        )
    over_words = load(lang).section("numbers").get("numerals", {}).get("fraction") or []
    over = re.compile(rf"\s*{alternation(over_words)}\s*") if over_words else None
    of_pattern = re.compile(rf"\s+{of}{end}\s*", re.IGNORECASE)
    tenths = re.compile(phrases(data["tenths"])) if data.get("tenths") else None
    hundredths = None
    if data.get("hundredths"):
        hundredths = re.compile(rf"\s*{phrases(data['hundredths'])}")
    elif data.get("bare_hundredths"):
        hundredths = re.compile("")
    slash = None
    if data.get("slash_after"):
        slash = re.compile(rf"\s*{phrases(data['slash_after'])}{end}", re.IGNORECASE)
    return _Grammar(
        pattern,
        joined,
        {**words, **alone},
        of_pattern,
        over,
        frozenset(more),
        tenths,
        hundredths,
        slash,
    )


def percent_of(fraction: Decimal) -> Decimal:
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
            found.append(ShareMatch(n.start, n.end, percent_of(n.value)))
            continue
        after = numbers[i + 1] if i + 1 < len(numbers) else None
        over = g.over.match(text, n.end)
        if after is None or over is None or over.end() != after.start or not n.value:
            continue
        if 0 < after.value <= n.value:
            found.append(ShareMatch(n.start, after.end, percent_of(after.value / n.value)))
            skip = after.end
    return found


# the wholes of a slash fraction read as a share: "1/3", "7/10", not "9/11" or "3/24"
_SLASH_WHOLES = frozenset({2, 3, 4, 5, 6, 8, 10})
# what may not touch a slash fraction: another slash or figure, as in a date ("1/3/2024")
_SLASH_EDGE = re.compile(r"[/\d.,-]")


def _plain_digits(text: str, n: NumberMatch) -> bool:
    return n.high is None and text[n.start : n.end].isdigit()


def _slashed(text: str, g: _Grammar, numbers: list[NumberMatch]) -> list[ShareMatch]:
    """Fractions written with a slash and followed by the words that name their whole."""
    if g.slash is None:
        return []
    found = []
    for part, whole in pairwise(numbers):
        if text[part.end : whole.start] != "/" or whole.value not in _SLASH_WHOLES:
            continue
        if not 0 < part.value < whole.value:
            continue
        if not (_plain_digits(text, part) and _plain_digits(text, whole)):
            continue
        if _SLASH_EDGE.match(text[part.start - 1 : part.start]) or _SLASH_EDGE.match(
            text, whole.end
        ):
            continue
        if g.slash.match(text, whole.end):
            found.append(ShareMatch(part.start, whole.end, percent_of(part.value / whole.value)))
    return found


def _tenths(text: str, g: _Grammar, numbers: list[NumberMatch]) -> list[ShareMatch]:
    """Figures of tenths ("六成", "6割") and the hundredths after them ("6割5分", "三成五")."""
    if g.tenths is None:
        return []
    found = []
    skip = -1
    for i, n in enumerate(numbers):
        word = g.tenths.match(text, n.end)
        if n.start < skip or word is None or not 0 < n.value <= 10 or n.high is not None:
            continue
        percent, end = n.value * 10, word.end()
        after = numbers[i + 1] if i + 1 < len(numbers) else None
        # "3할 2푼": a space may stand before hundredths that a word closes, not a bare digit
        gap = text[end : after.start] if after is not None else "x"
        worded = g.hundredths is not None and bool(g.hundredths.pattern)
        near = gap == "" or (gap.isspace() and worded)
        if after is not None and near and 0 <= after.value < 10 and g.hundredths:
            closing = g.hundredths.match(text, after.end)
            if closing is not None:
                percent, end = percent + after.value, closing.end()
        found.append(ShareMatch(n.start, end, percent))
        skip = end
    return found


def find_fractions(
    text: str, lang: str, numbers: list[NumberMatch], taken: bytearray
) -> list[ShareMatch]:
    """Shares written as fractions with the language's fraction word or a slash, or as
    tenths, outside ``taken``.

    They are read before units, whose words may start the fraction word ("3분의 1": 분 is
    also a minute; "6割5分": 分 too).
    """
    g = grammar(lang)
    found = sorted(
        _fractions(text, g, numbers) + _tenths(text, g, numbers) + _slashed(text, g, numbers),
        key=lambda s: s.start,
    )
    return [s for s in found if taken.find(1, s.start, s.end) < 0]


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
        name = _canon(m.group())
        value = g.values.get(name)
        if value is not None:
            found.append(ShareMatch(m.start(), m.end(), value, name in g.more))
    return sorted(found + _sharing_whole(text, g, found, taken), key=lambda s: s.start)


def shares_of_scales(
    text: str, lang: str, numbers: list[NumberMatch], scales: list[NumberMatch]
) -> list[NumberMatch]:
    """``numbers`` with each scale word alone (one of ``numbers`` stated as one, "a
    million", or one of ``scales``, a scale word with no figure, "de million") that a share
    in words takes a part of read as that part of it: "a quarter of a million", "trois
    quarts d'un million", "un cuarto de millón"."""
    g = grammar(lang)
    alone = {n.start: n for n in numbers if n.scale and n.stated == 1 and n.high is None}
    alone.update({n.start: n for n in scales})
    if g.pattern is None or not alone:
        return numbers
    parts: dict[int, NumberMatch] = {}
    for m in finditer(g.pattern, text):
        of = g.of.match(text, m.end()) if m.groupdict().get("w") is not None else None
        n = alone.get(of.end()) if of is not None else None
        value = g.values.get(_canon(m.group()))
        if n is not None and value is not None:
            share = value / 100
            parts[n.start] = replace(n, start=m.start(), value=n.value * share, stated=share)
    if not parts:
        return numbers
    # the share's own number words ("trois quarts") are part of the figure
    inside = [(p.start, start) for start, p in parts.items()]
    kept = [n for n in numbers if not any(lo <= n.start < hi for lo, hi in inside)]
    out = [parts.pop(n.start, n) for n in kept]
    return sorted([*out, *parts.values()], key=lambda n: n.start)


# the most characters between a share and the next one whose whole it shares
_JOINED_REACH = 40
# what may not stand between them: a figure, or the end of a clause
_APART = re.compile(r"[\d.;:!?]")


def _sharing_whole(
    text: str, g: _Grammar, found: list[ShareMatch], taken: bytearray
) -> list[ShareMatch]:
    """Shares with no "of" of their own, joined to a share found after them that has one."""
    if g.joined is None or not found:
        return []
    out = []
    for m in finditer(g.joined, text):
        if taken.find(1, m.start(), m.end()) >= 0 or any(
            s.start <= m.start() < s.end for s in found
        ):
            continue
        after = next((s for s in found if s.start >= m.end()), None)
        if after is None or after.start - m.end() > _JOINED_REACH:
            continue
        if _APART.search(text, m.end(), after.start):
            continue
        value = g.values.get(_canon(m.group()))
        if value is not None:
            out.append(ShareMatch(m.start(), m.end(), value))
    return out
