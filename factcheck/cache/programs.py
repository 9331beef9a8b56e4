"""The program each compiled pattern runs, so that a pattern can be kept as its program and
handed back to the regular-expression engine as it is: nothing parsed, compiled or looked up
(see :mod:`factcheck.cache.snapshots`)."""

from __future__ import annotations

import re
import weakref
from array import array
from functools import cache
from typing import Any

# (flags as compiled, program as bytes, groups, group index, index group)
Record = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# the records of the patterns the store compiled from a parsed pattern, which have no text
# to look them up by: by identity, while each lives
_unspelled: dict[int, tuple[weakref.ref[re.Pattern[Any]], tuple[Any, ...]]] = {}


@cache
def word_type() -> str:
    """The array type code of one word of the engine's programs."""
    import _sre  # type: ignore[import-not-found]

    return next(code for code in "HIL" if array(code).itemsize == _sre.CODESIZE)


def remember(pattern: re.Pattern[Any], record: tuple[Any, ...]) -> re.Pattern[Any]:
    """``pattern``, with the record it was compiled from kept while it lives."""
    key = id(pattern)
    _unspelled[key] = (weakref.ref(pattern, lambda _: _unspelled.pop(key, None)), record)
    return pattern


def record_of(pattern: re.Pattern[Any]) -> Record | None:
    """The record the pattern store compiled ``pattern`` from; None for a pattern it did not
    compile (re compiled it before the store was installed, or without it)."""
    from factcheck.cache.patterns import stored

    if pattern.pattern is None:
        kept = _unspelled.get(id(pattern))
        found = kept[1] if kept is not None and kept[0]() is pattern else None
    else:
        # filed under the flags as given, to which compiling a text pattern adds UNICODE
        found = stored((pattern.pattern, pattern.flags)) or stored(
            (pattern.pattern, pattern.flags & ~re.UNICODE)
        )
    if found is None or len(found) < 5 or found[0] != pattern.flags:
        return None
    flags, program, groups, groupindex, indexgroup = found[:5]
    return flags, bytes(program), groups, dict(groupindex), tuple(indexgroup)


def from_program(
    pattern: str | bytes | None,
    flags: int,
    program: bytes,
    groups: int,
    groupindex: dict[str, int],
    indexgroup: tuple[str | None, ...],
) -> re.Pattern[Any]:
    """The pattern whose record :func:`record_of` gave, handed to the engine as it is."""
    import _sre

    code = array(word_type(), program).tolist()
    found: re.Pattern[Any] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    if pattern is None:
        remember(found, (flags, program, groups, groupindex, indexgroup))
    return found
