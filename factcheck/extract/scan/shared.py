"""One scan of a text for the word starts several edge scans look for.

The recognizers of a language run several patterns led by a word edge over the same text
(dates of each form, number words, clock words). Each edge scan (``rewrites.edged``) tests
every character of the text for a boundary, and at each boundary its own look-ahead on the
first characters of a match. Run apart, they read the text once each; here the patterns
read together on a text before are looked for together: one scan finds the word starts
that open a match of any of them (the ``keys``: the first characters of a match, read from
the pattern), and each pattern is tried only at the starts its own keys open.

Which patterns go together is learnt as the texts come: the patterns asked for on a text
after the first one asked for on it are looked for with it on the next text it leads.
A pattern asked for on a text without having been looked for with the others is scanned
on its own, as before; what it finds does not depend on how it was found.
"""

from __future__ import annotations

import re
from itertools import chain, product
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import orjson

from factcheck.cache.derived import derived, derived_text
from factcheck.extract.scan import anchors, bigrams
from factcheck.extract.scan.anchors import needle_trie
from factcheck.extract.scan.boundaries import COMMON, SPACES
from factcheck.extract.scan.recent import Recent

_CODE = (__file__,)
_TRIE_CODE = (anchors.__file__,)  # where the trie is spelled
# characters of a match's start its keys hold at most
_LONGEST = 4
# a class of more characters than this ends a key (white space or digits do not)
_CLASS = 32
# keys one prefix may give at most: a key is cut short rather than multiplied further
_PER_PREFIX = 256
# keys of a pattern at most: more make a scan that stops at most words
_MOST = 8192
# patterns looked for together at most
_GROUP = 48
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
_SPACE = (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE)
_BOUNDARY = "[" + re.escape(COMMON) + "]"


class Member:
    """A pattern that may be looked for with others: its keys, and which word starts found by
    a shared scan open one of them (learnt once per start's key)."""

    def __init__(self, keys: frozenset[str]) -> None:
        self.keys = keys
        self._opens: dict[str, bool] = {}

    def opens(self, key: str) -> bool:
        """Whether a word start the shared scan found with ``key`` (the longest key of the
        scan's patterns there) may open a match: one of this pattern's keys begins it."""
        known = self._opens.get(key)
        if known is None:
            keys = self.keys
            known = self._opens[key] = any(key[:n] in keys for n in range(1, len(key) + 1))
        return known


def opening_keys(data: list) -> str:
    """The keys of the matches of the parsed ``data`` (a pattern made for folded text, or one
    that tells case), joined by NUL; "" when they cannot be told."""
    prefixes = bigrams.prefixes([item for item in data if item[0] not in _ZERO_WIDTH], _LONGEST)
    if not prefixes:
        return ""
    keys: set[str] = set()
    for prefix in prefixes:
        classes: list[list[str]] = []
        count = 1
        for shape in prefix:
            chars = _small(shape)
            if chars is None or count * len(chars) > _PER_PREFIX:
                break
            classes.append(chars)
            count *= len(chars)
        if not classes:
            return ""
        keys.update(map("".join, product(*classes)))
        if len(keys) > _MOST:
            return ""
    # a key another key begins says nothing more: the shorter one opens what it opens
    kept = [key for key in keys if not any(key[:n] in keys for n in range(1, len(key)))]
    return "\0".join(sorted(kept))


def _small(shape: tuple) -> list[str] | None:
    """The characters of a class of a few characters (white space among them), None for any
    other class."""
    chars: set[str] = set()
    for op, av in shape:
        if op is C.CATEGORY and av in _SPACE:
            chars.update(SPACES)  # a key through white space is one key per space
            continue
        codes = bigrams.codes(((op, av),))
        if codes is None:
            return None
        chars.update(map(chr, codes))
    return sorted(chars) if 0 < len(chars) <= _CLASS else None


class _Union:
    """The scan shared by a group's patterns, and which of them each key it finds opens."""

    def __init__(self, served: frozenset[Member]) -> None:
        self.served = served
        self.pattern = _union(served)
        self._openers: dict[str, tuple[Member, ...]] = {}

    def openers(self, key: str) -> tuple[Member, ...]:
        """The patterns whose matches a word start found with ``key`` may open."""
        found = self._openers.get(key)
        if found is None:
            found = self._openers[key] = tuple(one for one in self.served if one.opens(key))
        return found


