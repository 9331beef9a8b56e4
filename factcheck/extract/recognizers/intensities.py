"""A seismic intensity: how hard a place shook, on a scale of levels — "震度5弱", "진도 4",
"烈度8度", "intensity VIII on the Mercalli scale". A level, never a count, a magnitude or a
bound: the "弱" of "5弱" is the lower half of level 5, not "less than 5".

Templates are the language's ``units.yaml`` ``intensities``: each has a ``template`` (a
regex in which {N} stands for the level, in digits or Roman numerals, {R} for a level in
Roman numerals only; a space for any white
space, " ?" for an optional one; a group named ``upper`` marks the upper half of a split
level, "5強", "6-upper") and the ``unit`` of its scale (``shindo``, the Japan
Meteorological Agency's scale of 0 to 7; ``mercalli``, the twelve levels of the Modified
Mercalli scale and the scales made after it). The upper half of a level N is N.5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.extract.recognizers.around import spaced_loosely
from factcheck.extract.recognizers.mention import Mention
from factcheck.lang.lexicon import load

_ROMAN = {"I": 1, "V": 5, "X": 10}
# Roman numerals up to XII, in capitals (the case of "I" tells the numeral from the word),
# and the numeral signs of East Asian type (Ⅰ to Ⅻ)
_ROMAN_LEVEL = r"(?-i:\b(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\b)|[\u2160-\u216b]"
_LEVEL = rf"(?P<n>(?<![\d.,])\d{{1,2}}(?![\d]|[.,]\d)|{_ROMAN_LEVEL})"
# the highest level of each scale: a greater figure is no level of it
_HIGHEST = {"shindo": 7, "mercalli": 12}


@dataclass(frozen=True)
class _Template:
    pattern: re.Pattern[str]
    unit: str


@cache
def _templates(lang: str) -> tuple[_Template, ...]:
    items = load(lang).section("units").get("intensities") or []
    return tuple(
        _Template(
            re.compile(
                spaced_loosely(str(i["template"]))
                .replace("{N}", _LEVEL)
                .replace("{R}", f"(?P<n>{_ROMAN_LEVEL})"),
                re.I,
            ),
            str(i["unit"]),
        )
        for i in items
    )


def _level(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    if "\u2160" <= numeral <= "\u216b":
        return ord(numeral) - 0x2160 + 1
    total = 0
    for at, letter in enumerate(numeral):
        value = _ROMAN[letter]
        following = _ROMAN[numeral[at + 1]] if at + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def find_intensities(text: str, lang: str) -> list[Mention]:
    """The seismic intensities in ``text``, by position, each a level of its scale's unit."""
    out: list[Mention] = []
    taken = bytearray(len(text))
    for t in _templates(lang):
        for m in t.pattern.finditer(text):
            if taken.find(1, m.start(), m.end()) >= 0:
                continue
            level = Decimal(_level(m["n"]))
            if not 0 <= level <= _HIGHEST.get(t.unit, 12):
                continue
            if m.groupdict().get("upper"):
                level += Decimal("0.5")
            value = {"kind": "quantity", "value": format(level, "f"), "unit": t.unit}
            span = text[m.start() : m.end()]
            out.append(Mention("quantity", m.start(), m.end(), span, "intensity", value))
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    out.sort(key=lambda x: x.start)
    return out
