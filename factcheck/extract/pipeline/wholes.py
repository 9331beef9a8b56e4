"""A figure stated as the whole of its parts: "seven minutes in total", "총 9점", "of the nine
objects stolen, eight ...".

A text that gives a whole names it so because parts of it are told apart ("four minutes
inside, seven in total"; "nine taken, one dropped, eight carried off"): a whole is compared
with other wholes, not with figures that may be one of its parts. Each language lists its
words in ``attach.yaml``: ``whole_before`` and ``whole_after`` stand next to the figure,
``whole_of`` opens a clause that goes on about a part of it ("of the nine ..., eight ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load

_BEFORE_REACH = 40  # characters read before a figure for a word next to it
_AFTER_REACH = 40  # characters read after it: its noun may stand between ("9 objects in all")
_PART_REACH = 60  # characters in which the clause about a part of the whole begins


@dataclass(frozen=True)
class _Grammar:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    of: re.Pattern[str] | None


def _compiled(pattern: str, words: list[str]) -> re.Pattern[str] | None:
    return re.compile(pattern.replace("WORDS", alternation(words)), re.I) if words else None


@cache
def _grammar(lang: str) -> _Grammar:
    lex = load(lang)
    data = lex.section("attach")
    spaced = lex.section("language").get("word_spaces", True) is not False
    edge = r"(?<![^\W\d_])" if spaced else ""
    end = r"(?![^\W\d_])" if spaced else ""

    def words(key: str) -> list[str]:
        return [str(w) for w in data.get(key) or []]

    return _Grammar(
        _compiled(rf"{edge}(?:WORDS){end}[\s,:]{{0,3}}\Z", words("whole_before")),
        _compiled(rf"[^,;:.!?，；：。！？\n]{{0,24}}?{edge}(?:WORDS){end}", words("whole_after")),
        _compiled(r"(?:\A|[.;:!?\n]|^)\s*(?:WORDS)\s+\Z", words("whole_of")),
    )


_PART_FOLLOWS = re.compile(r"[^.;:!?\n]*?,")


def is_whole(text: str, lang: str, start: int, end: int) -> bool:
    """True when the figure at ``start``-``end`` of ``text`` is stated as a whole."""
    g = _grammar(lang)
    before = text[max(0, start - _BEFORE_REACH) : start]
    if g.before is not None and g.before.search(before):
        return True
    if g.after is not None and g.after.match(text, end, end + _AFTER_REACH):
        return True
    if g.of is not None and g.of.search(before):
        # "of the nine objects stolen, eight ...": a clause about a part follows
        return _PART_FOLLOWS.match(text, end, end + _PART_REACH) is not None
    return False
