"""Scans of patterns whose every match holds a rare character: only the stretches around one.

A match consumes only characters the pattern's sets allow, so it lies inside one maximal run
of such characters; if it must hold a rare character, inside a run that holds one. The scan
searches those runs alone (with a little text after each, for look-aheads to see), which
gives exactly the matches of a scan of the whole text when the rare characters are few, as
the markers of a skeleton text are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from factcheck.cache.derived import Derivation, derived
from factcheck.extract.scan import fold as fold_module
from factcheck.extract.scan.fold import fold, fold_tree
from factcheck.extract.scan.recent import per_object
from factcheck.extract.scan.sets import compact

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
# the code that derives a plan's patterns: what it derived is kept per version of it
_CODE = (__file__, fold_module.__file__)


class _Unbounded(Exception):
    """A construct whose reach or character set the plan cannot bound."""


def _walk(data: list, items: list, consumed: bool) -> int:
    """Collect the set items of consuming parts into ``items``; return the look-ahead reach.

    The reach is how far past a match's end its look-arounds and anchors may look.
    """
    reach = 0
    for op, av in data:
        if op is C.LITERAL:
            if consumed:
                items.append((op, av))
        elif op is C.IN:
            if consumed:
                if any(o is C.NEGATE for o, _ in av):
                    raise _Unbounded
                items.extend(av)
        elif op is C.SUBPATTERN:
            if av[1] or av[2]:  # local flags change what the sets match
                raise _Unbounded
            reach = max(reach, _walk(av[3].data, items, consumed))
        elif op is C.BRANCH:
            for alternative in av[1]:
                reach = max(reach, _walk(alternative.data, items, consumed))
        elif op in _REPEATS:
            reach = max(reach, _walk(av[2].data, items, consumed))
        elif op is C.ATOMIC_GROUP:
            reach = max(reach, _walk(av.data, items, consumed))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, body = av
            inner = _walk(body.data, items, False)
            width = body.getwidth()[1] if direction == 1 else 0
            if width >= C.MAXREPEAT:
                raise _Unbounded
            reach = max(reach, width + inner)
        elif op is C.AT:
            reach = max(reach, 2)  # "$" looks at the next two characters
        elif op is C.ANY and not consumed:
            continue
        else:  # any character consumed, back references
            raise _Unbounded
    return reach


def _requires(data: list, rare: frozenset[int]) -> bool:
    """True when every match of ``data`` consumes one of the ``rare`` code points."""
    for op, av in data:
        if op is C.LITERAL and av in rare:
            return True
        if op is C.IN and av and all(o is C.LITERAL and v in rare for o, v in av):
            return True
        if op is C.SUBPATTERN and _requires(av[3].data, rare):
            return True
        if op is C.BRANCH and all(_requires(alt.data, rare) for alt in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _requires(av[2].data, rare):
            return True
        if op is C.ATOMIC_GROUP and _requires(av.data, rare):
            return True
    return False


@dataclass(frozen=True)
class Plan:
    """How to find the stretches of text that can hold a match of some patterns.

    ``run`` matches a run of characters any of the patterns consumes; ``reach`` is how far
    past a match its look-aheads may look.
    """

    rare: str
    run: re.Pattern[str]
    reach: int
    folded: bool


@cache
def plan(patterns: tuple[re.Pattern[str], ...], rare: str) -> Plan | None:
    """The plan for ``patterns``, or None when one of them may match without a ``rare``
    character or has a part the plan cannot bound (then whole texts must be scanned).
    """
    found = derived(f"plan {rare}", patterns, _CODE, lambda: compact(_plan_tree(patterns, rare)))
    if found is None:
        return None
    run, (reach, folded) = found
    return Plan(rare, run, reach, folded)


def _plan_tree(patterns: tuple[re.Pattern[str], ...], rare: str) -> Derivation:
    """The plan's run, parsed, with its flags, reach and whether it scans folded text."""
    items: list = []
    reach = 0
    flags = {p.flags for p in patterns}
    if len(flags) != 1:
        return None
    for pattern in patterns:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if not _requires(parsed.data, frozenset(map(ord, rare))):
            return None
        try:
            reach = max(reach, _walk(parsed.data, items, True))
        except _Unbounded:
            return None
    run = _parser.SubPattern(parsed.state, [(C.IN, items)])
    parsed.data = [(C.MAX_REPEAT, (0, C.MAXREPEAT, run))]
    # a case-blind set is tested character by character; on folded text it is a bitmap
    folded = fold_tree(parsed)
    flag = parsed.state.flags if folded else flags.pop()
    return parsed, flag, (reach, folded)


def _heads(text: str, rare: str) -> list[int]:
    """The offsets of the ``rare`` characters in ``text``, in order (a find is a fast scan)."""
    out = []
    for char in rare:
        at = text.find(char)
        while at >= 0:
            out.append(at)
            at = text.find(char, at + 1)
    return sorted(out)


# runs closer than this are searched as one window: a search call costs more than the gap
_GAP = 64
# with a rare character more often than once in this many, one scan of the whole text is faster
_SPARSE = 100


def windows(plan: Plan, text: str) -> list[tuple[int, int]] | None:
    """The stretches of ``text`` every match of the plan's patterns lies in, in order.

    None when rare characters are so frequent that searching stretch by stretch costs more.
    """
    size = len(text)
    if sum(map(text.count, plan.rare)) * _SPARSE > size:
        return None
    out: list[tuple[int, int]] = []
    scan = fold(text) if plan.folded else text
    reverse = None
    done = 0
    for at in _heads(text, plan.rare):
        if at < done:
            continue
        if reverse is None:
            reverse = scan[::-1]
        back, ahead = plan.run.match(reverse, size - at), plan.run.match(scan, at)
        assert back is not None and ahead is not None  # a run may be empty: it always matches
        low = at - (back.end() - (size - at))
        done = ahead.end()
        if out and low - out[-1][1] < _GAP:
            out[-1] = (out[-1][0], done)
        else:
            out.append((low, done))
    return out


@per_object
def _folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` made case-sensitive for ``fold``-ed text, or None when it cannot be."""
    found = derived("folded", (pattern,), _CODE, lambda: compact(_folded_tree(pattern)))
    return None if found is None else found[0]


def _folded_tree(pattern: re.Pattern[str]) -> Derivation:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return (parsed, parsed.state.flags, ()) if fold_tree(parsed) else None


def finditer_in(
    pattern: re.Pattern[str], text: str, plan: Plan, stretches: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The spans of ``pattern.finditer(text)`` for a pattern of ``plan``, from ``stretches``.

    A case-blind pattern runs case-sensitively over the folded text, which is faster: the
    matches have the offsets of the text's own, but their strings are lower-cased.
    """
    size = len(text)
    folded = _folded(pattern)
    if folded is not None:
        pattern, text = folded, fold(text)
    for low, high in stretches:
        for found in pattern.finditer(text, low, min(size, high + plan.reach)):
            if found.start() >= high:  # in the look-ahead margin: a later stretch's match
                break
            yield found
