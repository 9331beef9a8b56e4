"""Pattern scans that jump to the characters a match can start with, instead of trying each."""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterator
from typing import Any

import orjson

from factcheck.cache.derived import derived_text
from factcheck.extract.scan import anchors, shared
from factcheck.extract.scan.anchors import Need, lacking, needs
from factcheck.extract.scan.behind import behind_led
from factcheck.extract.scan.boundaries import rare_boundaries
from factcheck.extract.scan.digits import ascii_twin, plain_digits, twin_known
from factcheck.extract.scan.fold import fold
from factcheck.extract.scan.needles import needle_finditer, openings
from factcheck.extract.scan.opening import opened, sought
from factcheck.extract.scan.rewrites import (
    Edge,
    edged,
    guarded,
    literal_led,
    searcher,
    starter,
    starter_known,
)
from factcheck.extract.scan.shared import Member

# characters a pattern scans with the engine's own scan before its jump scan is built, where
# no run before built it: deriving one parses and compiles the pattern again several times,
# about what the engine's scan of a few articles costs. Where a run before built it, it is
# built at once from the store, for less than the scan of one article.
_PLAIN_FIRST = 12_000
# characters a pattern scans with the engine's own scan before it is given the set of
# characters its matches open with: one compile, a fraction of what a jump scan's build costs
_OPENED_FIRST = 4_000
# patterns up to this long are first checked for the literal text every match holds: a
# short pattern of words (a holiday, "today") finds none in most texts, and a substring
# search turns the text away faster than the scan; a longer one costs more to work out
_NEEDS_UP_TO = 600


