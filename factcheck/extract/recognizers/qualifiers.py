"""Qualifiers around a figure: at least, more than, about, up to … in each language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.extract.recognizers.numbers import NumberMatch
from factcheck.extract.recognizers.words import alternation, phrases
from factcheck.lang.lexicon import load


@dataclass(frozen=True)
class _Grammar:
    names: tuple[str, ...]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


def _marked(kinds: dict[str, str], names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of the kinds' patterns, in order, each closed by an empty group ``qN``
    that names its kind (the match's last group)."""
    parts = [f"(?:{source})(?P<q{names.index(name)}>)" for name, source in kinds.items()]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@cache
def grammar(lang: str) -> _Grammar:
    """Compiled qualifier patterns of ``lang`` (before the figure and after it)."""
    lex = load(lang)
    q = lex.section("qualifiers")
    e = edges(lang)
    start, end = e.start(ALNUM), e.free(ALNUM)
    # "casi el 50 %", "oltre il 60 %": an article may stand between a qualifier and its figure
    article = rf"(?:\s+{phrases(q['articles'])})?" if q.get("articles") else ""
    # "140人以上", "5000개 이하": the counter of the figure stands before its qualifier
    counters = lex.section("numbers", "counters")
    counted = rf"(?:\s*{alternation(counters)})?" if counters else ""
    before = {
        k: rf"(?<!{start}){phrases(v)}{article}\s*$" for k, v in q.get("before", {}).items() if v
    }
    after = {k: rf"{counted}\s*{phrases(v)}(?!{end})" for k, v in q.get("after", {}).items() if v}
    names = tuple(dict.fromkeys([*after, *before]))
    return _Grammar(names, _marked(before, names), _marked(after, names))


def qualify(text: str, lang: str, start: int, end: int) -> tuple[str, int, int]:
    """The qualifier of the figure at ``start:end`` and the span widened to cover it.

    A qualifier right after the figure wins, the first kind listed first; else the one before
    it that starts earliest in the 40 characters before the figure.
    """
    g = grammar(lang)
    found = g.after.match(text, end) if g.after else None
    if found:
        return g.names[int(found.lastgroup[1:])], start, found.end()  # type: ignore[index]
    window = text[max(0, start - 40) : start]
    found = g.before.search(window) if g.before else None
    if found:
        name = g.names[int(found.lastgroup[1:])]  # type: ignore[index]
        return name, start - len(window) + found.start(), end
    return "exact", start, end


_BOUNDS = {
    "at_least": (True, None),
    "more_than": (False, None),
    "at_most": (None, True),
    "up_to": (None, True),
    "less_than": (None, False),
}


def number_ranges(text: str, lang: str, numbers: list[NumberMatch]) -> list[dict[str, Any]]:
    """Open number ranges ("more than 8") in the scorer's numberrange shape."""
    out: list[dict[str, Any]] = []
    for n in numbers:
        if n.pattern == "article":
            continue
        name, start, end = qualify(text, lang, n.start, n.end)
        if name not in _BOUNDS:
            continue
        low, high = _BOUNDS[name]
        value = float(n.value)
        out.append(
            {
                "kind": "numberrange",
                "min": value if low is not None else None,
                "max": value if high is not None else None,
                "min_incl": low,
                "max_incl": high,
                "span": [start, end],
            }
        )
    return out
