"""Dates, relative dates and periods: spans first (lexicon templates), then their values."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from factcheck.extract.lexicon import alternation, load
from factcheck.extract.templates import Compiled, compile_templates
from factcheck.extract.when import When, add_units, of_date, shift_months

_FULL, _FULL_REST, _BARE, _BARE_REST = "\ue000", "\ue001", "\ue002", "\ue003"
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


@dataclass(frozen=True)
class _Grammar:
    lang: str
    atoms: Compiled
    relative: Compiled
    numeric: Compiled
    quarters: Compiled
    decades: Compiled
    ago: Compiled
    last_n: Compiled
    bare: Compiled
    modifiers: dict[str, list[re.Pattern[str]]]
    ranges: list[re.Pattern[str]]
    open: dict[str, list[re.Pattern[str]]]
    year: re.Pattern[str]
    year_context: re.Pattern[str]
    year_after: re.Pattern[str]
    rel_words: dict[str, str]
    unit_words: dict[str, str]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    mdy: bool
    today: re.Pattern[str]
    month_context: re.Pattern[str]


def _slots(lang: str) -> dict[str, str]:
    from babel.dates import get_day_names

    lex = load(lang)
    dates = lex.section("dates")
    months = alternation(lex.months)
    weekdays = alternation(
        {n.lower() for w in ("wide", "abbreviated") for n in get_day_names(w, locale=lang).values()}
    )
    ordinals = alternation(lex.section("ordinals"))
    suffix = dates.get("day_suffix", "")
    words = {k: v for k, v in lex.section("numbers", "words").items() if 0 < v <= 100}
    return {
        "D": rf"(?:(?:[12]\d|3[01]|0?[1-9])(?![\d.,]\d)(?:{suffix})?|{ordinals})",
        "DD": r"(?:[12]\d|3[01]|0?[1-9])",
        "M": rf"{months}\.?(?![^\W\d_])",
        "MM": r"(?:1[0-2]|0?[1-9])",
        "Y": r"(?:1[89]\d\d|20\d\d)(?!\d)",
        "WD": rf"{weekdays}\.?",
        "REL": alternation(w for ws in dates.get("relative", {}).values() for w in ws),
        "UNIT": alternation(w for ws in dates.get("units", {}).values() for w in ws),
        "N": rf"(?:\d{{1,3}}|{alternation(words)})",
        "Q": r"[1-4]",
        "H": r"[12]",
        "A": rf"(?:{_FULL}{_FULL_REST}*)",
    }


@cache
def grammar(lang: str) -> _Grammar:
    """Compiled date patterns of ``lang``."""
    lex = load(lang)
    dates = lex.section("dates")
    slots = _slots(lang)
    shared = lex.shared
    mdy = dates.get("numeric_order") == "mdy"
    numeric = list(shared["date_formats"])
    if mdy:
        numeric = [f.replace("{DD}/{MM}", "{MM}/{DD}") for f in numeric]
    full = dict(slots, A=f"(?P<a>{_FULL}{_FULL_REST}*|{_BARE}{_BARE_REST}*)")
    ab = dict(full, B=f"(?P<b>{_FULL}{_FULL_REST}*|{_BARE}{_BARE_REST}*)")
    mods = {}
    for mod, words in dates.get("modifiers", {}).items():
        forms = [w if "{A}" in w else f"(?:{w})\\s*{{A}}" for w in words]
        mods[mod] = _skeleton_pattern(forms, full)
    rel_words = {w.lower(): k for k, ws in dates.get("relative", {}).items() for w in ws}
    unit_words = {w.lower(): k for k, ws in dates.get("units", {}).items() for w in ws}
    numbers = {k.lower(): int(v) for k, v in lex.section("numbers", "words").items()}
    context = alternation(dates.get("year_context", []))
    return _Grammar(
        lang=lex.lang,
        atoms=compile_templates(dates.get("formats", []), slots),
        relative=compile_templates(dates.get("relative_formats", []), slots),
        numeric=compile_templates(numeric, slots),
        quarters=compile_templates(shared["quarter_formats"], slots),
        decades=compile_templates(shared["decade_formats"], slots),
        ago=compile_templates(dates.get("ago", []), slots),
        last_n=compile_templates(dates.get("last_n", []), slots),
        bare=compile_templates(["{D} (?:of |de |di )?{M}", "{M} {D}", "{M}", "{DD}"], slots),
        modifiers=mods,
        ranges=_skeleton_pattern(dates.get("ranges", []), ab),
        open={k: _skeleton_pattern(v, full) for k, v in dates.get("open", {}).items()},
        year=re.compile(r"(?<![\w.,/\-])(?:1[89]\d\d|20\d\d)(?![\w/]|[.,]\d|-\d)"),
        year_context=re.compile(rf"(?<!\w){context}\s*$", re.IGNORECASE),
        year_after=re.compile(
            rf"\s*{alternation(dates.get('year_after', []))}(?!\w)", re.IGNORECASE
        ),
        rel_words=rel_words,
        unit_words=unit_words,
        ordinals={k.lower(): int(v) for k, v in lex.section("ordinals").items()},
        numbers=numbers,
        mdy=mdy,
        today=re.compile(rf"(?<![^\W_]){alternation(dates.get('today', []))}(?![^\W_])", re.I),
        month_context=re.compile(rf"(?<!\w){context}\s*$", re.IGNORECASE),
    )


def _skeleton_pattern(templates: list[str], slots: dict[str, str]) -> list[re.Pattern[str]]:
    out = []
    for template in templates:
        body = re.sub(r"(?<!\\) ", r"\\s+", template)
        body = body.replace("{A}", slots["A"]).replace("{B}", slots.get("B", "(?!)"))
        out.append(re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.IGNORECASE))
    return out


def _int(text: str, g: _Grammar) -> int | None:
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    key = re.sub(r"\s+", " ", text.lower())
    return g.ordinals.get(key, g.numbers.get(key))


def _month(text: str, lang: str) -> int | None:
    key = text.lower().rstrip(".")
    return load(lang).months.get(key) or (int(key) if key.isdigit() else None)


def _absolute(parts: dict[str, tuple[str, int, int]], g: _Grammar, lang: str) -> When | None:
    year = int(parts["Y"][0]) if "Y" in parts else None
    month_text = parts.get("M", parts.get("MM"))
    month = _month(month_text[0], lang) if month_text else None
    day_text = parts.get("D", parts.get("DD"))
    day = _int(day_text[0], g) if day_text else None
    if year is None or (day is not None and month is None):
        return None
    when = When(year, month, day)
    return when if when.valid() else None


class _Scan:
    """Atoms found so far, kept apart so later patterns only look at the gaps."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[DateMatch] = []
        self._by_start: dict[int, DateMatch] = {}
        self._busy = bytearray(len(text))

    def free(self, start: int, end: int) -> bool:
        return self._busy.find(1, start, end) < 0

    def add(self, match: DateMatch) -> None:
        self.found.append(match)
        self._by_start[match.start] = match
        self._busy[match.start : match.end] = b"\x01" * (match.end - match.start)

    def drop(self, match: DateMatch) -> None:
        self.found.remove(match)
        if self._by_start.get(match.start) is match:
            del self._by_start[match.start]
        self._busy[match.start : match.end] = b"\x00" * (match.end - match.start)

    def skeleton(self) -> str:
        """The text with each atom replaced by marker characters, built piecewise."""
        parts = []
        last = 0
        for m in sorted(self.found, key=lambda d: d.start):
            head, rest = (_BARE, _BARE_REST) if m.bare else (_FULL, _FULL_REST)
            parts += [self.text[last : m.start], head, rest * (m.end - m.start - 1)]
            last = m.end
        parts.append(self.text[last:])
        return "".join(parts)

    def at(self, start: int) -> DateMatch | None:
        if not self._busy[start]:
            return None
        return self._by_start.get(start)