def _literal_finditer(
    lead: re.Pattern[str], pattern: re.Pattern[str], text: str, target: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` found with ``lead`` searching ``target``, ``text`` or its fold."""
    search, match = lead.search, pattern.match
    pos = 0
    while (at := search(target, pos)) is not None:
        found = match(text, at.start())
        if found is None:  # cannot happen: both patterns match the same texts
            pos = at.start() + 1
            continue
        yield found
        pos = found.end()  # never empty: the literal is consumed


def _edge_finditer(
    edge: Edge, pattern: re.Pattern[str], text: str, low: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` found with ``edge`` searching ``low``, ``text`` or its fold.

    The scan over the usual boundaries serves unless a rarer one may precede a match.
    """
    scan = edge.common
    if scan is None or any(edge.first.match(low, at + 1) for at in rare_boundaries(low)):
        scan = edge.pattern
    search, match = scan.search, pattern.match
    pos = yield from _from_start(pattern, text)
    if pos is None:
        return
    while (at := search(low, max(pos - 1, 0))) is not None:
        pos = at.start() + 1
        found = match(text, pos)
        if found is None:  # a look-around the edge scan leaves out turned it away
            pos += 1
            continue
        yield found
        if found.end() == pos:
            yield from _after_empty(pattern, text, pos)
            return
        pos = found.end()


def _member_finditer(
    one: Member, edge: Edge, pattern: re.Pattern[str], text: str, low: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` tried at the word starts of ``low`` (``text`` or its fold)
    a scan shared with the patterns read with it gives (``shared``), and after its rare
    boundaries; the edge scan of its own when it is not among them."""
    found = shared.starts(one, low)
    if found is None:
        return _edge_finditer(edge, pattern, text, low)
    rare = rare_boundaries(low)
    if rare:
        found = sorted({*found, *(at + 1 for at in rare)})
    return _edges_tried(edge, pattern, text, low, found)


def _edges_tried(
    edge: Edge, pattern: re.Pattern[str], text: str, low: str, starts: list[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches start at 0 or at one of
    ``starts`` (in order), each tried with the edge scan first, as ``_edge_finditer`` does."""
    edged_at, match = edge.pattern.match, pattern.match
    pos = yield from _from_start(pattern, text)
    if pos is None:
        return
    for at in starts:
        if at < pos or edged_at(low, at - 1) is None:
            continue
        found = match(text, at)
        if found is None:  # a look-around the edge scan leaves out turned it away
            continue
        yield found
        if found.end() == at:
            yield from _after_empty(pattern, text, at)
            return
        pos = found.end()


def _from_start(pattern: re.Pattern[str], text: str) -> Generator[re.Match[str], None, int | None]:
    """The match of ``pattern`` at the very start of ``text``, if any (no character before
    it for an edge scan to find), and what follows it when it is empty; returns where the
    scan goes on from, None when it is done."""
    found = pattern.match(text, 0) if text else None
    if found is None:
        return 0
    yield found
    if not found.end():
        yield from _after_empty(pattern, text, 0)
        return None
    return found.end()


def _after_empty(pattern: re.Pattern[str], text: str, at: int) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives after an empty one at ``at``: the engine's
    own scan from there, whose first match is that one (after it, a match at ``at`` may be
    found only if it is not empty, which no jump can tell)."""
    rest = pattern.finditer(text, at)
    next(rest, None)
    yield from rest


# per pattern, by identity (kept alive with it, so ids stay apart): the characters it has
# scanned, then the scan it was given once they passed ``_PLAIN_FIRST``
_scanned: dict[int, list[Any]] = {}
Scanner = Callable[[str], Iterator[re.Match[str]]]


def finditer(
    pattern: re.Pattern[str], text: str, like: re.Pattern[str] | None = None
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, found by jumping between possible starts.

    Where a run before built its jump scan, the scan is built at once from the store;
    else its first characters are scanned by the engine's own scan, the next with the set of
    characters a match opens with (``opening``), the rest by the jump scan built then.

    ``like``: a pattern ``pattern`` is a part of, whose characters read count as its own
    towards building its jump scan (each of a family's narrowed patterns reads a share of
    what the family reads).
    """
    entry = _entry(pattern)
    scan: Scanner | None = entry[2]
    if scan is None:
        counted = entry if like is None or like is pattern else _entry(like)
        counted[1] += len(text)
        if counted[1] <= _PLAIN_FIRST:
            if entry[3] is None:
                entry[3] = _built_before(pattern)
            if not entry[3]:
                lean = opened(pattern) if counted[1] > _OPENED_FIRST else None
                return (pattern if lean is None else lean).finditer(text)
        scan = entry[2] = _scanner(pattern)
    return scan(text)


def _entry(pattern: re.Pattern[str]) -> list[Any]:
    """``pattern``'s record in ``_scanned``, new if it has none: the pattern, the characters
    counted towards building its scan, the scan, whether a run before built it (None: not
    looked up yet)."""
    entry = _scanned.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _scanned[id(pattern)] = [pattern, 0, None, None]
    return entry


def _built_before(pattern: re.Pattern[str]) -> bool:
    """Whether the store holds the parts of ``pattern``'s jump scan: the first derived when
    it is built, its digits' rewrite or its first characters, stands for them all."""
    twin = twin_known(pattern)
    return twin if twin is not None else starter_known(pattern)


def _scanner(pattern: re.Pattern[str]) -> Scanner:
    """How ``pattern`` is scanned from now on: :func:`_scan_of` it, or of its twin with ASCII
    digits for a text whose digits are all ASCII (``digits``); the pattern's own scan is
    built when a text first needs it, which most runs never do."""
    twin = ascii_twin(pattern)
    if twin is None:
        return _scan_of(pattern)
    twin_scan = _scan_of(twin)
    own: list[Scanner] = []

    def scan(text: str) -> Iterator[re.Match[str]]:
        if plain_digits(text):
            return twin_scan(text)
        if not own:
            own.append(_scan_of(pattern))
        return own[0](text)

    return scan


def _scan_of(pattern: re.Pattern[str]) -> Scanner:
    """The fastest of the jumps ``pattern``'s shape allows, after a look for the literal text
    it cannot match without (unless the jump looks for the words its matches open with,
    which tells the same)."""
    scan, looks = _jump(pattern)
    if looks:
        return scan
    lacks = lacking(_needs(pattern)) if len(pattern.pattern) <= _NEEDS_UP_TO else None
    if lacks is None:
        return scan
    return lambda text: iter(()) if lacks(text) else scan(text)


def _needs(pattern: re.Pattern[str]) -> Need:
    """``needs`` of ``pattern``, kept in the store: working them out parses the pattern, which
    cost most of what building a pattern's jump scan from the store takes."""
    kept = derived_text(
        "needs",
        f"{pattern.flags}\0{pattern.pattern}",
        (anchors.__file__,),
        lambda: orjson.dumps(
            [sorted(group) for group in needs(pattern.pattern, pattern.flags)]
        ).decode(),
    )
    return tuple(frozenset(group) for group in orjson.loads(kept))


def _jump(pattern: re.Pattern[str]) -> tuple[Scanner, bool]:
    """The fastest of the jumps ``pattern``'s shape allows, and whether it looks for the words
    every match opens with (then a text without them is turned away as fast as it can be)."""
    if starter(pattern) is not None:
        led = behind_led(pattern)
        if led is not None:
            return led.finditer, False
        open_ = opened(pattern)
        if open_ is not None:
            return open_.finditer, False
        seek = sought(pattern)  # known where a first character is: never None here
        if seek is not None:
            return (lambda text: _sought_finditer(seek.search, pattern, text)), False
        return guarded(pattern).finditer, False
    lead = literal_led(pattern)
    if lead is not None:
        literal, folded = lead
        return (
            lambda text: _literal_finditer(literal, pattern, text, fold(text) if folded else text)
        ), False
    scan = _word_led(pattern)
    edge = edged(pattern)
    if edge is not None and edge.keys:
        return scan, False  # read at a shared scan's word starts: fewer passes than its words'
    found = openings(pattern)
    if found is None:
        return scan, False
    return (lambda text: needle_finditer(found, pattern, text, scan)), True


def _word_led(pattern: re.Pattern[str]) -> Scanner:
    """The jump for a pattern led by no rare character nor by one literal: to the edges of
    the words a match may start with."""
    edge = edged(pattern)
    if edge is not None:
        if edge.keys:
            one = Member(frozenset(edge.keys.split("\0")))
            return lambda text: _member_finditer(
                one, edge, pattern, text, fold(text) if edge.folded else text
            )
        return lambda text: _edge_finditer(edge, pattern, text, fold(text) if edge.folded else text)
    open_ = opened(pattern)
    return guarded(pattern).finditer if open_ is None else open_.finditer


def _sought_finditer(
    search: Callable[..., re.Match[str] | None], pattern: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` found by ``search``-ing from the end of each match with a
    pattern that skips in C to where a match can start (``sought``)."""
    pos = 0
    while (found := search(text, pos)) is not None:
        yield found
        pos = found.end()
        if pos == found.start():  # after an empty match, the engine's own scan's next one
            rest = pattern.finditer(text, pos)
            next(rest, None)
            found = next(rest, None)
            if found is None:
                return
            yield found
            if found.end() == found.start():
                yield from rest
                return
            pos = found.end()


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``'s span and groups' spans, found faster: a case-blind pattern
    runs case-sensitively over the folded text (the match's strings are lower-cased), and a
    position no match can start at is turned away with one set test."""
    fast, folded = searcher(pattern)
    return fast.search(fold(text) if folded else text)
