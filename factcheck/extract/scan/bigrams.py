"""The first few characters a pattern's match can start with, as a look-ahead.

An edge scan tries the whole pattern at every word whose first character may start a match.
With big alternations of words ("january", "the", "twenty-first", ...) most of those tries
fail within the first few characters; a look-ahead on the possible prefixes (a trie of
character classes) turns them away in a few comparisons. The prefixes over-approximate: a
pattern part this analysis does not follow leaves the prefix open, and a pattern it cannot
read at all gives no look-ahead.
"""

from __future__ import annotations

from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
# a character class as hashable set items
Shape = tuple[tuple, ...]
# prefixes beyond this many make a look-ahead that costs more to build than it saves: the
# longest prefixes that stay within it are checked
_MAX_PREFIXES = 1000


class _Unread(Exception):
    """A construct the analysis does not follow."""


def _then(prefixes: set[Shape], shape: Shape, length: int) -> set[Shape]:
    """Each of ``prefixes`` shorter than ``length`` classes, followed by the class ``shape``."""
    return {(*p, shape) if len(p) < length else p for p in prefixes}


def _step(prefixes: set[Shape], item: tuple, length: int) -> set[Shape]:
    """Every prefix (up to ``length`` classes) after ``item`` follows each of ``prefixes``."""
    op, av = item
    if op in _ZERO_WIDTH or min(map(len, prefixes)) >= length:
        return prefixes
    if len(prefixes) > _MAX_PREFIXES:
        raise _Unread
    if op is C.LITERAL:
        return _then(prefixes, ((C.LITERAL, av),), length)
    if op is C.IN:
        return _then(prefixes, tuple(av), length)
    if op is C.NOT_LITERAL:
        return _then(prefixes, ((C.NEGATE, None), (C.LITERAL, av)), length)
    if op is C.SUBPATTERN:
        if av[1] or av[2]:
            raise _Unread
        return _extend(prefixes, av[3].data, length)
    if op is C.ATOMIC_GROUP:
        return _extend(prefixes, av.data, length)
    if op is C.BRANCH:
        return set().union(*(_extend(prefixes, alt.data, length) for alt in av[1]))
    if op in _REPEATS:
        low, high, body = av
        rounds = [prefixes]
        for _ in range(length):
            rounds.append(_extend(rounds[-1], body.data, length))
        taken = [r for i, r in enumerate(rounds) if low <= i <= high]
        return set().union(*taken) if taken else rounds[-1]
    raise _Unread


def _extend(prefixes: set[Shape], data: list, length: int) -> set[Shape]:
    for item in data:
        prefixes = _step(prefixes, item, length)
    return prefixes


def prefixes(data: list, length: int) -> set[Shape] | None:
    """The first classes, ``length`` at most (fewer where a match may end sooner), that the
    matches of the parsed ``data`` start with; None when a part is not read or they are too
    many."""
    try:
        return _extend({()}, data, length)
    except _Unread:
        return None


def pair_lookahead(state: object, data: list, length: int = 2) -> tuple | None:
    """A look-ahead item matching the first characters any match of ``data`` starts with (fewer
    where a match may end sooner): ``length`` of them at most, as many as keep the prefixes
    few, two at least.

    None when the pattern has a part the analysis does not read, or a first character set it
    cannot split by character.
    """
    prefixes: set[Shape] | None = None
    for size in range(2, max(length, 2) + 1):
        try:
            longer = _extend({()}, data, size)
        except _Unread:
            break
        if prefixes is not None and len(longer) > _MAX_PREFIXES:
            break
        prefixes = longer
    if prefixes is None:
        return None
    if () in prefixes:
        return None  # a match may be empty
    firsts: dict[Any, set[Shape]] = {}
    for prefix in prefixes:
        # a negated class ends what the look-ahead checks: it cannot be merged with others
        cut = next((i for i, s in enumerate(prefix) if any(o is C.NEGATE for o, _ in s)), None)
        rest = prefix[1:cut] if cut is None or cut > 0 else ()
        chars = codes(prefix[0]) if cut != 0 else None
        for key in chars if chars else [prefix[0]]:
            firsts.setdefault(key, set()).add(rest)
    alternatives = []
    for key in sorted(firsts, key=lambda k: (not isinstance(k, int), str(k))):
        head = (C.LITERAL, key) if isinstance(key, int) else (C.IN, list(key))
        alternatives.append(_parser.SubPattern(state, [head, *_trie(state, firsts[key])]))
    branch = _parser.SubPattern(state, [(C.BRANCH, (None, alternatives))])
    return (C.ASSERT, (1, branch))


def _trie(state: object, rests: set[Shape]) -> list:
    """The items matching one of ``rests`` (sequences of classes) at the start: nothing when
    one of them is empty (the prefix is open there)."""
    if () in rests:
        return []
    groups: dict[Shape, set[Shape]] = {}
    for rest in rests:
        groups.setdefault(rest[0], set()).add(rest[1:])
    alternatives = [
        _parser.SubPattern(state, [(C.IN, list(shape)), *_trie(state, tails)])
        for shape, tails in groups.items()
    ]
    if len(alternatives) == 1:
        return list(alternatives[0].data)
    return [(C.BRANCH, (None, alternatives))]


def codes(shape: Shape) -> list[int] | None:
    """The characters of a class of literals and small ranges, or None for any other class."""
    codes: list[int] = []
    for op, av in shape:
        if op is C.LITERAL:
            codes.append(av)
        elif op is C.RANGE and av[1] - av[0] < 256:
            codes.extend(range(av[0], av[1] + 1))
        else:
            return None
    return codes
