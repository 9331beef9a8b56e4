"""Date atoms and the scan that holds them: what was found, where, and the parsing of parts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from factcheck.extract.recognizers.dates.grammar import Gated, Grammar
from factcheck.extract.recognizers.dates.skeletons import SkeletonProbes, skeleton_probes
from factcheck.extract.recognizers.dates.slots import BARE, BARE_REST, FULL, FULL_REST
from factcheck.extract.recognizers.dates.spelled import spelled_decade, spelled_tens, spelled_year
from factcheck.extract.recognizers.dates.templates import Compiled
from factcheck.extract.recognizers.dates.when import When
from factcheck.extract.recognizers.number_grammar import lowered
from factcheck.extract.recognizers.numerals import numeral_value
from factcheck.extract.scan import finditer, finditer_in, present, windows
from factcheck.extract.scan.needles import occurrences, tried_at
from factcheck.lang.lexicon import load

# the units a relative word steps from publication's: "last year" -1, "the year before last"
# (一昨年, 재작년, 前年) -2, "the year after next" (再来年, 내후년, 后年) 2
REL_STEP = {"before_last": -2, "last": -1, "this": 0, "next": 1, "after_next": 2}

# the pattern of a date read only as a part of a range ("1.5." before "bis 7.5.2020", "22'sine"
# after "4 Ocak'tan"): alone, it is a figure
RANGE_PART = "range-part"


@dataclass(frozen=True)
class DateMatch:
    """A date or a period found in text.

    ``first``/``last`` are the values the span starts and ends with (equal for a plain date;
    None for the open side of "since 2024"). ``claim`` is the claim-file form of a plain date
    ("--10" with ``relative`` for "last October"). ``form`` is "date", "span" (one expression
    covering a stretch, like a quarter) or "range" (two ends joined by grammar).
    """

    start: int
    end: int
    pattern: str
    first: When | None
    last: When | None
    form: str
    claim: dict[str, str] | None = None
    bare: bool = False


def parse_int(text: str, g: Grammar) -> int | None:
    """The whole number a day, month or count is written as: digits, words or numerals."""
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    key = re.sub(r"\s+", " ", lowered(text))
    found = g.ordinals.get(key, g.numbers.get(key))
    if found is None:  # a number written in numeral characters: 二十八, 二〇二四
        value = numeral_value(text, g.lang)
        found = int(value) if value is not None and value == int(value) else None
    return found


_ROMAN = {"I": 1, "V": 5, "X": 10}


def roman_value(text: str) -> int | None:
    """The value of a number in capital Roman numerals up to thirty-nine, None for anything else."""
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        value = _ROMAN[c]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total


def _day_named(parts: dict[str, tuple[str, int, int]]) -> bool:
    """Whether a template's parts name a day by its month's name, or a named day."""
    month = "M" in parts or "MO" in parts
    return (month and ("D" in parts or "DD" in parts)) or "HOL" in parts


def year_of(
    parts: dict[str, tuple[str, int, int]],
    g: Grammar,
    published: date | None = None,
    *,
    closed: bool = False,
) -> int | None:
    """The year a template's parts name: digits, numerals (二〇二四), an era's year, a year
    relative to publication (明年), or, with none of them, the year of publication.

    ``closed``: what follows the year closes it as a year, never a count (``Grammar.year_closed``).
    """
    if "Y" in parts:
        year = parse_int(parts["Y"][0], g)
        # a year before 1800 is one with its day and month's name or a year's mark ("14
        # juillet 1789", "1789年"), or with its month's name and closed ("en juillet 1789,"),
        # not a count written like one ("in March 1500 people", "1500-12", "3.1500", "the
        # 1500s")
        historic = _day_named(parts) or (closed and "M" in parts)
        if year is not None and year < 1800 and not (g.year_marked or historic):
            return None
        return year
    if "YW" in parts:  # "two thousand and nine"
        return spelled_year(parts["YW"][0], g.lang)
    if "YWP" in parts and "DEC" in parts:  # "the nineteen-seventies"
        return spelled_decade(parts["YWP"][0], parts["DEC"][0], g.lang)
    short_year = parts.get("Y2", parts.get("YL"))
    if short_year:  # "3/4/19": this century's up to 49, the last one's from 50
        short = int(short_year[0])
        return short + (2000 if short < 50 else 1900)
    if "ERA" in parts and "EY" in parts:
        start = g.eras.get(parts["ERA"][0])
        count = 1 if parts["EY"][0] in g.era_first else parse_int(parts["EY"][0], g)
        return start + count - 1 if start is not None and count else None
    if published is None:
        return None
    if "REL" in parts:
        if "UNIT" in parts and parts["UNIT"][0].lower() not in g.year_words:
            return None
        return published.year + REL_STEP[g.rel_words.get(parts["REL"][0].lower(), "this")]
    if "CW" in parts and "YY" in parts:  # 上世纪90年代
        century = published.year // 100 + g.centuries_named.get(parts["CW"][0], 0)
        return century * 100 + int(parts["YY"][0])
    if "C" in parts and "YY" in parts:  # 20世纪80年代
        number = parse_int(parts["C"][0], g)
        return (number - 1) * 100 + int(parts["YY"][0]) if number else None
    tens = spelled_tens(parts["DW"][0], g.lang) if "DW" in parts else None
    if "YY" in parts or tens is not None:  # 90年代: the latest such decade begun by publication
        year = published.year // 100 * 100 + (int(parts["YY"][0]) if "YY" in parts else tens or 0)
        return year if year <= published.year else year - 100
    return published.year


def month_of(text: str, lang: str) -> int | None:
    """The month a month's name or number stands for in ``lang``, if any."""
    key = text.lower().rstrip(".")
    return load(lang).months.get(key) or (int(key) if key.isdigit() else None)


