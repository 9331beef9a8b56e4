"""Searches for words that end where a figure starts, turned away at once where they cannot.

Many patterns look for words right before a figure ("more than", "magnitude", "aged"): they
end with ``$`` (maybe after white space) and are searched in a short window before the figure.
The last character of a match that is no white space is one of a few: a window whose last
such character is none of them holds no match, and one test tells so. The characters are read
off the pattern's parse tree; where that cannot be done, the window is searched as before.
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from factcheck.cache.derived import derived_text
from factcheck.extract.scan.boundaries import SPACES
from factcheck.extract.scan.recent import per_object

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_CLASSES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}


class _Unread(Exception):
    """A part of a pattern whose last character cannot be told."""


def _char(code: int) -> str:
    return re.escape(chr(code))


def _set(items: list[Any]) -> str:
    """A character class's members (its source between the brackets) from its parsed items."""
    out = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(_char(av))
        elif op is _c.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.NEGATE:
            out.insert(0, "^")
        elif op is _c.CATEGORY and av in _CLASSES:
            out.append(_CLASSES[av])
        else:
            raise _Unread
    return "".join(out)


def _scoped(members: str, flags: int) -> str:
    return f"{'i' if flags & re.IGNORECASE else '-i'}:{members}"


def _ends(items: list[Any], flags: int, out: list[str]) -> bool:
    """Add to ``out`` the sources of the characters a match of ``items`` may end on, white
    space left out; True when the match may hold no character but white space."""
    for op, av in reversed(items):
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            if chr(av).isspace():
                continue
            out.append(_scoped(_char(av), flags))
            return False
        if op is _c.IN:
            if av == [(_c.CATEGORY, _c.CATEGORY_SPACE)]:
                continue
            members = _set(av)
            out.append(_scoped(members, flags))
            if not any(re.match(f"[{members}]", space, flags) for space in SPACES):
                return False
            continue
        if op is _c.SUBPATTERN:
            _, add, remove, body = av
            if not _ends(body.data, (flags | add) & ~remove, out):
                return False
            continue
        if op is _c.BRANCH:
            if not any([_ends(alt.data, flags, out) for alt in av[1]]):
                return False
            continue
        if op is _c.ATOMIC_GROUP:
            if not _ends(av.data, flags, out):
                return False
            continue
        if op in _REPEATS:
            low, _, body = av
            if not _ends(body.data, flags, out) and low > 0:
                return False
            continue
        raise _Unread
    return True


def _anchored(items: list[Any]) -> bool:
    """Whether every match of ``items`` ends at the end of the text searched (``$``, ``\\Z``)."""
    if not items:
        return False
    op, av = items[-1]
    if op is _c.AT:
        return av in (_c.AT_END, _c.AT_END_STRING)
    if op is _c.BRANCH:
        return all(_anchored(alt.data) for alt in av[1])
    if op is _c.SUBPATTERN:
        return _anchored(av[3].data)
    return False


@per_object  # a pattern's hash reads its whole program: kept by identity instead
def _last(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """What the last character of a match of ``pattern`` that is no white space may be;
    None where that cannot be told or a match may hold no such character. Kept in the
    store, as the other scans' derivations: working it out parses the pattern again, which
    cost more than the first article of a language spends on anything else."""
    kept = derived_text(
        "last-characters",
        f"{pattern.flags}\0{pattern.pattern}",
        (__file__,),
        lambda: _last_source(pattern),
    )
    return re.compile(kept) if kept else None


def _last_source(pattern: re.Pattern[str]) -> str:
    """``_last`` as stored: the source of its pattern, or "" for None."""
    out: list[str] = []
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
        if not _anchored(items) or _ends(items, pattern.flags, out):
            return ""
    except _Unread:
        return ""
    # one class of the members for each case rule; a negated class stands alone
    folded = {"i": "", "-i": ""}
    alone = []
    for scope, _, members in (item.partition(":") for item in dict.fromkeys(out)):
        if members.startswith("^"):
            alone.append(f"(?{scope}:[{members}])")
        else:
            folded[scope] += members
    alone += [f"(?{scope}:[{members}])" for scope, members in folded.items() if members]
    return "|".join(alone)


def may_end(pattern: re.Pattern[str], text: str, low: int, stop: int) -> bool:
    """False where no match of ``pattern`` (one that ends with ``$``) in ``text[low:stop]``
    can be, told by the last character before ``stop`` that is no white space."""
    last = _last(pattern)
    if last is None:
        return True
    tail = text[low:stop].rstrip()
    return bool(tail) and last.match(tail, len(tail) - 1) is not None


def search_ending(pattern: re.Pattern[str], text: str, low: int, stop: int) -> re.Match[str] | None:
    """``pattern.search(text, low, stop)`` for a pattern whose matches end with ``$``, turned
    away at once where the last character before ``stop`` that is no white space ends none."""
    if not may_end(pattern, text, low, stop):
        return None
    return pattern.search(text, low, stop)
