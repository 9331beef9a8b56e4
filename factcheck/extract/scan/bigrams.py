"""The first two characters a pattern's match can start with, as a look-ahead.

An edge scan tries the whole pattern at every word whose first character may start a match.
With big alternations of words ("january", "the", "twenty-first", ...) most of those tries
fail on the second character; a look-ahead on the possible pairs turns them away in a few
comparisons. The pairs over-approximate: a pattern part this analysis does not follow leaves
the pair open, and a pattern it cannot read at all gives no look-ahead.
"""

from __future__ import annotations

from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
# a character class as hashable set items
Shape = tuple[tuple, ...]


class _Unread(Exception):
    """A construct the analysis does not follow."""


def _then(prefixes: set[Shape], shape: Shape) -> set[Shape]:
    """Each of ``prefixes`` shorter than two classes, followed by the class ``shape``."""
    return {(*p, shape) if len(p) < 2 else p for p in prefixes}


def _step(prefixes: set[Shape], item: tuple) -> set[Shape]:
    """Every prefix (up to two classes) after ``item`` follows each of ``prefixes``."""
    op, av = item
    if all(len(p) == 2 for p in prefixes) or op in _ZERO_WIDTH:
        return prefixes
    if op is C.LITERAL:
        return _then(prefixes, ((C.LITERAL, av),))
    if op is C.IN:
        return _then(prefixes, tuple(av))
    if op is C.NOT_LITERAL:
        return _then(prefixes, ((C.NEGATE, None), (C.LITERAL, av)))
    if op is C.SUBPATTERN:
        if av[1] or av[2]:
            raise _Unread
        return _extend(prefixes, av[3].data)
    if op is C.ATOMIC_GROUP:
        return _extend(prefixes, av.data)
    if op is C.BRANCH:
        return set().union(*(_extend(prefixes, alt.data) for alt in av[1]))
    if op in _REPEATS:
        low, high, body = av
        rounds = [prefixes]
        for _ in range(2):
            rounds.append(_extend(rounds[-1], body.data))
        taken = [r for i, r in enumerate(rounds) if low <= i <= high]
        return set().union(*taken) if taken else rounds[-1]
    raise _Unread


def _extend(prefixes: set[Shape], data: list) -> set[Shape]:
    for item in data:
        prefixes = _step(prefixes, item)
    return prefixes


def pair_lookahead(state: object, data: list) -> tuple | None:
    """A look-ahead item matching the first two characters any match of ``data`` starts with.

    None when the pattern has a part the analysis does not read, or a first character set it
    cannot split by character.
    """
    try:
        prefixes = _extend({()}, data)
    except _Unread:
        return None
    if () in prefixes:
        return None  # a match may be empty
    seconds: dict[Any, list | None] = {}
    others: dict[Any, list | None] = {}
    for prefix in prefixes:
        open_end = len(prefix) < 2 or any(op is C.NEGATE for op, _ in prefix[1])
        codes = _codes(prefix[0])
        tables: list[tuple[Any, dict[Any, list | None]]]
        tables = [(c, seconds) for c in codes] if codes else [(prefix[0], others)]
        for key, table in tables:
            if open_end:
                table[key] = None  # any second character
            elif (entry := table.setdefault(key, [])) is not None:
                entry.extend(prefix[1])
    alternatives = [
        _alternative(state, [(C.LITERAL, code)], seconds[code]) for code in sorted(seconds)
    ]
    alternatives += [_alternative(state, [(C.IN, list(key))], others[key]) for key in others]
    branch = _parser.SubPattern(state, [(C.BRANCH, (None, alternatives))])
    return (C.ASSERT, (1, branch))


def _codes(shape: Shape) -> list[int] | None:
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


def _alternative(state: object, head: list, second: list | None) -> _parser.SubPattern:
    items = list(head)
    if second is not None:
        items.append((C.IN, list(dict.fromkeys(second))))
    return _parser.SubPattern(state, items)