class _Shared:
    """A shared scan of one text: the patterns it serves, and the word starts where each may
    match (one pair, replaced whole: threads reading it never see one without the other)."""

    def __init__(self, group: _Group, text: str) -> None:
        self.group = group
        self.found: tuple[frozenset[Member], dict[Member, list[int]]] = (frozenset(), {})
        self.scan(text)

    def scan(self, text: str) -> None:
        """Find the word starts of ``text`` for the patterns the group looks for now."""
        union = self.group.shared()
        if union is None:
            return
        by_key: dict[str, list[int]] = {}
        for match in union.pattern.finditer(text):
            by_key.setdefault(match[1], []).append(match.end())
        starts: dict[Member, list[int]] = {}
        for key, ats in by_key.items():
            for one in union.openers(key):
                known = starts.get(one)
                if known is None:
                    starts[one] = ats[:]
                else:
                    known += ats
        for ats in starts.values():
            ats.sort()
        self.found = (union.served, starts)


class _Group:
    """The patterns asked for on a text a pattern led, and their shared scan once built."""

    def __init__(self, leader: Member) -> None:
        self.leader = leader
        self.others: set[Member] = set()
        self.union: _Union | None = None

    def join(self, one: Member) -> bool:
        """Look for ``one`` with the others from the next text on; False when it is looked
        for with them already (or cannot be: the group is full)."""
        if one is self.leader or one in self.others or len(self.others) >= _GROUP:
            return False
        self.others.add(one)
        self.union = None
        return True

    def shared(self) -> _Union | None:
        """The patterns looked for together and their scan; None while the leader is alone."""
        if self.union is None and self.others:
            self.union = _Union(frozenset(self.others | {self.leader}))
        return self.union


# per leading pattern, by identity (the group keeps it alive)
_groups: dict[int, _Group] = {}
_texts: Recent[_Shared | None] = Recent(None)


def starts(one: Member, text: str) -> list[int] | None:
    """The word starts of ``text`` where a match of ``one`` may begin (after one of
    ``COMMON``; a start after another character is not among them), from the scan shared by
    the patterns read together on ``text``; None when ``one`` is not among them."""
    shared = _texts.get(text, lambda t: _Shared(_group(one), t))
    assert shared is not None  # a scan is made for every text asked about
    served, found = shared.found
    if one not in served:
        group = shared.group
        if group.join(one):
            return None  # looked for with the others from the next text on
        now = group.shared()
        if now is None or now.served is served or one not in now.served:
            return None
        shared.scan(text)  # a text read again since the group grew
        served, found = shared.found
        if one not in served:  # another thread's scan, for a group that changed since
            return None
    return found.get(one, [])


def _group(leader: Member) -> _Group:
    """The group ``leader`` leads."""
    group = _groups.get(id(leader))
    if group is None or group.leader is not leader:
        group = _groups[id(leader)] = _Group(leader)
    return group


def _union(served: frozenset[Member]) -> re.Pattern[str]:
    """The scan for a boundary followed by a key of any of ``served``, the key captured."""
    keys = sorted(set(chain.from_iterable(one.keys for one in served)))
    # spelling the trie of thousands of keys cost more than the shared scan saves over a
    # worker's first articles in a language; a group grows through the same few sets of
    # patterns run after run, so the store holds their tries
    trie = derived_text(
        "edge-union-keys", orjson.dumps(keys).decode(), _TRIE_CODE, lambda: needle_trie(keys)
    )
    return _compiled(f"{_BOUNDARY}(?=({trie}))")


_unions: dict[str, re.Pattern[str]] = {}


def _compiled(source: str) -> re.Pattern[str]:
    found = _unions.get(source)
    if found is None:
        built = derived("edge-union", (source,), _CODE, lambda: (_parser.parse(source), 0, ()))
        assert built is not None
        found = _unions[source] = built[0]
    return found
