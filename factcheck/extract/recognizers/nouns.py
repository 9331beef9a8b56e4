"""The noun a count counts: "1,002 dead", "34 floors", "die 8 Schmuckstücke", "Injured: 12".

A figure's noun is the first word after it that is not one of the language's words that
follow figures without being counted (``nouns.yaml``: ``stop`` ends the search, and so does
a verb told by its ending, ``verb_endings``, where verbs follow their object; ``skip`` is
passed over: "three other men"). A figure whose last word runs on ("10 bini") has that
word's ending after it, never a noun. Where nouns are capitalized (German), the first
capitalized word within a few words is the noun. A label and a colon right before the
figure name it too ("Injured: at least 12"). In a language written without spaces
(Japanese, Chinese) no word can be told apart after a figure: the counter glued to it
("3万2000人") names what it counts, and nothing else does; in Korean, a noun is a word of
its own after the figure, not the letters glued to it ("50 이상으로").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.recognizers.edges import edges
from factcheck.extract.scan import search_ending
from factcheck.lang.lexicon import load

# a word may hold an apostrophe or a hyphen, but ends on a letter: "companies' shares"
_WORD = re.compile(r"\s*(?:-\s*)?([^\W\d_](?:[\w'’\-]*\w)?)")
_LABEL = re.compile(
    r"(?:^|[\n.;•·|])\s*([^\W\d_][^\W\d_'’\- ]*(?: [^\W\d_][^\W\d_'’\-]*)?)\s*:\s*$"
)
_LOOKAHEAD = 3


@dataclass(frozen=True)
class _Grammar:
    stop: frozenset[str]
    skip: frozenset[str]
    capitalized: bool
    spaced: bool
    verb_endings: tuple[str, ...] = ()
    scale_of: frozenset[str] = frozenset()


@cache
def grammar(lang: str) -> _Grammar:
    """The noun words of ``lang``."""
    lex = load(lang)
    data = lex.section("nouns")
    # the language's words for today, now, yesterday and tomorrow follow a figure as a time
    # ("154 overnight", "12 yesterday"), never as what it counts
    dates = lex.section("dates")
    near = dates.get("near_days") or {}
    days = [*dates.get("today", []), *dates.get("now", []), *near.get("before", [])]
    days += near.get("after", [])
    return _Grammar(
        stop=frozenset(str(w).lower() for w in [*data.get("stop", []), *days]),
        skip=frozenset(str(w).lower() for w in data.get("skip", [])),
        capitalized=bool(data.get("capitalized", False)),
        spaced=edges(lang).spaced,
        verb_endings=tuple(str(w).lower() for w in data.get("verb_endings") or []),
        scale_of=frozenset(str(w).lower() for w in data.get("scale_of") or []),
    )


def noun_after(text: str, lang: str, end: int, scaled: bool = False) -> tuple[str, int, int] | None:
    """The noun counted by a figure ending at ``end``: (word, start, end), or None.
    ``scaled``: the figure ends in a scale word, which the language may join to its noun
    with a word of its own (``scale_of``: "2,3 millions de clients")."""
    g = grammar(lang)
    if not g.spaced or edges(lang).glued(text[end : end + 1]):
        return None  # a letter glued to the figure is its counter or a particle, not a noun
    position = end
    if text[end - 1 : end].isalpha() and text[end : end + 1].isalpha():
        # the figure's last word runs on ("10 bini aştı"): its ending, never a noun
        rest = _WORD.match(text, end)
        position = rest.end() if rest is not None else end
    if scaled and g.scale_of:
        joined = _WORD.match(text, position)
        word = joined.group(1).lower().replace("’", "'") if joined is not None else ""
        if joined is not None and word in g.scale_of:
            position = joined.end()
        elif joined is not None and word[:2] in g.scale_of:  # elided: "d'habitants"
            return joined.group(1)[2:], joined.start(1) + 2, joined.end(1)
    for _ in range(_LOOKAHEAD):
        found = _WORD.match(text, position)
        if found is None:
            return None
        word, start, stop = found.group(1), found.start(1), found.end(1)
        lowered = word.lower()
        if lowered in g.stop or (g.verb_endings and lowered.endswith(g.verb_endings)):
            return None
        if g.capitalized:
            if word[0].isupper():
                return word, start, stop
        elif lowered not in g.skip:
            return word, start, stop
        position = stop
    return None


def label_before(text: str, start: int) -> tuple[str, int, int] | None:
    """A label naming the figure that starts at ``start``, as in "Injured: at least 12"."""
    window = max(0, start - 40)
    found = search_ending(_LABEL, text, window, start)
    if found is None:
        return None
    return found.group(1), found.start(1), found.end(1)
