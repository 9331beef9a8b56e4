"""Date atoms in raw text: absolute, relative, counted and bare dates, years and periods."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from factcheck.extract.recognizers.dates.grammar import (
    BARE,
    BARE_REST,
    FULL,
    FULL_REST,
    Gated,
    Grammar,
)
from factcheck.extract.recognizers.dates.templates import Compiled
from factcheck.extract.recognizers.dates.when import When, add_units, of_date, shift_months
from factcheck.extract.recognizers.edges import WORD, edges
from factcheck.extract.recognizers.numerals import numeral_value
from factcheck.extract.scan import finditer, finditer_in, present, windows
from factcheck.lang.lexicon import load

_REL_STEP = {"last": -1, "this": 0, "next": 1}


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
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    key = re.sub(r"\s+", " ", text.lower())
    found = g.ordinals.get(key, g.numbers.get(key))
    if found is None:  # a number written in numeral characters: 二十八, 二〇二四
        value = numeral_value(text, g.lang)
        found = int(value) if value is not None and value == int(value) else None
    return found


def year_of(
    parts: dict[str, tuple[str, int, int]], g: Grammar, published: date | None = None
) -> int | None:
    """The year a template's parts name: digits, numerals (二〇二四), an era's year, a year
    relative to publication (明年), or, with none of them, the year of publication."""
    if "Y" in parts:
        return parse_int(parts["Y"][0], g)
    if "ERA" in parts and "EY" in parts:
        start = g.eras.get(parts["ERA"][0])
        count = 1 if parts["EY"][0] in g.era_first else parse_int(parts["EY"][0], g)
        return start + count - 1 if start is not None and count else None
    if published is None:
        return None
    if "REL" in parts:
        if "UNIT" in parts and parts["UNIT"][0].lower() not in g.year_words:
            return None
        return published.year + _REL_STEP[g.rel_words.get(parts["REL"][0].lower(), "this")]
    if "CW" in parts and "YY" in parts:  # 上世纪90年代
        century = published.year // 100 + g.centuries_named.get(parts["CW"][0], 0)
        return century * 100 + int(parts["YY"][0])
    if "C" in parts and "YY" in parts:  # 20世纪80年代
        number = parse_int(parts["C"][0], g)
        return (number - 1) * 100 + int(parts["YY"][0]) if number else None
    if "YY" in parts:  # 90年代: the latest such decade that has begun by publication
        year = published.year // 100 * 100 + int(parts["YY"][0])
        return year if year <= published.year else year - 100
    return published.year


def month_of(text: str, lang: str) -> int | None:
    key = text.lower().rstrip(".")
    return load(lang).months.get(key) or (int(key) if key.isdigit() else None)


def _absolute(parts: dict[str, tuple[str, int, int]], g: Grammar, lang: str) -> When | None:
    year = year_of(parts, g)
    month_text = parts.get("M", parts.get("MM"))
    month = month_of(month_text[0], lang) if month_text else None
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
        # by identity, in the order found: a drop is one step however many atoms a text has
        self._found: dict[int, DateMatch] = {}
        self._by_start: dict[int, DateMatch] = {}
        self._busy = bytearray(len(text))
        self._windows: tuple[str, list[tuple[int, int]] | None] | None = None

    @property
    def found(self) -> list[DateMatch]:
        """The atoms found and not dropped, in the order found."""
        return list(self._found.values())

    def free(self, start: int, end: int) -> bool:
        return self._busy.find(1, start, end) < 0

    def add(self, match: DateMatch) -> None:
        self._found[id(match)] = match
        self._by_start[match.start] = match
        self._busy[match.start : match.end] = b"\x01" * (match.end - match.start)

    def drop(self, match: DateMatch) -> None:
        del self._found[id(match)]
        if self._by_start.get(match.start) is match:
            del self._by_start[match.start]
        self._busy[match.start : match.end] = b"\x00" * (match.end - match.start)

    def skeleton(self) -> str:
        """The text with each atom replaced by marker characters, built piecewise."""
        parts = []
        last = 0
        for m in sorted(self.found, key=lambda d: d.start):
            head, rest = (BARE, BARE_REST) if m.bare else (FULL, FULL_REST)
            parts += [self.text[last : m.start], head, rest * (m.end - m.start - 1)]
            last = m.end
        parts.append(self.text[last:])
        return "".join(parts)

    def finditer(self, g: Grammar, family: str) -> Iterator[re.Match[str]]:
        """Matches of a template family, tried only with the templates this text can match."""
        compiled: Compiled = getattr(g, family)
        low, seen = self.low, self.seen
        if not any(present(need, low, seen) for need in g.needs[family]):
            return iter(())
        return finditer(compiled.pattern, self.text)

    def gated(self, patterns: Gated, skeleton: str) -> Iterator[re.Match[str]]:
        """Matches of skeleton patterns, each in turn, skipping those whose anchors are absent."""
        low = self.low + "\n" + "".join(c for c in (FULL, BARE) if c in skeleton)
        plan = self.grammar.skeleton_plan
        for pattern, need in patterns:
            if not present(need, low, self.seen):
                continue
            if plan is not None and (self._windows is None or self._windows[0] is not skeleton):
                self._windows = (skeleton, windows(plan, skeleton))
            stretches = self._windows[1] if plan is not None and self._windows else None
            if plan is None or stretches is None:  # no plan, or markers dense: the whole text
                yield from finditer(pattern, skeleton)
            else:
                yield from finditer_in(pattern, skeleton, plan, stretches)

    def at(self, start: int) -> DateMatch | None:
        if not self._busy[start]:
            return None
        return self._by_start.get(start)


def _date(start: int, end: int, pattern: str, when: When, claim: dict | None = None) -> DateMatch:
    return DateMatch(start, end, pattern, when, when, "date", claim or {"date": when.iso()})


def _span(start: int, end: int, pattern: str, first: When, last: When) -> DateMatch:
    return DateMatch(start, end, pattern, first, last, "span")


def scan_absolute(scan: Scan, g: Grammar, lang: str) -> None:
    for family, name in (("numeric", "numeric"), ("atoms", "format")):
        compiled: Compiled = getattr(g, family)
        for m in scan.finditer(g, family):
            if not scan.free(m.start(), m.end()):
                continue
            index, parts = compiled.groups(m)
            when = _absolute(parts, g, lang)
            if when is not None:
                scan.add(_date(m.start(), m.end(), f"{name}:{index}", when))


def scan_periods(scan: Scan, g: Grammar, published: date | None = None) -> None:
    for m in scan.finditer(g, "year_ranges"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.year_ranges.groups(m)
        first, last = int(parts["Y"][0]), int(parts["YE"][0])
        if first < last:
            scan.add(
                DateMatch(
                    m.start(), m.end(), f"year-range:{index}", When(first), When(last), "range"
                )
            )
    for m in scan.finditer(g, "quarters"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.quarters.groups(m)
        found = year_of(parts, g, published)
        if found is None:
            continue
        year = found
        size = 3 if "Q" in parts or "QW" in parts else 6
        number = next(parts[k][0] for k in ("Q", "QW", "H", "HW") if k in parts)
        n = g.halves.get(number) or parse_int(number, g)
        if n is None or not 1 <= n <= 12 // size:
            continue
        begin = When(year, (n - 1) * size + 1)
        scan.add(_span(m.start(), m.end(), f"quarter:{index}", begin, When(year, n * size)))
    for m in scan.finditer(g, "decades"):
        if not scan.free(m.start(), m.end()):
            continue
        decade = year_of(g.decades.groups(m)[1], g, published)
        if decade is not None and decade % 10 == 0:
            scan.add(_span(m.start(), m.end(), "decade", When(decade), When(decade + 9)))
    for m in scan.finditer(g, "centuries"):
        if not scan.free(m.start(), m.end()):
            continue
        century = parse_int(g.centuries.groups(m)[1]["C"][0], g)
        if century is not None and 1 <= century <= 21:
            begin, end = When((century - 1) * 100 or 1), When(century * 100 - 1)
            scan.add(_span(m.start(), m.end(), "century", begin, end))


def _unit_period(unit: str, step: int, today: date) -> tuple[When, When] | None:
    if unit == "year":
        return When(today.year + step), When(today.year + step)
    if unit == "month":
        year, month = shift_months(today.year, today.month, step)
        return When(year, month), When(year, month)
    if unit == "quarter":
        q_start = (today.month - 1) // 3 * 3 + 1
        year, month = shift_months(today.year, q_start, 3 * step)
        end_year, end_month = shift_months(year, month, 2)
        return When(year, month), When(end_year, end_month)
    if unit == "decade":
        start = today.year // 10 * 10 + 10 * step
        return When(start), When(start + 9)
    return None


def scan_relative(scan: Scan, g: Grammar, published: date | None) -> None:
    for m in scan.finditer(g, "relative"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.relative.groups(m)
        source = g.relative.sources[index]
        rel = (
            g.rel_words.get(re.sub(r"\s+", " ", parts["REL"][0].lower()), "last")
            if "REL" in parts
            else _rel_in(m.group(), g)
        )
        step = _REL_STEP[rel]
        pattern = f"relative:{index}"
        if "M" in parts or "MN" in parts:
            # a month by its name, or by its number in the year ("明年第九个月")
            month = month_of(parts["M"][0], g.lang) if "M" in parts else None
            if "MN" in parts:
                month = parse_int(parts["MN"][0], g)
            if month is None or not 1 <= month <= 12:
                continue
            claim = {"date": f"--{month:02d}", "relative": rel}
            when = When(published.year + step, month) if published else None
            # "March next year", "来年の6月": the template names the year as well
            said = parts["UNIT"][0].lower() if "UNIT" in parts else ""
            names_year = said in g.year_words or any(w in source.lower() for w in g.year_words)
            if names_year and published:
                claim = {"date": when.iso()} if when else claim
            scan.add(DateMatch(m.start(), m.end(), pattern, when, when, "date", claim))
        elif "UNIT" in parts and published:
            unit = g.unit_words.get(re.sub(r"\s+", " ", parts["UNIT"][0].lower()))
            period = _unit_period(unit or "", step, published)
            if period is None:
                continue
            first, last = period
            if first == last:
                scan.add(_date(m.start(), m.end(), pattern, first))
            else:
                scan.add(_span(m.start(), m.end(), pattern, first, last))


def _rel_in(text: str, g: Grammar) -> str:
    lowered = text.lower()
    e = edges(g.lang)
    for word, rel in sorted(g.rel_words.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!{e.start(WORD)}){re.escape(word)}(?!{e.free(WORD)})", lowered):
            return rel
    return "last"


def scan_counted(scan: Scan, g: Grammar, published: date | None) -> None:
    if published is None:
        return
    for family, name in (("ago", "ago"), ("last_n", "last-n")):
        compiled: Compiled = getattr(g, family)
        for m in scan.finditer(g, family):
            if not scan.free(m.start(), m.end()):
                continue
            index, parts = compiled.groups(m)
            amount = parse_int(parts["N"][0], g)
            unit = g.unit_words.get(re.sub(r"\s+", " ", parts["UNIT"][0].lower()))
            if amount is None or unit is None:
                continue
            if name == "ago":
                day = add_units(published, unit, -amount)
                letter = {"year": "Y", "month": "M", "day": "D"}.get(unit)
                claim = {"ago": f"P{amount}{letter}"} if letter else None
                scan.add(_date(m.start(), m.end(), f"ago:{index}", of_date(day), claim))
                continue
            way = g.last_n_ways[index]
            if way in ("next", "within"):
                start_day = published
                if way == "next":
                    start_day = date.fromordinal(published.toordinal() + 1)
                end_day = add_units(start_day, unit, amount)
            else:
                end_day = published
                start_day = add_units(published, unit, -amount)
            last = date.fromordinal(end_day.toordinal() - 1)
            scan.add(
                _span(m.start(), m.end(), f"last-n:{index}", of_date(start_day), of_date(last))
            )


def _weekday(text: str, g: Grammar) -> int | None:
    key = re.sub(r"\s+", " ", text.lower())
    for form in (key, key.rstrip("."), key + "."):
        if form in g.weekdays:
            return g.weekdays[form]
    return None


def nearest_weekday_day(day: int, weekday: int, published: date) -> When | None:
    """The day ``day`` of the publication month or of a month next to it that falls on
    ``weekday`` (Monday 0), the nearest to ``published``; None when none does."""
    best: date | None = None
    for step in (0, -1, 1):
        year, month = shift_months(published.year, published.month, step)
        when = When(year, month, day)
        if not when.valid() or when.first().weekday() != weekday:
            continue
        candidate = when.first()
        if best is None or abs((candidate - published).days) < abs((best - published).days):
            best = candidate
    return of_date(best) if best is not None else None


def scan_weekday_days(scan: Scan, g: Grammar, published: date | None) -> None:
    """A day of the month named with its weekday and no month ("domingo (19)"): the nearest
    such day to publication; without a publication date there is none."""
    if published is None:
        return
    for m in scan.finditer(g, "weekday_days"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.weekday_days.groups(m)
        weekday = _weekday(parts["WD"][0], g)
        day = parse_int(parts["DD" if "DD" in parts else "D"][0], g)
        if weekday is None or day is None:
            continue
        when = nearest_weekday_day(day, weekday, published)
        if when is not None:
            scan.add(_date(m.start(), m.end(), f"weekday-day:{index}", when))


def scan_bare(scan: Scan, g: Grammar, lang: str) -> None:
    for m in scan.finditer(g, "bare"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.bare.groups(m)
        month = month_of(parts["M"][0], lang) if "M" in parts else None
        day = parse_int(parts["D"][0], g) if "D" in parts else None
        if "DD" in parts:
            day = int(parts["DD"][0])
        scan.add(
            DateMatch(
                m.start(),
                m.end(),
                f"bare:{index}",
                When(0, month, day),
                When(0, month, day),
                "date",
                None,
                bare=True,
            )
        )


def scan_days(scan: Scan, g: Grammar) -> None:
    """Days of the month named alone ("19日"): bare, for a range to complete or publication."""
    for m in scan.finditer(g, "days"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.days.groups(m)
        day = parse_int(parts["D"][0] if "D" in parts else parts["DD"][0], g)
        if day is None or not 1 <= day <= 31:
            continue
        when = When(0, None, day)
        scan.add(DateMatch(m.start(), m.end(), f"day:{index}", when, when, "date", None, True))


def scan_years(scan: Scan, g: Grammar) -> None:
    text = scan.text
    for m in finditer(g.year, text):
        if not scan.free(m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 20) : m.start()]
        after = text[m.end() : m.end() + 2]
        in_context = g.year_context.search(before) is not None
        # where words are not spaced, a space ends the figure: only a word touching it follows
        follow = r"\s*[^\W\d_]" if g.spaced else r"[^\W\d_]"
        word_follows = re.match(follow, after) is not None and not after.startswith("'")
        if in_context or not word_follows or g.year_after.match(text, m.end()):
            scan.add(_date(m.start(), m.end(), "year", When(int(m.group()))))


def scan_today(scan: Scan, g: Grammar, published: date | None) -> None:
    for m in finditer(g.today, scan.text):
        if scan.free(m.start(), m.end()):
            when = of_date(published) if published else None
            claim = {"ago": "P0D"}
            scan.add(DateMatch(m.start(), m.end(), "today", when, when, "date", claim))
