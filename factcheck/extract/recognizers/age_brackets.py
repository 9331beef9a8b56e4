"""A person's age given as a decade of life: "a man in his 40s", "ein Mann Mitte 40",
"40代の男性", "40대 남성", "40多岁的男子" — an age between two bounds (40 to 49, 43 to 47),
never a count of forty people nor the 1940s.

Templates are the language's ``numbers.yaml`` ``ages`` ``brackets``: each has a ``template``
(a regex in which {D} stands for a decade in digits, 10 to 90, and {W} for one of the
language's ``decades`` words; a space for any white space, " ?" for an optional one) and
the ``years`` of the decade it covers ([0, 9] the whole decade, [0, 3] its start);
``about: true`` instead makes the phrase an age of about the decade's figure ("d'une
quarantaine d'années").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.recognizers.around import spaced_loosely
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load

# a decade in digits: 10 to 90, no digit before or after it
_DECADE = r"(?<![\d.,])(?P<d>[1-9]0)(?![\d.,]\d)"


@dataclass(frozen=True)
class _Bracket:
    pattern: re.Pattern[str]
    years: tuple[int, int] | None  # None: an age of about the decade


@cache
def _brackets(lang: str) -> tuple[tuple[_Bracket, ...], dict[str, int]]:
    ages = load(lang).section("numbers").get("ages") or {}
    decades = {str(w).lower(): int(n) for w, n in (ages.get("decades") or {}).items()}
    words = rf"(?P<w>{alternation(decades)})" if decades else "(?!)"
    out = []
    for item in ages.get("brackets") or []:
        source = spaced_loosely(str(item["template"])).replace("{D}", _DECADE).replace("{W}", words)
        years = None if item.get("about") else (int(item["years"][0]), int(item["years"][1]))
        out.append(_Bracket(re.compile(source, re.IGNORECASE), years))
    return tuple(out), decades


def find_age_brackets(text: str, lang: str) -> list[Mention]:
    """The ages given as a decade of life in ``text``, each as a count of years of age (a
    range, or one figure qualified "about"), by position; the first template to match a
    stretch of text reads it."""
    brackets, decades = _brackets(lang)
    unit = str((load(lang).section("numbers").get("ages") or {}).get("unit", ""))
    taken = bytearray(len(text))
    out = []
    for b in brackets:
        for m in b.pattern.finditer(text):
            if taken.find(1, m.start(), m.end()) >= 0:
                continue
            decade = int(m["d"]) if m.groupdict().get("d") else decades[m["w"].lower()]
            qualifier = "exact"
            if b.years is None:
                value = {"kind": "count", "count": str(decade), "unit": unit}
                qualifier = "about"
            else:
                low, high = decade + b.years[0], decade + b.years[1]
                value = {"kind": "count", "min": str(low), "max": str(high), "unit": unit}
            noun = {"noun": unit, "noun_span": (m.start(), m.end())}
            span = text[m.start() : m.end()]
            out.append(Mention("count", m.start(), m.end(), span, "age", value, qualifier, noun))
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    out.sort(key=lambda x: x.start)
    return out
