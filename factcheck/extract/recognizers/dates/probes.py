"""The date slots searched for on their own before the templates that hold them are tried.

A slot written in figures ("{Y}": 1800 to 2099, "{DD}") has no word an anchor could stand
for, so the anchor prefilter lets every template holding it through. Searching the text once
for the slot's own regex tells the same thing for the price of one short scan: where no
stretch matches a year, no template that must hold one can match.

The patterns run on a skeleton get the same from the words around an atom's marker: "between
{A} and {B}" cannot match a skeleton where no marker follows "between" and white space.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from collections.abc import Iterable
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from factcheck.cache.derived import derived
from factcheck.extract.recognizers.dates import templates as templates_module
from factcheck.extract.recognizers.dates.templates import white

# characters an atom takes at least in a skeleton: its marker
_MARKER_WIDTH = 1
# the slots of a skeleton template besides its atom
_SKELETON_SLOT = re.compile(r"\{(A|B|N|UNIT|DE)\}")
_CODE = (__file__, templates_module.__file__)


def probes_of(
    slots: dict[str, str], required: Iterable[frozenset[str]]
) -> dict[str, re.Pattern[str]]:
    """The regex of each slot some template requires that is written in figures only and is
    never shorter than ``_MIN_WIDTH`` characters."""
    held = sorted({slot for slots_held in required for slot in slots_held})
    return {
        k: re.compile(slots[k], re.IGNORECASE)
        for k in held
        if figures(slots[k]) and _parser.parse(slots[k]).getwidth()[0] >= _MIN_WIDTH
    }


# a slot of one or two characters ("{DD}", "{Y2}") matches some figure of nearly every
# article: looking for it costs a scan of the text and turns hardly any template away
_MIN_WIDTH = 3


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


def _nested(op: Any, av: Any) -> list:
    """The sub-patterns of a parsed item that is a group, branch, repeat or look-around."""
    if op is C.BRANCH:
        return list(av[1])
    if op is C.SUBPATTERN:
        return [av[3]]
    if op in _REPEATS:
        return [av[2]]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    return []


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
        if op in (C.GROUPREF, C.GROUPREF_EXISTS, C.ATOMIC_GROUP):
            return False
        nested = [av] if op is C.IN else _nested(op, av)
        if not all(_plain(list(n)) for n in nested):
            return False
    return True


@cache
def marker_probe(template: str, atom: str) -> re.Pattern[str] | None:
    """:func:`_marker_tree`, compiled; what a run before derived is read back from the cache
    folder (deriving it parses the template, more than a few articles' scans cost)."""
    found = derived("marker-probe", (template, atom), _CODE, lambda: _marker_tree(template, atom))
    return None if found is None else found[0]


def _marker_tree(template: str, atom: str) -> tuple[Any, int, tuple[()]] | None:
    """What every match of a skeleton template holds from its atom ``{A}`` on (whose regex,
    ``atom``, is the group "a"): the atom and the run of items right after it that hold no
    other slot, as one regex. None when the atom may be left out or nothing follows it.

    A match of the template matches the run at some offset, in the same skeleton: where the
    run matches nowhere, the template matches nowhere. Led by the atom's marker, the run is
    looked for by the engine at the few markers of a skeleton only.
    """
    found = _template_items(template, atom)
    if found is None:
        return None
    parsed, items, at, placeholders = found
    last = at + 1
    while last < len(items) and not _holds_group(items[last : last + 1], placeholders):
        last += 1
    parsed.data = items[at:last]
    if parsed.getwidth()[0] <= _MARKER_WIDTH:
        return None  # the atom alone: a skeleton holds one whenever the pattern is tried
    return parsed, re.IGNORECASE, ()


def _template_items(template: str, atom: str) -> tuple[Any, list, int, set[int]] | None:
    """A skeleton template parsed with its atom ``{A}`` as ``atom`` (the group "a") and each
    other slot as an empty group: the parse, its items, the index of the atom's group among
    them and the other slots' group numbers; None when the atom is not one of the items."""
    others: list[str] = []

    def slot(m: re.Match[str]) -> str:
        if m[1] == "A":
            return atom
        others.append(m[1])
        return f"(?P<_slot{len(others)}>)"

    parsed = _parser.parse(_SKELETON_SLOT.sub(slot, white(template)), re.IGNORECASE)
    group = parsed.state.groupdict.get("a")
    placeholders = {i for name, i in parsed.state.groupdict.items() if name.startswith("_slot")}
    items = list(parsed)
    at = next(
        (i for i, (op, av) in enumerate(items) if op is C.SUBPATTERN and av[0] == group), None
    )
    if group is None or at is None:
        return None
    return parsed, items, at, placeholders


def _holds_group(items: list, groups: set[int]) -> bool:
    """True when the parsed ``items`` hold one of the capturing ``groups``."""
    for op, av in items:
        if op is C.SUBPATTERN and av[0] in groups:
            return True
        if op is C.GROUPREF_EXISTS:
            return True  # a condition on a group: kept out of any run
        nested = [av] if op is C.ATOMIC_GROUP else _nested(op, av)
        if any(_holds_group(list(n), groups) for n in nested):
            return True
    return False


@cache
def before_probe(template: str, head: str) -> re.Pattern[str] | None:
    """:func:`_before_tree`, compiled (and kept in the cache folder, as ``marker_probe``)."""
    found = derived("before-probe", (template, head), _CODE, lambda: _before_tree(template, head))
    return None if found is None else found[0]


def _before_tree(template: str, head: str) -> tuple[Any, int, tuple[()]] | None:
    """What every match of a skeleton template whose atom ``{A}`` starts with the marker
    ``head`` holds right before it, read backwards: the marker and, reversed, the run of items
    before the atom back to the template's start or another slot. Searched on the reversed
    skeleton, it is led by one character the engine finds as fast as a substring; where it
    matches nowhere, the template matches at no atom of that marker ("between {A}" where no
    marker follows "between").

    Look-arounds in the run are left out: the probe then matches more, never less. None when
    the atom leads the template, may be left out, or nothing that must be there precedes it.
    """
    found = _template_items(template, "(?P<a>)")
    if found is None:
        return None
    parsed, items, at, placeholders = found
    first = at
    while first > 0 and not _holds_group(items[first - 1 : first], placeholders):
        first -= 1
    try:
        run = _reversed(items[first:at])
    except _Unreversible:
        return None
    parsed.data = [(C.LITERAL, ord(head)), *run]
    if parsed.getwidth()[0] <= _MARKER_WIDTH:
        return None  # nothing must precede the atom: a marker alone tells nothing
    return parsed, re.IGNORECASE, ()


class _Unreversible(Exception):
    """A part whose reverse is not a plain regex (a back-reference, a condition on a group)."""


def _reversed(items: list) -> list:
    """Parsed ``items`` matching the reverse of what they match, look-arounds and anchors left
    out (so matching at least the reverse of each of their matches); groups do not capture."""
    out: list[tuple[Any, Any]] = []
    for op, av in reversed(items):
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if op is C.BRANCH:
            out.append((op, (None, [_sub(alternative) for alternative in av[1]])))
        elif op is C.SUBPATTERN:
            out.append((op, (None, av[1], av[2], _sub(av[3]))))
        elif op is C.ATOMIC_GROUP:  # plain: without its cut it matches more, never less
            out.append((C.SUBPATTERN, (None, 0, 0, _sub(av))))
        elif op in _REPEATS:
            out.append((C.MAX_REPEAT, (av[0], av[1], _sub(av[2]))))
        elif op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY):
            out.append((op, av))
        else:
            raise _Unreversible(op)
    return out


def _sub(pattern: Any) -> Any:
    """A parsed sub-pattern reversed (see ``_reversed``), sharing its parser state."""
    return _parser.SubPattern(pattern.state, _reversed(list(pattern)))
