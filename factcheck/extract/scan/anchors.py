"""Anchor prefilter: the literal text a pattern cannot match without, checked before scanning."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import orjson

from factcheck.cache.derived import derived_text
from factcheck.extract.scan import fold as fold_module
from factcheck.extract.scan.fold import cased_planes, fold

_MAX_STRINGS = 256
# needles shorter than this say too little to be worth checking
Need = tuple[frozenset[str], ...]


def _expand(items: list, cap: int = _MAX_STRINGS) -> set[str] | None:
    """Every string a sequence of literals, branches and optional parts can match, if few."""
    out = {""}
    for op, av in items:
        if op is C.LITERAL:
            options: set[str] | None = {chr(av)}
        elif op is C.SUBPATTERN:
            options = _expand(av[3], cap)
        elif op is C.BRANCH:
            options = set()
            for alt in av[1]:
                sub = _expand(alt, cap)
                if sub is None:
                    return None
                options |= sub
        elif op is C.IN and all(o is C.LITERAL for o, _ in av):
            options = {chr(v) for _, v in av}
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            sub = _expand(av[2], cap)
            options = None if sub is None else sub | {""}
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        else:
            return None
        if options is None or len(out) * len(options) > cap:
            return None
        out = {a + b for a in out for b in options}
    return out


def _best(groups: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling requirement of several: the one whose shortest needle is longest."""
    return max(groups, key=lambda g: (min(map(len, g)), -len(g)), default=None)


def _needs(items: list) -> list[frozenset[str]]:
    """Requirements of a sequence: each a set of needles, one of which every match contains."""
    out: list[frozenset[str]] = []
    run: list = []

    def flush() -> None:
        strings = _expand(run) if run else None
        if strings and "" not in strings:
            out.append(frozenset(strings))
        run.clear()

    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if _expand([(op, av)]) is not None:
            run.append((op, av))
            if _expand(run) is None:
                run.pop()
                flush()
                run.append((op, av))
            continue
        flush()
        if op is C.SUBPATTERN:
            out += _needs(av[3])
        elif op is C.BRANCH:
            alternatives = [_best(_needs(alt)) for alt in av[1]]
            if all(alternatives):
                out.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _needs(av[2])
    flush()
    return out


def needs(source: str, flags: int = re.IGNORECASE) -> Need:
    """What every match of the regex ``source`` contains, lower-cased: an AND of OR-sets."""
    groups = []
    for group in _needs(list(_parser.parse(source, flags))):
        lowered = frozenset(n.lower() for n in group)
        # a needle whose lower case changes length cannot be looked up safely: drop the group
        if all(len(n) == len(n.lower()) for n in group) and min(map(len, lowered)) > 0:
            groups.append(lowered)
    return tuple(dict.fromkeys(groups))


@cache
def _fold(alphabet: frozenset[str]) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """How to fold text so a case-blind literal match is a plain substring match.

    Returns the needle characters' stand-ins and the (character, stand-in) pairs that
    ``str.lower`` alone would get wrong ("ı" and "İ" match "i" case-blind). Kept in the store:
    working them out scans every cased character of Unicode, once per alphabet.
    """
    if not alphabet:
        return {}, ()
    kept = derived_text(
        "case-fold",
        "".join(sorted(alphabet)),
        (__file__, fold_module.__file__),
        lambda: orjson.dumps(_folded(alphabet)).decode(),
    )
    stand_in, tricky = orjson.loads(kept)
    return dict(stand_in), tuple((t, rep) for t, rep in tricky)


