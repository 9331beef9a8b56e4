"""Patterns led by look-behinds, rewritten to be led by their first character instead: the
engine skips to that character in C, and a failed look-behind is turned away there."""

from __future__ import annotations

import re
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from typing import Any

from factcheck.cache.derived import Derivation, derived
from factcheck.extract.scan.recent import per_object
from factcheck.extract.scan.sets import compact

# the code that rewrites: what it derived is kept in the pattern store per version of it
_CODE = (__file__,)


@per_object
def behind_led(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern led by look-behinds (or none), the same pattern led by its first character
    instead, which the engine skips to in C, the look-behinds moved after it (one character
    wider); None when its first character is not one class the engine can skip to.

    ``(?<!\\w)\\d{1,2}h`` becomes ``\\d(?<!\\w[\\s\\S])\\d{0,1}h``: the same matches.
    """
    found = derived("behind-led", (pattern,), _CODE, lambda: compact(_behind_tree(pattern)))
    return None if found is None else found[0]


def _behind_tree(pattern: re.Pattern[str]) -> Derivation:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    data = parsed.data
    lead = 0
    while lead < len(data) and data[lead][0] in (C.ASSERT, C.ASSERT_NOT) and data[lead][1][0] == -1:
        lead += 1
    state = parsed.state
    shifted = [(op, (-1, _wider(state, body))) for op, (_, body) in data[:lead]]
    body = _after_first(state, _unrolled(data[lead:]), shifted)
    if body is None:
        return None
    rest = _parser.SubPattern(state, body)
    if not _compiler._get_charset_prefix(rest, state.flags):
        return None
    return rest, state.flags, ()


_ANY = (C.IN, [(C.CATEGORY, C.CATEGORY_SPACE), (C.CATEGORY, C.CATEGORY_NOT_SPACE)])


def _wider(state: Any, body: _parser.SubPattern) -> _parser.SubPattern:
    """A look-behind's body followed by any one character: the same test one character on."""
    return _parser.SubPattern(state, [*body.data, _ANY])


def _after_first(state: Any, items: list, checks: list) -> list | None:
    """``items`` with ``checks`` right after the one character every match starts with (in
    each branch, inside groups that change no flags), None where that is not one class."""
    if not items:
        return None
    op, av = items[0]
    if op in (C.IN, C.LITERAL):
        return [items[0], *checks, *items[1:]]
    if op is C.SUBPATTERN:
        group, add, drop, sub = av
        inner = None if add or drop else _after_first(state, list(sub.data), checks)
        if inner is None:
            return None
        return [(op, (group, add, drop, _parser.SubPattern(state, inner))), *items[1:]]
    if op is C.BRANCH:
        branches = [_after_first(state, list(alt.data), checks) for alt in av[1]]
        if any(b is None for b in branches):
            return None
        alternatives = [_parser.SubPattern(state, b) for b in branches if b is not None]
        return [(op, (av[0], alternatives)), *items[1:]]
    return None


def _unrolled(items: list) -> list:
    """``items`` with a leading repeat of one character class taken once first (``\\d{1,3}``
    as ``\\d\\d{0,2}``, the same matches): the engine skips to a class, not a repeat."""
    if not items or items[0][0] not in (C.MAX_REPEAT, C.MIN_REPEAT):
        return items
    low, high, body = items[0][1]
    if low < 1 or len(body.data) != 1 or body.data[0][0] not in (C.IN, C.LITERAL):
        return items
    more = high - 1 if high != C.MAXREPEAT else high
    return [body.data[0], (items[0][0], (low - 1, more, body)), *items[1:]]
