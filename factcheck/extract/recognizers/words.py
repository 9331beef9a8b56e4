"""Regular expressions built from lexicon words: tries of literal phrases, alternations."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from factcheck.cache.derived import derived_text

_SPACE = "\x00"
# word lists at least this long are built once and kept in the pattern store: even a list
# of a few words costs more to spell as a trie than to read back, and a language has a few
# dozen such lists (months, weekdays, ordinals, joining words)
_KEPT_FROM = 2
_CODE = (__file__,)


def _trie_regex(node: dict[str, Any]) -> str:
    """A trie as a regex: shared prefixes are matched once, longer branches tried first."""
    end = "" in node
    branches = []
    for key in sorted(k for k in node if k):
        head = r"\s+" if key == _SPACE else re.escape(key)
        branches.append(head + _trie_regex(node[key]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body


def trie(words: object) -> str:
    """A regex matching any of the literal phrases, built as a trie: much faster than a flat
    alternation of thousands of names, and like it, the longest phrase wins at a position.
    """
    unique = sorted({str(w) for w in words})  # type: ignore[attr-defined]
    if len(unique) < _KEPT_FROM:
        return _trie(unique)
    return derived_text("trie", repr(unique), _CODE, lambda: _trie(unique))


def _trie(words: list[str]) -> str:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in _SPACE.join(word.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _trie_regex(root)
    return f"(?:{body})" if body and "" not in root else "(?!)"


def alternation(words: object, flags_word: bool = True) -> str:
    """A regex alternation of literal phrases, longest first; spaces match any white space."""
    return trie(words)


def phrases(words: object) -> str:
    """A regex alternation of lexicon phrases that may hold regex syntax (spaces = white space)."""
    # ties in alphabetical order: a set's order changes with every process's string hashing
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    parts = [re.sub(r" +", r"\\s+", item) for item in items if item]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@cache
def currency_codes() -> frozenset[str]:
    """The ISO 4217 currency codes (pycountry), and XBT for bitcoin. Kept in the cache
    folder under pycountry's version: importing pycountry and reading its currencies cost
    each run of extract a hundredth of a second, for a list of three-letter codes."""
    from factcheck.cache.tables import kept

    files = (Path(__file__),)
    return frozenset(kept("currency-codes", None, ("pycountry",), files, _read_currency_codes))


def _read_currency_codes() -> list[str]:
    import pycountry

    return sorted({c.alpha_3 for c in pycountry.currencies} | {"XBT"})
