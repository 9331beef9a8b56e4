"""Patterns rewritten for faster scans: a one-character pattern for where a match can start,
the pattern guarded by its first characters, led by the character before it (an edge) or by
its literal head, made case-sensitive for folded text. Each is derived once per pattern and
kept in the pattern store (:mod:`factcheck.cache.derived`); :mod:`jump` scans with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from factcheck.cache.derived import Derivation, derived, known
from factcheck.extract.scan import bigrams, boundaries, info, shared
from factcheck.extract.scan import fold as fold_module
from factcheck.extract.scan.bigrams import pair_lookahead
from factcheck.extract.scan.boundaries import COMMON
from factcheck.extract.scan.fold import fold_tree
from factcheck.extract.scan.info import Opened, other_cases
from factcheck.extract.scan.recent import per_object
from factcheck.extract.scan.sets import compact
from factcheck.extract.scan.shared import opening_keys

_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
_BLIND = int(re.IGNORECASE)
# the code that derives the scans kept in the pattern store: kept per version of it
_CODE = (
    __file__,
    fold_module.__file__,
    bigrams.__file__,
    boundaries.__file__,
    info.__file__,
    shared.__file__,
)
# the commonest letters of the languages read, and white space
_COMMON = "etaoinsrhldcumpgfbvyzkjwETAOINSRHLDCUMPGFBVYZKJW \n"
# characters of a match's start an edge scan's look-ahead checks before trying the pattern,
# at most (``bigrams`` keeps the prefixes few)
PREFIX = 4


def _first(items: list) -> tuple[list | None, bool]:
    """The character-set items a match of ``items`` can start with, and whether it can be empty.

    None for the items when they are unknown (a negated set, a back reference, ...).
    """
    out: list = []
    for op, av in items:
        if op is C.ASSERT and av[0] == 1:
            # a look-ahead holds whatever follows: the character here starts a match of it
            ahead, can_be_empty = _first(list(av[1]))
            if ahead and not can_be_empty:
                return out + ahead, False
        if op in _ZERO_WIDTH:
            continue
        first, empty = _one(op, av)
        if first is None:
            return None, False
        out += first
        if not empty:
            return out, False
    return out, True


def _one(op: Any, av: Any) -> tuple[list | None, bool]:
    """``_first`` of one parsed item."""
    if op is C.LITERAL:
        return [(C.LITERAL, av)], False
    if op is C.IN:
        return (None if any(o is C.NEGATE for o, _ in av) else list(av)), False
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        # a part that stops telling case opens with its characters in either case, which the
        # scans look for as they read the whole pattern: more places, never fewer
        if add_flags or del_flags & ~_BLIND:
            return None, False
        return _first(list(body))
    if op is C.BRANCH:
        out: list = []
        empty = False
        for alternative in av[1]:
            first, can_be_empty = _first(list(alternative))
            if first is None:
                return None, False
            out += first
            empty = empty or can_be_empty
        return out, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        first, empty = _first(list(av[2]))
        return first, empty or av[0] == 0
    if op is C.ATOMIC_GROUP:
        return _first(list(av))
    return None, False


def first_chars(parsed: _parser.SubPattern) -> list | None:
    """The character-set items every match of a parsed pattern opens with; None when they are
    unknown or a match may be empty."""
    first, empty = _first(list(parsed))
    return None if not first or empty else first


def starter_known(pattern: re.Pattern[str]) -> bool:
    """Whether a run before derived ``starter(pattern)``, kept in the store."""
    return known("starter", (pattern,), _CODE)


@per_object
def starter(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character pattern matching where ``pattern`` can start, or None when unknown."""
    found = derived("starter", (pattern,), _CODE, lambda: compact(_starter_tree(pattern)))
    if found is None:
        return None
    start = found[0]
    # a jump per candidate costs more than the engine's own scan when candidates are common
    return None if start.search(_COMMON) else start


def _starter_tree(pattern: re.Pattern[str]) -> Derivation:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    first, empty = _first(list(parsed))
    if not first or empty:
        return None
    parsed.data = [(C.IN, first)]
    return parsed, pattern.flags, ()