def _date(start: int, end: int, pattern: str, when: When, claim: dict | None = None) -> DateMatch:
    return DateMatch(start, end, pattern, when, when, "date", claim or {"date": when.iso()})


def _span(start: int, end: int, pattern: str, first: When, last: When) -> DateMatch:
    return DateMatch(start, end, pattern, first, last, "span")


def _scan_absolute(scan: _Scan, g: _Grammar, lang: str) -> None:
    for compiled, name in ((g.numeric, "numeric"), (g.atoms, "format")):
        for m in compiled.pattern.finditer(scan.text):
            if not scan.free(m.start(), m.end()):
                continue
            index, parts = compiled.groups(m)
            when = _absolute(parts, g, lang)
            if when is not None:
                scan.add(_date(m.start(), m.end(), f"{name}:{index}", when))


def _scan_periods(scan: _Scan, g: _Grammar) -> None:
    for m in g.quarters.pattern.finditer(scan.text):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.quarters.groups(m)
        year = int(parts["Y"][0])
        size, n = (3, int(parts["Q"][0])) if "Q" in parts else (6, int(parts["H"][0]))
        first = When(year, (n - 1) * size + 1)
        scan.add(_span(m.start(), m.end(), f"quarter:{index}", first, When(year, n * size)))
    for m in g.decades.pattern.finditer(scan.text):
        if not scan.free(m.start(), m.end()):
            continue
        year = int(m.group()[:4])
        if year % 10 == 0:
            scan.add(_span(m.start(), m.end(), "decade", When(year), When(year + 9)))


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


