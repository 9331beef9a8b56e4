"""Shares stated as one count in so many: "one in five", "un Français sur cinq", "uno de cada
cinco", "5人に1人", "5명 중 1명" — a percentage, not two counts.

The language's ``numbers.yaml`` ``ratios`` and ``ratios_of`` are templates of what stands
between the two figures: {A} is the part and {B} the whole, in the order the language says
them ("{A} in {B}", "{B}人に{A}人"); a space stands for any white space, and a template may
let a word stand between ("un Français sur cinq"). ``ratios`` say one in every so many;
``ratios_of`` also name a part of a set ("12 von 20 Booten": 12 boats of 20), read as a share
only with a part of one or a whole of 10, 100 or 1000 ("einer von fünf", "3 von 10").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from factcheck.extract.recognizers.around import spaced
from factcheck.extract.recognizers.numbers import NumberMatch
from factcheck.extract.recognizers.shares import ShareMatch, percent_of
from factcheck.lang.lexicon import load

# no ratio of news text counts in more than this many: "one in 2024" is no share
_LARGEST_WHOLE = 1000
# wholes that make a part of a set a share ("3 out of 10"): "12 of 20 boats" counts boats
_ROUND_WHOLES = frozenset({10, 100, 1000})


@dataclass(frozen=True)
class _Ratio:
    between: re.Pattern[str]  # what stands between the two figures
    part_first: bool  # the part is named before the whole ("one in five")
    of_set: bool  # the words may name a part of a set ("12 of 20 boats")


@cache
def _ratios(lang: str) -> tuple[_Ratio, ...]:
    """The ratio templates of ``lang``."""
    numbers = load(lang).section("numbers")
    out = []
    for key, of_set in (("ratios", False), ("ratios_of", True)):
        for source in numbers.get(key, []):
            text = str(source)
            part_first = text.index("{A}") < text.index("{B}")
            middle = text[text.index("}") + 1 : text.rindex("{")]
            out.append(_Ratio(re.compile(spaced(middle), re.IGNORECASE), part_first, of_set))
    return tuple(out)


def find_ratios(
    text: str, lang: str, numbers: list[NumberMatch], taken: bytearray
) -> list[ShareMatch]:
    """The shares two neighbouring figures of ``numbers`` state as one in so many, outside
    the characters ``taken`` marks."""
    ratios = _ratios(lang)
    if not ratios:
        return []
    out: list[ShareMatch] = []
    last_end = -1
    for first, second in pairwise(numbers):
        if first.start < last_end or second.start < first.end:
            continue
        if taken.find(1, first.start, second.end) >= 0 or first.high or second.high:
            continue
        for ratio in ratios:
            if ratio.between.fullmatch(text, first.end, second.start) is None:
                continue
            part, whole = (first, second) if ratio.part_first else (second, first)
            if not 0 < part.value < whole.value <= _LARGEST_WHOLE:
                continue
            if ratio.of_set and part.value != 1 and whole.value not in _ROUND_WHOLES:
                continue
            out.append(ShareMatch(first.start, second.end, percent_of(part.value / whole.value)))
            last_end = second.end
            break
    return out
