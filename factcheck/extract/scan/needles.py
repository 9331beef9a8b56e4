"""Scans of patterns whose every match opens with one of a few words: the words are found as
substrings, and the pattern is tried where they stand.

A pattern of named days, of the words that lead a clock time ("at", "alle"), of the names of
a region opens each match with a few letters of one of its words. An edge scan (see
``rewrites.edged``) tries it at every word with a possible first character, which in a
language full of short words is most of them; a substring search for each opening finds the
few places it can match at the speed of a memory scan.

The openings are read from the pattern's first characters (``bigrams``), on folded text:
each is the longest run of single letters every match starting with it begins with. A class
a case-blind letter stands for ("i" for "İ" and "ı") is looked for by its ASCII letter; a
text holding one of the others is scanned as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import product
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from factcheck.cache.derived import derived_text
from factcheck.extract.scan import bigrams
from factcheck.extract.scan import fold as fold_module
from factcheck.extract.scan.fold import fold, fold_tree
from factcheck.extract.scan.recent import per_object

# the code that derives the openings: kept per version of it
_CODE = (__file__, bigrams.__file__, fold_module.__file__)
# characters of a match's opening read at most, and at least: a shorter one is a common word
_LONGEST, _SHORTEST = 6, 3
# openings looked for at most: more substring searches cost more than an edge scan
_MOST = 16
# a class of more characters than this is no letter of an opening
_CLASS = 3
# places tried at most per text: where openings are this frequent, the edge scan is faster
_DENSE = 48

Scanner = Callable[[str], Iterator[re.Match[str]]]


class Openings:
    """The words every match of a pattern opens with, and the characters a case-blind letter
    of them stands for besides its ASCII one."""

    def __init__(self, words: tuple[str, ...], others: str) -> None:
        self.words = words
        self.others = others


@per_object
def openings(pattern: re.Pattern[str]) -> Openings | None:
    """The openings of ``pattern``'s matches, None when they are not a few words (kept in the
    store, as the other scans' derivations: deriving them parses the pattern again)."""
    if pattern.pattern is None or not pattern.flags & re.IGNORECASE:
        return None
    kept = derived_text("openings", pattern.pattern, _CODE, lambda: _derive(pattern))
    if not kept:
        return None
    words, _, others = kept.partition("\1")
    return Openings(tuple(words.split("\0")), others)


def _derive(pattern: re.Pattern[str]) -> str:
    """``openings`` as stored: the words joined by NUL, SOH, the other characters; or ""."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if not fold_tree(parsed, loose=True):
        return ""
    data = list(parsed.data)
    while data and data[0][0] in (C.ASSERT, C.ASSERT_NOT, C.AT):
        data.pop(0)
    prefixes = bigrams.prefixes(data, _LONGEST)
    if prefixes is None:
        return ""
    words: set[str] = set()
    others: set[str] = set()
    for prefix in prefixes:
        letters: list[list[str]] = []
        for shape in prefix:
            chars = _letters(shape)
            if chars is None:
                break
            plain = [c for c in chars if c.isascii()][:1] or chars[:1]
            others.update(c for c in chars if c not in plain)
            letters.append(plain)
        if len(letters) < _SHORTEST:
            return ""
        words.update("".join(p) for p in product(*letters))
    # an opening that starts with another is found where the other is
    kept: list[str] = []
    for word in sorted(words, key=lambda w: (len(w), w)):
        if not any(word.startswith(k) for k in kept):
            kept.append(word)
    if not kept or len(kept) > _MOST:
        return ""
    return "\0".join(kept) + "\1" + "".join(sorted(others))


def _letters(shape: tuple) -> list[str] | None:
    """The characters of a class of a few single characters, None for any other class."""
    if any(op is C.NEGATE for op, _ in shape):
        return None
    codes = bigrams.codes(shape)
    if codes is None or len(codes) > _CLASS:
        return None
    return [chr(c) for c in codes]


def needle_finditer(
    found: Openings, pattern: re.Pattern[str], text: str, otherwise: Scanner
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried where an opening stands in the folded text;
    ``otherwise`` scans a text that holds another character an opening's letter stands for,
    or openings too many to try one by one."""
    if found.others and any(c in text for c in found.others):
        return otherwise(text)
    low = fold(text)
    starts = {at for word in found.words for at in occurrences(low, word)}
    if len(starts) > _DENSE:
        return otherwise(text)
    return tried_at(pattern, text, sorted(starts))


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Where ``needle`` stands in ``text``, in order (overlapping ones too)."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def tried_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match is not empty and starts at
    one of ``starts`` (in order): it is tried there, past the end of the match before."""
    done = 0
    for at in starts:
        if at < done:
            continue
        match = pattern.match(text, at)
        if match is not None:
            yield match
            done = match.end()