def _scan_relative(scan: _Scan, g: _Grammar, published: date | None) -> None:
    for m in g.relative.pattern.finditer(scan.text):
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
        if "M" in parts:
            month = _month(parts["M"][0], g.lang)
            if month is None:
                continue
            claim = {"date": f"--{month:02d}", "relative": rel}
            when = When(published.year + step, month) if published else None
            if "year" in source and published:
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


def _rel_in(text: str, g: _Grammar) -> str:
    lowered = text.lower()
    for word, rel in sorted(g.rel_words.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered):
            return rel
    return "last"


def _scan_counted(scan: _Scan, g: _Grammar, published: date | None) -> None:
    if published is None:
        return
    for compiled, name in ((g.ago, "ago"), (g.last_n, "last-n")):
        for m in compiled.pattern.finditer(scan.text):
            if not scan.free(m.start(), m.end()):
                continue
            index, parts = compiled.groups(m)
            amount = _int(parts["N"][0], g)
            unit = g.unit_words.get(re.sub(r"\s+", " ", parts["UNIT"][0].lower()))
            if amount is None or unit is None:
                continue
            if name == "ago":
                day = add_units(published, unit, -amount)
                letter = {"year": "Y", "month": "M", "day": "D"}.get(unit)
                claim = {"ago": f"P{amount}{letter}"} if letter else None
                scan.add(_date(m.start(), m.end(), f"ago:{index}", of_date(day), claim))
                continue
            forward = "next" in compiled.sources[index] or any(
                g.rel_words.get(w) == "next" for w in m.group().lower().split()
            )
            if forward:
                first = published.toordinal() + 1
                start_day = date.fromordinal(first)
                end_day = add_units(start_day, unit, amount)
            else:
                end_day = published
                start_day = add_units(published, unit, -amount)
            last = date.fromordinal(end_day.toordinal() - 1)
            scan.add(
                _span(m.start(), m.end(), f"last-n:{index}", of_date(start_day), of_date(last))
            )


def _scan_bare(scan: _Scan, g: _Grammar, lang: str) -> None:
    for m in g.bare.pattern.finditer(scan.text):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.bare.groups(m)
        month = _month(parts["M"][0], lang) if "M" in parts else None
        day = _int(parts["D"][0], g) if "D" in parts else None
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


def _scan_years(scan: _Scan, g: _Grammar) -> None:
    text = scan.text
    for m in g.year.finditer(text):
        if not scan.free(m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 20) : m.start()]
        after = text[m.end() : m.end() + 2]
        in_context = g.year_context.search(before) is not None
        word_follows = re.match(r"\s*[^\W\d_]", after) is not None and not after.startswith("'")
        if in_context or not word_follows or g.year_after.match(text, m.end()):
            scan.add(_date(m.start(), m.end(), "year", When(int(m.group()))))


def _inherit(a: When, b: When) -> When:
    if a.year != 0:
        return a
    month = a.month if a.month is not None else b.month
    year = b.year
    if a.month is not None and b.month is not None and a.month > b.month:
        year -= 1
    return When(year, month, a.day)


def _apply_modifiers(scan: _Scan, g: _Grammar) -> None:
    bounds = {"start": (1, 6), "mid": (5, 8), "end": (7, 12)}
    skeleton = scan.skeleton()
    for mod, patterns in g.modifiers.items():
        for m in (m for p in patterns for m in p.finditer(skeleton)):
            atom = scan.at(m.start("a"))
            if atom is None or atom.bare or atom.first is None or atom.form != "date":
                continue
            when = atom.first
            if when.month is None:
                first, last = When(when.year, bounds[mod][0]), When(when.year, bounds[mod][1])
            elif when.day is None:
                days = when.last().day
                cut = {"start": (1, 15), "mid": (10, 20), "end": (16, days)}[mod]
                first = When(when.year, when.month, cut[0])
                last = When(when.year, when.month, cut[1])
            else:
                continue
            scan.drop(atom)
            claim = dict(atom.claim or {})
            scan.add(
                DateMatch(m.start(), m.end(), f"{mod}+{atom.pattern}", first, last, "span", claim)
            )