def absolute(
    parts: dict[str, tuple[str, int, int]], g: Grammar, lang: str, *, closed: bool = False
) -> When | None:
    """The date a template's parts name, or None when they name no real one (``closed``: as
    in :func:`year_of`)."""
    year = year_of(parts, g, closed=closed)
    month_text = parts.get("M", parts.get("MM"))
    month = month_of(month_text[0], lang) if month_text else None
    if "MO" in parts:  # a month by its ordinal in words
        month = g.ordinals.get(lowered(parts["MO"][0]))
    day_text = parts.get("D", parts.get("DD"))
    day = parse_int(day_text[0], g) if day_text else None
    if year is None or (day is not None and month is None):
        return None
    when = When(year, month, day)
    return when if when.valid() else None


class Scan:
    """Atoms found so far, kept apart so later patterns only look at the gaps."""

    def __init__(self, text: str, g: Grammar) -> None:
        self.text = text
        self.grammar = g
        self.low = g.anchors.lowered(text)
        self.seen: dict[frozenset[str], bool] = {}
        # per probed slot (``Grammar.probes``), whether some stretch of the text matches it
        self._probed: dict[str, bool] = {}
        # per skeleton probe (``grammar.skeleton_probes``), by identity, whether the current
        # skeleton matches it
        self._around: dict[int, bool] = {}
        self._reversed: tuple[str | None, str] = (None, "")  # a skeleton, read backwards
        # by identity, in the order found: a drop is one step however many atoms a text has
        self._found: dict[int, DateMatch] = {}
        self._by_start: dict[int, DateMatch] = {}
        self._busy = bytearray(len(text))
        self._windows: tuple[str, list[tuple[int, int]] | None] | None = None
        # the skeleton and the anchor text of the atoms as they stand after ``_changes`` changes:
        # the same string objects while no atom comes or goes, so the scans' caches hold
        self._changes = 0
        self._skeleton: tuple[int, str] = (-1, "")
        self._gate_low: tuple[str | None, str, bool] = (None, "", False)

    @property
    def found(self) -> list[DateMatch]:
        """The atoms found and not dropped, in the order found."""
        return list(self._found.values())

    def free(self, start: int, end: int) -> bool:
        """True when no atom holds any of ``start``-``end``."""
        return self._busy.find(1, start, end) < 0

    def add(self, match: DateMatch) -> None:
        """Keep ``match`` as an atom and mark its characters taken."""
        self._found[id(match)] = match
        self._by_start[match.start] = match
        self._busy[match.start : match.end] = b"\x01" * (match.end - match.start)
        self._changes += 1

    def drop(self, match: DateMatch) -> None:
        """Forget ``match`` (joined into a larger value) and free its characters."""
        del self._found[id(match)]
        if self._by_start.get(match.start) is match:
            del self._by_start[match.start]
        self._busy[match.start : match.end] = b"\x00" * (match.end - match.start)
        self._changes += 1

    def skeleton(self) -> str:
        """The text with each atom replaced by marker characters, built piecewise."""
        if self._skeleton[0] == self._changes:
            return self._skeleton[1]
        parts = []
        last = 0
        for m in sorted(self.found, key=lambda d: d.start):
            head, rest = (BARE, BARE_REST) if m.bare else (FULL, FULL_REST)
            parts += [self.text[last : m.start], head, rest * (m.end - m.start - 1)]
            last = m.end
        parts.append(self.text[last:])
        skeleton = "".join(parts)
        self._skeleton = (self._changes, skeleton)
        return skeleton

    def finditer(self, g: Grammar, family: str) -> Iterator[re.Match[str]]:
        """Matches of a template family, tried only with the templates this text can match
        (the others cannot match anywhere in it: the matches are the whole family's).

        The templates up to the first this text may match are looked up; of the rest, those
        that what is known of the text already rules out are left out, without looking up
        more of it: a look-up costs a scan of the text.
        """
        low, seen, probed = self.low, self.seen, self._probed
        possible: list[int] = []
        for (need, slots), templates in g.needs[family]:
            if possible:
                # a look-up not made yet is None: only one that failed rules a template out
                if False not in map(seen.get, need) and False not in map(probed.get, slots):
                    possible += templates
            elif present(need, low, seen) and all(map(self._holds, slots)):
                possible += templates
        if not possible:
            return iter(())
        compiled: Compiled = getattr(g, family)
        return finditer(compiled.narrowed(possible), self.text, compiled.pattern)

    def _holds(self, slot: str) -> bool:
        """True when some stretch of the text matches the probed ``slot``'s regex."""
        found = self._probed.get(slot)
        if found is None:
            found = self._probed[slot] = self.grammar.probes[slot].search(self.text) is not None
        return found

    def gated(self, patterns: Gated, skeleton: str) -> Iterator[re.Match[str]]:
        """Matches of skeleton patterns, each in turn, skipping those whose anchors are absent."""
        if self._gate_low[0] is not skeleton:
            marks = "".join(c for c in (FULL, BARE) if c in skeleton)
            self._gate_low = (skeleton, self.low + "\n" + marks, bool(marks))
            self._around = {}
        low = self._gate_low[1]
        plan = self.grammar.skeleton_plan
        if plan is not None and not self._gate_low[2]:
            return  # every pattern of the plan holds an atom's marker: none can match
        for pattern, need in patterns:
            if not present(need, low, self.seen):
                continue
            probes = skeleton_probes(pattern)
            if probes is not None and not self._around_atoms(probes, skeleton):
                continue  # no atom has the words around it the pattern needs
            if probes is not None and probes.atom_led:
                yield from _at_markers(pattern, skeleton)
                continue
            if plan is not None and (self._windows is None or self._windows[0] is not skeleton):
                self._windows = (skeleton, windows(plan, skeleton))
            stretches = self._windows[1] if plan is not None and self._windows else None
            if plan is not None and stretches is not None:
                yield from finditer_in(pattern, skeleton, plan, stretches)
            else:  # no plan, or markers dense: the whole text
                yield from finditer(pattern, skeleton)

    def _around_atoms(self, probes: SkeletonProbes, skeleton: str) -> bool:
        """False when no atom of ``skeleton`` is followed by what the pattern needs after its
        atom, or preceded by what it needs before it (``grammar.skeleton_probes``)."""
        if probes.after and not any(self._probe(p, skeleton) for p in probes.after):
            return False
        if probes.before:
            if self._reversed[0] is not skeleton:
                self._reversed = (skeleton, skeleton[::-1])
            return any(self._probe(p, self._reversed[1]) for p in probes.before)
        return True

    def _probe(self, probe: re.Pattern[str], target: str) -> bool:
        """Whether ``probe`` matches somewhere in ``target`` (the skeleton or its reverse),
        looked up once per skeleton."""
        found = self._around.get(id(probe))
        if found is None:
            found = self._around[id(probe)] = probe.search(target) is not None
        return found

    def at(self, start: int) -> DateMatch | None:
        """The atom that starts at ``start``, if any."""
        if not self._busy[start]:
            return None
        return self._by_start.get(start)


def _at_markers(pattern: re.Pattern[str], skeleton: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(skeleton)`` for a pattern led by an atom: every match starts at an
    atom's marker, so it is tried at the few markers only, in order."""
    heads = sorted(at for marker in (FULL, BARE) for at in occurrences(skeleton, marker))
    return tried_at(pattern, skeleton, heads)


def dated(start: int, end: int, pattern: str, when: When, claim: dict | None = None) -> DateMatch:
    """A plain date found at ``start``-``end``, with its claim."""
    return DateMatch(start, end, pattern, when, when, "date", claim or {"date": when.iso()})


def spanned(start: int, end: int, pattern: str, first: When, last: When) -> DateMatch:
    """A stretch named by one expression (a quarter, a decade) at ``start``-``end``."""
    return DateMatch(start, end, pattern, first, last, "span")
