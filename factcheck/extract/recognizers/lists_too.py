"""A list that says "too" ("Chile and Peru too", "오스트리아도", "奥地利也"): it adds
to the countries the sentence before names, and is partial."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from factcheck.extract.recognizers.words import alternation

# where a sentence ends: a stop before a space, an ideographic stop, a line break
_ENDS = re.compile(r"[.!?](?=\s)|[。！？\n]")
# how far back the sentence before a list is looked for (characters)
_SENTENCE = 600

TooPatterns = tuple[re.Pattern[str], re.Pattern[str]]


def too_patterns(data: dict[str, Any], end: str, spaced: bool) -> TooPatterns | None:
    """The words of a language's ``countries`` data that say a list adds to one before it,
    after the words for part of a country and the suffixes a name may carry; then the same
    where, in a spaced language, a list of two or more may put its verb first ("Chile en
    Peru stuurden ook"): one country and a word are as often its president ("France's
    president also"). ``end`` is what may not follow a word."""
    if not data.get("also"):
        return None
    between = alternation([*data.get("suffixes", []), *data.get("parts", [])])
    verb = r"(?:\s+[^\W\d_]+)?" if spaced else ""
    also = alternation(data["also"])
    return (
        re.compile(rf"(?:\s*{between})*\s*,?\s*{also}(?!{end})", re.I),
        re.compile(rf"(?:\s*{between})*{verb}\s*,?\s*{also}(?!{end})", re.I),
    )


def too_after(patterns: TooPatterns | None, text: str, end: int, size: int) -> bool:
    """True when "too" follows a list of ``size`` countries ending at ``end``."""
    if patterns is None:
        return False
    return patterns[0 if size < 2 else 1].match(text, end) is not None


def countries_before(text: str, hits: list[tuple[int, int, str]], at: int) -> list[str]:
    """The country codes the sentence before the one holding offset ``at`` names, in order;
    ``hits`` are the text's (start, end, code) names, sorted."""
    low = max(0, at - _SENTENCE)
    ends: list[int] = []
    for stop in _ENDS.finditer(text, low, at):
        if ends and not text[ends[-1] : stop.start()].strip():
            ends[-1] = stop.end()  # "Yangon.\n": one end
        else:
            ends.append(stop.end())
    if not ends:
        return []
    first, last = (ends[-2] if len(ends) > 1 else low), ends[-1]
    starts = [h[0] for h in hits]
    chosen = hits[bisect_left(starts, first) : bisect_left(starts, last)]
    return [c for _, _, code in chosen if "-" not in code for c in code.split("+")]
