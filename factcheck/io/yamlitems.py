"""The items of a claim file's top-level list ``claims:`` as text, and those a load has read.

Sources restate each other's claims, and a large case states a few thousand distinct claims
a hundred thousand times (see :mod:`factcheck.models.shared`). A claim item whose text, dash
and indentation included, was read from one file of the load is the same data in any other:
an item of the plain subset (see :mod:`factcheck.io.yamlfast`) whose further lines are all
indented past its dash is a whole list entry by itself, whatever comes before or after it,
and neither syntax nor meaning reaches across it (no anchors, aliases, tags, directives or
scalars over several lines). So a file is parsed with only its items that are new to the
load, and each of the others is the data it was read as before, the very same object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, compress, repeat
from operator import add, is_
from typing import Any

from factcheck.models.shared import keep

# searched in the text after a line break, so each starts with the break it follows
_CLAIMS_KEY = re.compile(r"\nclaims:[ \t]*(?:#[^\n]*)?(?=\n|$)")
_TOP_LEVEL = re.compile(r"\n[^\s#-]")
_FIRST_ITEM = re.compile(r"\n( *)-(?: |\n|$)")

# where a load keeps the items it has read, in its validation context
_STATED = "stated items"
# at most this many items are kept: a case states a few thousand distinct claims, and a
# large one whose claims are all different would keep every one for nothing
KEPT_ITEMS = 1 << 15
# looking items up costs about a seventh of reading them: a load in whose first items fewer
# than a quarter repeat earlier ones reads its files whole from then on
TRIAL_ITEMS = 1 << 11


def _block(text: str) -> tuple[str, int, int, int, str] | None:
    """The text with a line break before it, where the claims key starts and its list's
    block starts and ends in that, and the indentation of the block's first dash."""
    lined = "\n" + text
    keys = list(_CLAIMS_KEY.finditer(lined))
    if len(keys) != 1:
        return None
    key = keys[0]
    start = key.end()
    end_match = _TOP_LEVEL.search(lined, start)
    end = end_match.start() if end_match else len(lined)
    first = _FIRST_ITEM.search(lined, start, end)
    if first is None:
        return None
    return lined, key.start(), start, end, first.group(1)


def _dash(indent: str) -> str:
    """A dash with content on its line (as the lines of the items are counted)."""
    return rf"\n{indent}-(?: +[^\s#]|(?=\n)|$)"


def item_lines(text: str, count: int) -> tuple[int, ...] | None:
    """The lines of the ``count`` items of the top-level block list ``claims:``; None unless
    the text shows exactly that many, each with its content on the dash's line."""
    found = _block(text)
    if found is None:
        return None if count else ()
    lined, key, start, end, indent = found
    block = lined[start:end]
    between = re.split(_dash(indent), block)
    # a dash with nothing after it on its line, or another dash, as the reference reads it
    if len(between) != count + 1 or re.search(rf"\n{indent}-(?: +-|(?=\n)|$)", block):
        return None
    return _dash_lines(lined, key, between)


def _dash_lines(lined: str, key: int, pieces: list[str]) -> tuple[int, ...]:
    """The line of the dash after each of ``pieces`` but the last (the block cut at its
    dashes): the claims key's line, the breaks before the dash and the dash's own."""
    line = lined.count("\n", 0, key + 1)
    breaks = accumulate(map(str.count, pieces[:-1], repeat("\n")))
    return tuple(map(add, breaks, range(line + 1, line + len(pieces))))


@dataclass(frozen=True)
class ClaimItems:
    """A claim file cut into the text before its first claim, each claim's text (from the
    line break before its dash) and the text after the last; they add up to the file."""

    head: str
    items: list[str]
    tail: str
    lines: tuple[int, ...]  # the line of each claim's dash, as :func:`item_lines` finds it
    indent: str  # of the dashes


def claim_items(text: str) -> ClaimItems | None:
    """The claims of a file as :class:`ClaimItems`; None when :func:`item_lines` cannot tell
    their lines, or a dash at the list's indentation starts no item."""
    found = _block(text)
    if found is None:
        return None
    lined, key, start, end, indent = found
    block = lined[start:end]
    # each dash at the list's indentation has content on its line: no comment, no other dash
    if re.search(rf"\n{indent}-(?! +[^\s#-])", block):
        return None
    dash = f"\n{indent}-"
    before, *after = block.split(dash)
    items = list(map(dash.__add__, after))
    lines = _dash_lines(lined, key, [before, *after])
    tail = lined[end:]
    if items[-1].endswith("\n") and not tail:  # the file's last line break, not the item's
        items[-1], tail = items[-1][:-1], "\n"
    return ClaimItems(lined[1:start] + before, items, tail, lines, indent)


_Checks = tuple[frozenset[str], frozenset[str]]


@dataclass(frozen=True)
class Plan:
    """How a file is read: the items to parse (the distinct ones not read before, in order,
    or the first item when every one was, so that the list stays a list), what the text is
    checked for on account of the others, and what each item was read as, if it was."""

    items: list[str]
    parsed: list[str]
    typed: set[str]
    suspects: set[str]
    read: list[tuple[Any, _Checks] | None]


class StatedItems:
    """The claim items of one load that it has read, by their text (see the module)."""

    def __init__(self, context: dict[str, Any]) -> None:
        self._context = context
        # each item's data, and what the fast reader checks the text of a file for when its
        # data holds text that YAML 1.1 may read as another type, or fractions rapidyaml may
        # have written another way: those of the file it was read from (more than its own)
        self._read: dict[str, tuple[Any, _Checks]] = {}
        self._looked_up = 0
        self._found = 0

    @property
    def worth_it(self) -> bool:
        """Whether the load's files are still read item by item (see :data:`TRIAL_ITEMS`)."""
        return self._looked_up < TRIAL_ITEMS or self._found * 4 >= self._looked_up

    def plan(self, items: list[str]) -> Plan:
        """How a file of these claim items is read."""
        read = list(map(self._read.get, items))
        missing = list(map(is_, read, repeat(None)))
        self._looked_up += len(items)
        self._found += missing.count(False)
        parsed = list(dict.fromkeys(compress(items, missing))) or items[:1]
        checks = {found[1] for found in read if found is not None}
        typed: set[str] = set().union(*(typed for typed, _ in checks))
        suspects: set[str] = set().union(*(suspects for _, suspects in checks))
        return Plan(items, parsed, typed, suspects, read)

    def claims(self, plan: Plan, data: list[Any], indent: str, checks: _Checks) -> list[Any]:
        """The data of each item of ``plan``, given the data of those parsed, which were read
        with ``checks``; the new ones that stand alone are kept for the rest of the load."""
        read = self._read
        loose = re.compile(rf"\n(?!{indent} | *(?:#|\n|\Z))")
        now = dict(zip(plan.parsed, data, strict=True))
        for item, value in now.items():
            # a further line indented no more than the dash could belong to what follows
            if item not in read and len(read) < KEPT_ITEMS and loose.search(item, 1) is None:
                read[item] = (value, checks)
                keep(self._context, value)
        pairs = zip(plan.items, plan.read, strict=True)
        return [now[item] if found is None else found[0] for item, found in pairs]


def stated_items(context: dict[str, Any]) -> StatedItems:
    """The items a load has read, kept in its validation ``context``."""
    found = context.get(_STATED)
    if found is None:
        found = context[_STATED] = StatedItems(context)
    return found  # type: ignore[no-any-return]