def _scan_today(scan: _Scan, g: _Grammar, published: date | None) -> None:
    for m in g.today.finditer(scan.text):
        if scan.free(m.start(), m.end()):
            when = of_date(published) if published else None
            claim = {"ago": "P0D"}
            scan.add(DateMatch(m.start(), m.end(), "today", when, when, "date", claim))


def _month_alone(m: DateMatch, text: str, g: _Grammar) -> bool:
    """A bare month name after a preposition ("in February"), not a day or a modal verb."""
    first = m.first
    if first is None or first.month is None or first.day is not None:
        return False
    return g.month_context.search(text, max(0, m.start - 12), m.start) is not None


def _this_month(m: DateMatch, text: str, published: date) -> DateMatch:
    assert m.first is not None and m.first.month is not None
    when = When(published.year, m.first.month)
    claim = {"date": f"--{m.first.month:02d}", "relative": "this"}
    end = m.end - 1 if m.end - m.start > 5 and text[m.end - 1] == "." else m.end
    return replace(m, end=end, first=when, last=when, bare=False, claim=claim, pattern="month")


def _apply_ranges(scan: _Scan, g: _Grammar, published: date | None) -> list[DateMatch]:
    periods: list[DateMatch] = []
    skeleton = scan.skeleton()
    for m in (m for p in g.ranges for m in p.finditer(skeleton)):
        a, b = scan.at(m.start("a")), scan.at(m.start("b"))
        found_b = b
        if b is not None and b.bare and published and b.last and b.last.month:
            # both ends bare ("between January and September"): the year of publication
            b = replace(b, last=When(published.year, b.last.month, b.last.day))
        if a is None or b is None or a.first is None or b.last is None or b.last.year == 0:
            continue
        first = _inherit(a.first, b.last) if a.bare else a.first
        if not first.valid() or first.first() > b.last.first():
            continue
        scan.drop(a)
        scan.drop(found_b)  # type: ignore[arg-type]
        periods.append(DateMatch(m.start(), m.end(), "range", first, b.last, "range"))
    skeleton = scan.skeleton()
    for kind, patterns in g.open.items():
        for m in (m for p in patterns for m in p.finditer(skeleton)):
            a = scan.at(m.start("a"))
            if a is None or a.bare or a.first is None:
                continue
            if any(p.start < m.end() and m.start() < p.end for p in periods):
                continue
            scan.drop(a)
            if kind == "since":
                periods.append(DateMatch(m.start(), m.end(), "since", a.first, None, "range"))
            elif kind == "after":
                periods.append(DateMatch(m.start(), m.end(), "after", a.last, None, "after"))
            else:
                periods.append(DateMatch(m.start(), m.end(), kind, None, a.first, "before"))
    return periods


def find_dates(text: str, lang: str, published: date | None = None) -> list[DateMatch]:
    """Dates and periods in ``text``; relative ones resolve against ``published``."""
    g = grammar(lang)
    scan = _Scan(text)
    _scan_periods(scan, g)
    _scan_absolute(scan, g, lang)
    _scan_relative(scan, g, published)
    _scan_counted(scan, g, published)
    _scan_today(scan, g, published)
    _scan_years(scan, g)
    _scan_bare(scan, g, lang)
    _apply_modifiers(scan, g)
    periods = _apply_ranges(scan, g, published)
    out = list(periods)
    for m in scan.found:
        if not m.bare:
            out.append(m)
        elif published and _month_alone(m, scan.text, g):
            out.append(_this_month(m, scan.text, published))
        elif m.first and m.first.month and m.first.day and published:
            when = When(published.year, m.first.month, m.first.day)
            if when.valid():
                out.append(
                    replace(
                        m,
                        first=when,
                        last=when,
                        bare=False,
                        claim={"date": when.iso()},
                        pattern="day-month",
                    )
                )
    out.sort(key=lambda d: (d.start, d.end))
    return out