def _folded(alphabet: frozenset[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``_fold``'s stand-ins and tricky pairs worked out, as lists in a set order."""
    chars = "".join(map(re.escape, sorted(alphabet)))
    found = sorted(set(re.findall(f"[{chars}]", cased_planes(), re.I)) | alphabet)
    parent = {t: t for t in found}

    def root(t: str) -> str:
        while parent[t] != t:
            t = parent[t]
        return t

    every = "".join(found)
    for c in sorted(alphabet):
        for t in re.findall(re.escape(c), every, re.I):
            parent[root(t)] = root(c)
    members: dict[str, list[str]] = {}
    for t in found:
        members.setdefault(root(t), []).append(t)
    stand_in: dict[str, str] = {}
    for group in members.values():
        lowers = sorted(t.lower() for t in group if len(t.lower()) == 1 and t.lower() in group)
        rep = lowers[0] if lowers else min(group)
        stand_in.update((t, rep) for t in group)
    tricky = [(t, rep) for t, rep in stand_in.items() if t.lower() != rep]
    return sorted(stand_in.items()), tricky


class Anchors:
    """The needles of many patterns, looked up once per text."""

    def __init__(self, needs_list: Iterable[Need]) -> None:
        """Collect the needle alphabet so text and needles fold the way IGNORECASE matches."""
        needs_list = list(needs_list)
        alphabet = set("".join(n for need in needs_list for group in need for n in group))
        stand_in, self._tricky = _fold(frozenset(alphabet))
        self._stand_ins = str.maketrans(stand_in)  # one character for one, at C speed

    def fold(self, need: Need) -> Need:
        """``need`` with its characters replaced by the stand-ins ``lowered`` produces."""
        table = self._stand_ins
        return tuple(frozenset(n.translate(table) for n in group) for group in need)

    def lowered(self, text: str) -> str:
        """``text`` folded so that every case-blind literal match is a plain substring."""
        folded = text
        for t, rep in self._tricky:
            if t in folded:
                folded = folded.replace(t, rep)
        if folded is text and "İ" not in text:
            return fold(text)  # the same lower case, which the scans of the text keep
        return folded.lower()


def needle_trie(needles: Iterable[str]) -> str:
    """A regex matching any of ``needles`` (escaped), as a trie of their characters."""
    root: dict = {}
    for needle in needles:
        node = root
        for ch in needle:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(k) + emit(v) for k, v in sorted(node.items()) if k]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# needles of a group looked for one by one at most, rather than with one regex
_SUBSTRING_SEARCHES = 16


@cache
def _finder(group: frozenset[str]) -> Callable[[str], bool]:
    """A test for "``low`` holds one of the needles of ``group``", as cheap as the group allows."""
    shortest, trie = _finder_parts(group)
    if len(shortest) == 1:
        (needle,) = shortest
        return lambda low: needle in low
    if not trie:  # a few substring searches beat any regex
        return lambda low: any(map(low.__contains__, shortest))
    # no IGNORECASE: on folded text the trie gets the regex engine's fast first-character scan
    pattern = re.compile(trie)
    marks = {next((ch for ch in n if not ch.isalnum()), "") for n in shortest}
    if "" in marks or len(marks) > 4:
        return lambda low: pattern.search(low) is not None
    # every needle holds one of a few punctuation marks: most texts lack them all
    return lambda low: any(m in low for m in marks) and pattern.search(low) is not None


def _finder_parts(group: frozenset[str]) -> tuple[tuple[str, ...], str]:
    """The needles of ``group`` a finder looks for, and the regex it looks for them with (""
    for a few, looked for one by one). Kept in the store for a large group (the names of a
    language's cities or currencies): working them out takes a few milliseconds."""
    if len(group) <= _SUBSTRING_SEARCHES:
        return _shortest(group), ""

    def worked_out() -> str:
        shortest = _shortest(group)
        trie = needle_trie(shortest) if len(shortest) > _SUBSTRING_SEARCHES else ""
        return orjson.dumps([shortest, trie]).decode()

    kept = derived_text("needle-finder", "\0".join(sorted(group)), (__file__,), worked_out)
    shortest, trie = orjson.loads(kept)
    return tuple(shortest), trie


def _shortest(group: frozenset[str]) -> tuple[str, ...]:
    """The needles of ``group`` that hold no other one, sorted: a needle holding another is
    found only where the other is. Each needle's own substrings are looked up in the group,
    which, unlike testing every pair, stays fast for groups of thousands of names."""
    if "" in group:  # the empty needle is in every text
        return ("",)
    sizes = sorted({len(n) for n in group})
    return tuple(
        sorted(
            n
            for n in group
            if not any(
                n[at : at + size] in group
                for size in sizes[: bisect_left(sizes, len(n))]
                for at in range(len(n) - size + 1)
            )
        )
    )


def present(need: Need, low: str, seen: dict[frozenset[str], bool]) -> bool:
    """True when ``low`` holds a needle of every group of ``need`` (``seen`` caches lookups)."""
    for group in need:
        hit = seen.get(group)
        if hit is None:
            hit = seen[group] = _finder(group)(low)
        if not hit:
            return False
    return True


def lacking(need: Need) -> Callable[[str], bool] | None:
    """A test for "``text`` lacks every needle of some group of ``need``" (then no match of
    the pattern ``need`` comes from can be in it), or None when ``need`` asks for nothing.

    It reads the text's ``fold``, which the scans keep: where the text holds a character that
    lower-casing does not take to the needles' own case ("İ", the Kelvin sign), it says no.
    """
    if not need:
        return None
    anchors = Anchors([need])
    finders = tuple(_finder(group) for group in anchors.fold(need))
    # fold keeps "İ" as it is, where a case-blind match may read it as "i"
    tricky = tuple(dict.fromkeys(["İ", *(t for t, _ in anchors._tricky)]))

    def lacks(text: str) -> bool:
        if any(map(text.__contains__, tricky)):
            return False
        low = fold(text)
        return not all(found(low) for found in finders)

    return lacks
