"""The date slots searched for on their own before the templates that hold them are tried.

A slot written in figures ("{Y}": 1800 to 2099, "{DD}") has no word an anchor could stand
for, so the anchor prefilter lets every template holding it through. Searching the text once
for the slot's own regex tells the same thing for the price of one short scan: where no
stretch matches a year, no template that must hold one can match.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from collections.abc import Iterable
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]


def probes_of(
    slots: dict[str, str], required: Iterable[frozenset[str]]
) -> dict[str, re.Pattern[str]]:
    """The regex of each slot some template requires that is written in figures only."""
    held = sorted({slot for slots_held in required for slot in slots_held})
    return {k: re.compile(slots[k], re.IGNORECASE) for k in held if figures(slots[k])}


def figures(source: str) -> bool:
    """True when the regex ``source`` names no letter but numerals (digits, marks, "〇一二"):
    what it matches is no word an anchor could stand for, and case does not change it."""
    # a letter outside an escape is most often a literal: such a slot is not parsed
    if not all(map(_figure, re.sub(r"\\.", "", source))):
        return False
    return _plain(list(_parser.parse(source, re.IGNORECASE)))


def _figure(char: str) -> bool:
    """True for a character with no case that is no letter, or a numeral ("〇", "五")."""
    return not (char.isalpha() and not char.isnumeric()) and not _sre.unicode_iscased(ord(char))


_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _plain(items: list) -> bool:
    """``figures`` of parsed items."""
    for op, av in items:
        chars: Iterable[int] = ()
        if op in (C.LITERAL, C.NOT_LITERAL):
            chars = (av,)
        elif op is C.RANGE:
            chars = range(av[0], av[1] + 1)
        if not all(_figure(chr(c)) for c in chars):
            return False
        nested: list = []
        if op is C.IN:
            nested = [av]
        elif op is C.BRANCH:
            nested = av[1]
        elif op is C.SUBPATTERN:
            nested = [av[3]]
        elif op in _REPEATS:
            nested = [av[2]]
        elif op in (C.ASSERT, C.ASSERT_NOT):
            nested = [av[1]]
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS, C.ATOMIC_GROUP):
            return False
        if not all(_plain(list(n)) for n in nested):
            return False
    return True