@per_object
def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` checking first that the next character can start a match, then that the
    next few can (same matches).

    The engine then rejects most positions with one set test instead of trying every branch.
    """
    found = derived("guarded", (pattern,), _CODE, lambda: compact(_guarded_tree(pattern)))
    return pattern if found is None else found[0]


def _guarded_tree(pattern: re.Pattern[str]) -> Derivation:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    first, empty = _first(list(parsed))
    if not first or empty:
        return None
    lead = 0
    while parsed.data[lead][0] in _ZERO_WIDTH:
        lead += 1
    prefixes = pair_lookahead(parsed.state, list(parsed.data[lead:]), PREFIX)
    if prefixes is not None:  # then the first characters: most positions fail the set test
        parsed.data.insert(lead, prefixes)
    parsed.data.insert(lead, (C.ASSERT, (1, _parser.SubPattern(parsed.state, [(C.IN, first)]))))
    return parsed, pattern.flags, ()


def _edge_tree(parsed: _parser.SubPattern) -> bool:
    """Replace a leading one-character negative look-behind by the character it allows."""
    if not parsed.data or parsed.data[0][0] is not C.ASSERT_NOT:
        return False
    direction, body = parsed.data[0][1]
    if direction != -1 or len(body.data) != 1 or body.data[0][0] is not C.IN:
        return False
    items = list(body.data[0][1])
    if any(op not in (C.NEGATE, C.CATEGORY, C.LITERAL) for op, _ in items):
        return False
    items = items[1:] if items[0][0] is C.NEGATE else [(C.NEGATE, None), *items]
    first, empty = _first(list(parsed.data[1:]))
    if not first or empty:
        return False
    parsed.data[0] = (C.IN, items)
    parsed.data.insert(1, (C.ASSERT, (1, _parser.SubPattern(parsed.state, [(C.IN, first)]))))
    return True


def _with_pairs(parsed: _parser.SubPattern) -> None:
    """Put the look-ahead on a match's first characters after an edge's first-character one."""
    pairs = pair_lookahead(parsed.state, list(parsed.data[2:]), PREFIX)
    if pairs is not None:
        parsed.data.insert(2, pairs)


_NOT_WORD = (C.CATEGORY_NOT_WORD, C.CATEGORY_UNI_NOT_WORD)
_WORD = (C.CATEGORY_WORD, C.CATEGORY_UNI_WORD)


def _boundary_only(items: list) -> bool:
    """True when the set ``items`` holds no word character but "_": then the rare boundaries
    are the only characters it allows that ``COMMON`` does not list.
    """
    if items and items[0][0] is C.NEGATE:
        return any(op is C.CATEGORY and av in _WORD for op, av in items[1:])
    return all(
        (op is C.CATEGORY and av in _NOT_WORD)
        or (op is C.LITERAL and not chr(av).isalnum())  # "_" is listed in COMMON
        for op, av in items
    )


class Edge(NamedTuple):
    """An edge scan: ``pattern`` consumes the character before a match (see ``edged``).

    ``common`` is the same scan over the usual boundary characters only (None when no such
    character qualifies), and ``first`` matches a character a match can start with. With
    ``common``, ``keys`` are the first characters a match can open with, for a scan shared
    with other patterns (``shared``; NUL-joined, "" when they cannot be told).
    """

    pattern: re.Pattern[str]
    folded: bool
    common: re.Pattern[str] | None
    first: re.Pattern[str]
    keys: str


@per_object
def edged(pattern: re.Pattern[str]) -> Edge | None:
    """For a pattern led by a one-character look-behind, a pattern consuming that character.

    ``(?<![^\\W_])X`` becomes ``[\\W_](?=[first of X])X``: the engine then skips in C to the
    characters that may precede a match, and a match of it at ``p`` is one of ``pattern`` at
    ``p + 1``. A case-blind pattern is made case-sensitive, for ``fold``-ed text (the flag
    says so), which the engine scans faster; a look-ahead on the first two characters
    (``bigrams``) turns most words away before the whole pattern is tried. None when
    ``pattern`` has no such look-behind.
    """
    trees: dict[str, Derivation] = {}  # derived once, only for the parts the store lacks

    def part(name: str) -> Callable[[], Derivation]:
        def build() -> Derivation:
            if not trees:
                trees.update(_edge_trees(pattern))
            return compact(trees[name])

        return build

    edge = derived("edge", (pattern,), _CODE, part("edge"))
    if edge is None:
        return None
    first = derived("edge-first", (pattern,), _CODE, part("first"))
    common = derived("edge-common", (pattern,), _CODE, part("common"))
    assert first is not None  # an edge pattern has a first character
    if common is None:
        return Edge(edge[0], edge[1][0], None, first[0], "")
    return Edge(edge[0], edge[1][0], common[0], first[0], common[1][0] if common[1] else "")


def _edge_trees(pattern: re.Pattern[str]) -> dict[str, Derivation]:
    """The parts of ``edged``'s scan, parsed: the edge pattern, the characters a match starts
    with, and the scan over the usual boundaries (None when it does not apply)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if not _edge_tree(parsed):
        return {"edge": None, "first": None, "common": None}
    # the edge scan only finds where to try the pattern itself, which decides the match
    folded = fold_tree(parsed, loose=True)
    flags = pattern.flags & ~re.IGNORECASE if folded else pattern.flags
    # a case-blind pattern's keys are read as the folded text has them
    keys = "" if flags & re.IGNORECASE else opening_keys(list(parsed.data[2:]))
    _with_pairs(parsed)
    allowed = _compiler.compile(_parser.SubPattern(parsed.state, [parsed.data[0]]), flags)
    first = _parser.SubPattern(parsed.state, list(parsed.data[1][1][1]))
    trees: dict[str, Derivation] = {
        "edge": (parsed, flags, (folded,)),
        "first": (first, flags, ()),
        "common": None,
    }
    usual = [(C.LITERAL, ord(c)) for c in COMMON if allowed.fullmatch(c)]
    if usual and _boundary_only(parsed.data[0][1]):
        common = _parser.SubPattern(parsed.state, [(C.IN, usual), *parsed.data[1:]])
        trees["common"] = (common, flags, (keys,))
    return trees


@per_object
def literal_led(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool] | None:
    """For a pattern led by a one-character look-behind and a literal, one led by the literal.

    ``(?<![^\\W_])today`` becomes ``today(?<![^\\W_]today)``: the engine then finds the
    literal with its fast substring search instead of testing every position. A case-blind
    pattern is made case-sensitive, for ``fold``-ed text (the flag says so). None when the
    pattern has no such head or the literal is a single character.
    """
    found = derived("literal-led", (pattern,), _CODE, lambda: compact(_literal_tree(pattern)))
    return None if found is None else (found[0], found[1][0])


def _literal_tree(pattern: re.Pattern[str]) -> Derivation:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    data = parsed.data
    if not data or data[0][0] is not C.ASSERT_NOT:
        return None
    direction, body = data[0][1]
    if direction != -1 or len(body.data) != 1 or body.data[0][0] is not C.IN:
        return None
    folded = fold_tree(parsed)
    if parsed.state.flags & re.IGNORECASE:
        return None  # case-blind literals get no fast search
    length = 1
    while length < len(data) and data[length][0] is C.LITERAL:
        length += 1
    literal = data[1:length]
    if len(literal) < 2:
        return None
    behind = _parser.SubPattern(parsed.state, [body.data[0], *literal])
    parsed.data = [*literal, (C.ASSERT_NOT, (-1, behind)), *data[length:]]
    return parsed, parsed.state.flags, (folded,)


@per_object
def searcher(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool]:
    """``pattern`` made case-sensitive for ``fold``-ed text when it can be (the flag says so),
    with a look-ahead on the characters a match can start with before its first item."""
    found = derived("searcher", (pattern,), _CODE, lambda: compact(_searcher_tree(pattern)))
    assert found is not None  # a pattern always has a searcher
    fast, (folded,) = found
    return fast, folded


def _searcher_tree(pattern: re.Pattern[str]) -> Derivation:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    folded = fold_tree(parsed)
    flags = pattern.flags & ~re.IGNORECASE if folded else pattern.flags
    first, empty = _first(list(parsed))
    if first and not empty:
        lead = 0
        while parsed.data[lead][0] in _ZERO_WIDTH:
            lead += 1
        guard = (C.ASSERT, (1, _parser.SubPattern(parsed.state, [(C.IN, first)])))
        parsed.data.insert(lead, guard)
        if parsed.getwidth()[0]:  # no match is empty: the engine may skip to the first set
            if flags & re.IGNORECASE:
                first = [*first, *other_cases(first)]
            return Opened(parsed, first), flags, (folded,)
    return parsed, flags, (folded,)
