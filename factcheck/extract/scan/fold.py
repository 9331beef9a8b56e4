"""Case-blind patterns turned case-sensitive over lower-cased text, which the engine scans faster.

``fold(text)`` lower-cases every character whose lower case is one character and keeps the
others ("İ"), so offsets stay valid. ``fold_tree`` rewrites a parsed IGNORECASE pattern so that,
without IGNORECASE, it matches ``fold(text)`` exactly where the original matches ``text``: each
character becomes the set of folds of the characters it matches case-blind. Class escapes
(``\\w``, ``\\d``, ``\\s``) are unchanged: no character changes class when folded.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]

from factcheck.extract.scan.recent import Recent

# ranges wider than this are not expanded character by character: the pattern is left as is
_MAX_RANGE = 1024
_variants: dict[str, frozenset[str]] = {}
# the last texts folded (an article and its skeleton) and their folds: each is folded once
_folds: Recent[str] = Recent("")


# texts shorter than this (a qualifier's window) are folded anew: kept, they would push an
# article's fold out of the few remembered
_KEPT_FROM = 256


def fold(text: str) -> str:
    """``text`` lower-cased, keeping each character whose lower case is longer than one."""
    return _folds.get(text, _fold) if len(text) >= _KEPT_FROM else _fold(text)


def _fold(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # "İ" is the one character whose lower case is longer
        low = "İ".join(part.lower() for part in text.split("İ"))
    if len(low) != len(text):
        low = "".join(low if len(low := c.lower()) == 1 else c for c in text)
    return low


# the two planes that hold letters: planes 2 to 16 hold ideographs, tags, variation selectors
# and private use, none of which has a case to match another character by
_CASED_PLANES = 0x20000


@cache
def cased_planes() -> str:
    """Every character of the planes that hold all characters with a case, in order: built as
    UTF-32 a byte lane at a time, with no Python step per character."""
    lanes = bytearray(4 * _CASED_PLANES)
    lanes[0::4] = bytes(range(256)) * (_CASED_PLANES // 256)
    lanes[1::4] = b"".join(bytes([b]) * 256 for b in range(256)) * (_CASED_PLANES // 65536)
    lanes[2::4] = b"".join(bytes([p]) * 65536 for p in range(_CASED_PLANES // 65536))
    return lanes.decode("utf-32-le", "surrogatepass")


def _learn(chars: set[str]) -> None:
    """Fill ``_variants`` for ``chars``: the folds of every character each matches case-blind."""
    missing = sorted(c for c in chars if c not in _variants)
    if not missing:
        return
    found = set(re.findall(f"[{''.join(map(re.escape, missing))}]", cased_planes(), re.I))
    for c in missing:
        same = re.compile(re.escape(c), re.I).fullmatch
        _variants[c] = frozenset(fold(t) for t in found | {c} if same(t))


def _literals(codes: list[int]) -> list:
    return [(C.LITERAL, ord(v)) for code in codes for v in sorted(_variants[chr(code)])]


class _Unfoldable(Exception):
    """A construct whose case-blind meaning the rewrite does not reproduce."""


def _chars(data: list, out: set[str]) -> None:
    for op, av in data:
        if op in (C.LITERAL, C.NOT_LITERAL):
            out.add(chr(av))
        elif op is C.IN:
            for item, value in av:
                if item is C.LITERAL:
                    out.add(chr(value))
                elif item is C.RANGE:
                    if value[1] - value[0] > _MAX_RANGE:
                        raise _Unfoldable
                    out.update(map(chr, range(value[0], value[1] + 1)))
                elif item not in (C.NEGATE, C.CATEGORY):
                    raise _Unfoldable
        for sub in _children(op, av):
            _chars(sub.data, out)


def _children(op: object, av: object) -> list:
    if op is C.SUBPATTERN:
        if av[1] or av[2]:  # type: ignore[index]
            raise _Unfoldable  # local flags
        return [av[3]]  # type: ignore[index]
    if op is C.BRANCH:
        return list(av[1])  # type: ignore[index]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return [av[2]]  # type: ignore[index]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]  # type: ignore[index]
    if op is C.ATOMIC_GROUP:
        return [av]
    if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.AT):
        return []
    raise _Unfoldable  # back references and anything rarer


def _rewrite(data: list) -> None:
    for i, (op, av) in enumerate(data):
        if op is C.LITERAL:
            items = _literals([av])
            data[i] = items[0] if len(items) == 1 else (C.IN, items)
        elif op is C.NOT_LITERAL:
            data[i] = (C.IN, [(C.NEGATE, None), *_literals([av])])
        elif op is C.IN:
            items = []
            for item, value in av:
                if item is C.LITERAL:
                    items += _literals([value])
                elif item is C.RANGE:
                    items += _literals(list(range(value[0], value[1] + 1)))
                else:
                    items.append((item, value))
            data[i] = (C.IN, items)
        for sub in _children(op, av):
            _rewrite(sub.data)


def _unfoldable(data: list) -> bool:
    try:
        _chars(data, set())
    except _Unfoldable:
        return True
    return False


def _loosen(data: list) -> None:
    """Drop the look-arounds whose body the rewrite cannot reproduce (a case-sensitive part
    of a case-blind pattern: a capital after a full stop): the pattern then matches wherever
    it matched, and perhaps more."""
    data[:] = [
        (op, av)
        for op, av in data
        if op not in (C.ASSERT, C.ASSERT_NOT) or not _unfoldable(av[1].data)
    ]
    for op, av in data:
        try:
            children = _children(op, av)
        except _Unfoldable:
            continue  # left for ``fold_tree`` to turn down
        for sub in children:
            _loosen(sub.data)


def fold_tree(parsed: object, loose: bool = False) -> bool:
    """Rewrite a parsed IGNORECASE pattern in place for ``fold``-ed text; False if it cannot.

    ``loose``: for a pattern that only finds where to try the original, which matches every
    text it matches and perhaps more, look-arounds it cannot reproduce are dropped.
    """
    state = parsed.state  # type: ignore[attr-defined]
    if not state.flags & re.IGNORECASE:
        return False
    if loose:
        _loosen(parsed.data)  # type: ignore[attr-defined]
    chars: set[str] = set()
    try:
        _chars(parsed.data, chars)  # type: ignore[attr-defined]
    except _Unfoldable:
        return False
    _learn(chars)
    _rewrite(parsed.data)  # type: ignore[attr-defined]
    state.flags &= ~re.IGNORECASE
    return True
