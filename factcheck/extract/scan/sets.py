"""Character classes of derived patterns compiled once for all: a grammar repeats the same
class (the characters a word may not touch, say) hundreds of times, and re's compiler builds
the bitmap of a class over ideograph ranges in pure Python at each of them.

A class in the form re's compiler makes of it, its wide ranges as a bitmap, compiles to a
program that matches the same characters, with its bitmaps taken as they are; ``compact``
puts each class of a derived pattern in that form, each distinct class worked out once per
process.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from typing import Any

from factcheck.cache.derived import Derivation

_compact: dict[tuple[Any, ...], list[Any]] = {}
# the characters of the basic plane, which re spells as one bitmap
_PLANE = 0x10000
# ranges at least this wide are kept as a bitmap
_WIDE = 256
# the case-blind flag as a plain number: a flag enum's operators run in Python
_BLIND = int(re.IGNORECASE)


def compact(derivation: Derivation) -> Derivation:
    """``derivation`` with the classes of its pattern in compiled form (the same matches)."""
    if derivation is not None:
        parsed, flags, _ = derivation
        _walk(parsed, bool((flags | parsed.state.flags) & _BLIND))
    return derivation


def _walk(sub: _parser.SubPattern, blind: bool) -> None:
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op is C.IN:
            data[i] = (C.IN, compacted(av, blind))
            continue
        inner = blind
        if op is C.SUBPATTERN:
            inner = bool((blind or av[1] & _BLIND) and not av[2] & _BLIND)
        for child in _children(av):
            _walk(child, inner)


def _children(av: Any) -> list[_parser.SubPattern]:
    if isinstance(av, _parser.SubPattern):
        return [av]
    if not isinstance(av, tuple | list):
        return []
    out = []
    for item in av:
        if isinstance(item, _parser.SubPattern):
            out.append(item)
        elif isinstance(item, list):
            out += [x for x in item if isinstance(x, _parser.SubPattern)]
    return out


def compacted(items: list[Any], blind: bool) -> list[Any]:
    """``items`` in compiled form; as they are in a case-blind part when they hold a
    character with a case, which re folds as it compiles them."""
    key = (blind, *((op, tuple(av) if isinstance(av, list) else av) for op, av in items))
    found = _compact.get(key)
    if found is None:
        if blind:
            folds = (_sre.unicode_iscased, _sre.unicode_tolower, _compiler._EXTRA_CASES)
            out, cased = _compiler._optimize_charset(items, *folds)
        else:
            out, cased = _compiler._optimize_charset(items)[0], False
        found = _compact[key] = items if cased else _bitmapped(out)
    return found


def _bitmapped(items: list[Any]) -> list[Any]:
    """A class re keeps as ranges, as a bitmap of the basic plane instead when a range is
    wide: re reads a range anew character by character each time it compiles it, a bitmap
    as it is."""
    if not any(op is C.RANGE and av[1] - av[0] >= _WIDE for op, av in items):
        return items
    head, tail = [], []
    charmap = bytearray(_PLANE)
    for op, av in items:
        if op is C.NEGATE:
            head.append((op, av))
        elif op is C.LITERAL and av < _PLANE:
            charmap[av] = 1
        elif op is C.RANGE and av[0] < _PLANE:
            high = min(av[1], _PLANE - 1)
            charmap[av[0] : high + 1] = b"\1" * (high + 1 - av[0])
            if av[1] >= _PLANE:
                tail.append((C.RANGE, (_PLANE, av[1])))
        else:
            tail.append((op, av))
    return [*head, (C.BIGCHARSET, _big(bytes(charmap))), *tail]


def _big(charmap: bytes) -> list[int]:
    """re's spelling of a set of the basic plane: the distinct blocks of 256 characters, and
    which block each of the 256 is."""
    blocks: dict[bytes, int] = {}
    mapping = bytearray(256)
    data = bytearray()
    for i in range(0, _PLANE, 256):
        chunk = charmap[i : i + 256]
        if chunk not in blocks:
            blocks[chunk] = len(blocks)
            data += chunk
        mapping[i // 256] = blocks[chunk]
    words: list[int] = _compiler._mk_bitmap(data)
    return [len(blocks), *_compiler._bytes_to_codes(mapping), *words]
