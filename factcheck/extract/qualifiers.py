"""Qualifiers around a figure: at least, more than, about, up to … in each language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from factcheck.extract.lexicon import load, phrases
from factcheck.extract.numbers import NumberMatch


@dataclass(frozen=True)
class _Grammar:
    before: dict[str, re.Pattern[str]]
    after: dict[str, re.Pattern[str]]


@cache
def grammar(lang: str) -> _Grammar:
    """Compiled qualifier patterns of ``lang`` (before the figure and after it)."""
    q = load(lang).section("qualifiers")
    before = {
        k: re.compile(rf"(?<![^\W_]){phrases(v)}\s*$", re.IGNORECASE)
        for k, v in q.get("before", {}).items()
        if v
    }
    after = {
        k: re.compile(rf"\s*{phrases(v)}(?![^\W_])", re.IGNORECASE)
        for k, v in q.get("after", {}).items()
        if v
    }
    return _Grammar(before, after)


def qualify(text: str, lang: str, start: int, end: int) -> tuple[str, int, int]:
    """The qualifier of the figure at ``start:end`` and the span widened to cover it."""
    g = grammar(lang)
    window = text[max(0, start - 40) : start]
    for name, pattern in g.after.items():
        m = pattern.match(text, end)
        if m:
            return name, start, m.end()
    best: tuple[str, int] | None = None
    for name, pattern in g.before.items():
        m = pattern.search(window)
        if m and (best is None or m.start() < best[1]):
            best = (name, m.start())
    if best:
        return best[0], start - len(window) + best[1], end
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
