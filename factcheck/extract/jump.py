"""Pattern scans that jump to the characters a match can start with, instead of trying each."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _compiler, _parser
from re import _constants as C

_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
# the commonest letters of the languages read, and white space
_COMMON = "etaoinsrhldcumpgfbvyzkjwETAOINSRHLDCUMPGFBVYZKJW \n"


def _first(items: list) -> tuple[list | None, bool]:
    """The character-set items a match of ``items`` can start with, and whether it can be empty.

    None for the items when they are unknown (a negated set, a back reference, ...).
    """
    out: list = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        first, empty = _one(op, av)
        if first is None:
            return None, False
        out += first
        if not empty:
            return out, False
    return out, True


def _one(op: object, av: object) -> tuple[list | None, bool]:
    """``_first`` of one parsed item."""
    if op is C.LITERAL:
        return [(C.LITERAL, av)], False
    if op is C.IN:
        return (None if any(o is C.NEGATE for o, _ in av) else list(av)), False  # type: ignore[attr-defined]
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, body = av  # type: ignore[misc]
        return (None, False) if add_flags or del_flags else _first(list(body))
    if op is C.BRANCH:
        out: list = []
        empty = False
        for alternative in av[1]:  # type: ignore[index]
            first, can_be_empty = _first(list(alternative))
            if first is None:
                return None, False
            out += first
            empty = empty or can_be_empty
        return out, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        first, empty = _first(list(av[2]))  # type: ignore[index]
        return first, empty or av[0] == 0  # type: ignore[index]
    return None, False


@cache
def starter(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character pattern matching where ``pattern`` can start, or None when unknown."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    first, empty = _first(list(parsed))
    if not first or empty:
        return None
    parsed.data = [(C.IN, first)]
    start = _compiler.compile(parsed, pattern.flags)
    # a jump per candidate costs more than the engine's own scan when candidates are common
    return None if start.search(_COMMON) else start


@cache
def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` checking first that the next character can start a match (same matches).

    The engine then rejects most positions with one set test instead of trying every branch.
    """
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    first, empty = _first(list(parsed))
    if not first or empty:
        return pattern
    lead = 0
    while parsed.data[lead][0] in _ZERO_WIDTH:
        lead += 1
    parsed.data.insert(lead, (C.ASSERT, (1, _parser.SubPattern(parsed.state, [(C.IN, first)]))))
    return _compiler.compile(parsed, pattern.flags)


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, found by jumping between possible starts."""
    start = starter(pattern)
    if start is None:
        yield from guarded(pattern).finditer(text)
        return
    search, match = start.search, pattern.match
    at = search(text)
    while at is not None:
        pos = at.start()
        found = match(text, pos)
        if found is not None:
            yield found
            pos = max(found.end(), pos + 1)
        else:
            pos += 1
        at = search(text, pos)
