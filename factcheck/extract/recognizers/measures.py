"""Figures with a unit: measures ("10 km", "15 gigawatts", "magnitude 7.7"), durations
("seven minutes", "in under an hour") and percentages ("60 %", "yüzde 60")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache

from factcheck.extract.recognizers.degrees import below_zero_before, temperature_after
from factcheck.extract.recognizers.nouns import grammar as noun_grammar
from factcheck.extract.recognizers.nouns import noun_after
from factcheck.extract.recognizers.number_marks import ordinal, place_span, place_step
from factcheck.extract.recognizers.numbers import NumberMatch
from factcheck.extract.recognizers.numerals import numeral_class
from factcheck.extract.recognizers.qualifiers import qualify
from factcheck.extract.recognizers.units import (
    Unit,
    UnitGrammar,
    grammar,
    unit_before,
    unit_end,
    unit_of,
)
from factcheck.extract.recognizers.words import phrases
from factcheck.extract.scan import finditer, search_ending
from factcheck.lang.lexicon import load

_BEFORE_WINDOW = 40
_SCALE_TOKEN = re.compile(r"([^\W\d_]+)\.?$")


# the units of a temperature, which words may put below zero
_TEMPERATURES = frozenset({"°C", "°F"})


@dataclass(frozen=True)
class MeasureMatch:
    """A figure with its unit: span (figure and unit), stated figure, unit and value kind."""

    start: int
    end: int
    kind: str
    value: Decimal
    unit: str
    pattern: str
    stated: Decimal | None = None  # the figure before its scale word: 15 in "15 million t"
    factor: Decimal = Decimal(1)  # what the scale word multiplies it by
    high: Decimal | None = None  # 六七分钟, "6, 7분": the top of a range the figure names itself
    more: bool = False  # 20多公里, 1천여 km: a mark inside the figure says "more than" it


def _scaled(n: NumberMatch) -> dict[str, Decimal]:
    factor = n.value / n.stated if n.stated else Decimal(1)
    return {"stated": n.stated, "factor": factor}


def _scale_as_unit(text: str, n: NumberMatch, g: UnitGrammar, lang: str) -> Unit | None:
    """The unit a scale letter stands for when it is one ("6 m" high, not "6m people")."""
    if n.scale is None:
        return None
    token = _SCALE_TOKEN.search(text, n.start, n.end)
    if token is None or token.group(1) not in g.scale_symbols:
        return None
    # "6 m" is a measure; glued, "5m people" counts millions of what follows, unless what
    # follows is an event run over the length ("the 400m hurdles")
    glued = not text[token.start() - 1].isspace()
    noun = noun_after(text, lang, n.end) if glued else None
    if noun is not None and noun[0].lower() not in _events(lang):
        return None
    symbol = token.group(1)
    return g.symbols.get(symbol) or g.words.get(symbol.lower())


@cache
def _events(lang: str) -> frozenset[str]:
    """Nouns after a figure glued to a scale letter that make it a length ("400m hurdles")."""
    return frozenset(str(w).lower() for w in load(lang).section("units").get("events") or [])


def _speed(text: str, start: int, unit: Unit, g: UnitGrammar) -> tuple[int, str] | None:
    """Where a length becomes a speed by the word before its figure (時速150km, 초속 50m, 每秒50米):
    that word's start and the speed's unit, when the grammar knows it."""
    if g.per is None or unit.kind != "quantity":
        return None
    found = search_ending(g.per, text, max(0, start - _BEFORE_WINDOW), start)
    if found is None:
        return None
    speed = f"{unit.unit}/{g.per_units[found['per'].lower()]}"
    # with a qualifier between them, the speed starts at its figure, where its qualifier is read
    begin = start if found["gap"] else found.start()
    return (begin, speed) if speed in g.speeds else None


def _per_length(text: str, n: NumberMatch, g: UnitGrammar) -> MeasureMatch | None:
    """A speed whose length is a word that names one only there: "時速240キロ", where キロ
    alone may as well be kilograms."""
    if g.per_lengths is None:
        return None
    word = g.per_lengths.match(text, n.end)
    if word is None:
        return None
    unit = Unit("quantity", g.per_length_units[word.group("word").lower()])
    speed = _speed(text, n.start, unit, g)
    if speed is None:
        return None
    start, speed_unit = speed
    return MeasureMatch(start, word.end(), "quantity", n.value, speed_unit, "rate-number-unit")


@cache
def _scale_of(lang: str) -> re.Pattern[str] | None:
    """The word that joins a scale word to what it counts ("2 millions de tonnes"), with the
    white space around it; an elided one ("d'") touches what follows."""
    words = noun_grammar(lang).scale_of
    if not words:
        return None
    parts = [
        rf"{re.escape(w[:-1])}(?=['’])" if w.endswith("'") else rf"{re.escape(w)}\s+" for w in words
    ]
    return re.compile(rf"\s+(?:{'|'.join(sorted(parts))})", re.IGNORECASE)


def _unit_after(text: str, lang: str, n: NumberMatch, g: UnitGrammar) -> re.Match[str] | None:
    """The unit after a figure, or after the word that joins its scale word to a measure's
    unit ("1,5 million de barils", "2 milioni di tonnellate")."""
    after = g.after.match(text, n.end)
    joined = _scale_of(lang) if after is None and n.scale else None
    found = joined.match(text, n.end) if joined is not None else None
    if found is None:
        return after
    after = g.after.match(text, found.end())
    unit = unit_of(g, after) if after else None
    return after if unit is not None and unit.kind == "quantity" else None


def _from_number(text: str, lang: str, n: NumberMatch, g: UnitGrammar) -> MeasureMatch | None:
    after = _unit_after(text, lang, n, g)
    unit = unit_of(g, after) if after else None
    if unit is not None and after is not None:
        stop = unit_end(g, after)
        # "two days and a half", "une heure et demie", "2時間半": half a unit more
        half = None
        if g.half is not None and unit.kind != "percent" and n.high is None and not n.scale:
            half = g.half.match(text, after.end())
        # "an hour" is a duration only as a bound ("in under an hour") or with its half; a
        # number word that may be another word ("두", "五" glued to a letter) is a figure
        # before a unit, unless it is one, which "a" says as well
        bound = unit.kind == "duration" and qualify(text, lang, n.start, stop)[0] != "exact"
        if n.pattern == "article" and not bound and half is None and n.value == 1:
            return None
        speed = _speed(text, n.start, unit, g)
        if speed is not None:
            start, speed_unit = speed
            return MeasureMatch(start, stop, unit.kind, n.value, speed_unit, "rate-number-unit")
        if half is not None:
            value = n.value + Decimal("0.5")
            return MeasureMatch(
                n.start, half.end(), unit.kind, value, unit.unit, "number-unit-half"
            )
        span = _span_of_place(text, lang, n, unit, stop)
        if span is not None:
            return span
        below = below_zero_before(text, lang, n.start) if unit.unit in _TEMPERATURES else None
        if below is not None:  # "零下3摄氏度", "영하 3℃": below zero
            value = -abs(n.value)
            return MeasureMatch(below, stop, unit.kind, value, unit.unit, "number-unit")
        return MeasureMatch(
            _named_before(text, n, unit, g),
            stop,
            unit.kind,
            n.value,
            unit.unit,
            "number-unit",
            **_scaled(n),
            high=n.high,
            more=n.more,
        )
    if n.pattern == "article":
        return None
    inside = _half_inside(text, lang, n)
    if inside is not None:
        return inside
    per_length = _per_length(text, n, g)
    if per_length is not None:
        return per_length
    scaled = _scale_as_unit(text, n, g, lang)
    if scaled is not None:
        return MeasureMatch(n.start, n.end, scaled.kind, n.stated, scaled.unit, "number-symbol")
    if g.before is not None:
        found = search_ending(g.before, text, max(0, n.start - _BEFORE_WINDOW), n.start)
        if found is not None:
            unit = unit_before(g, found)
            return MeasureMatch(
                found.start(),
                n.end,
                unit.kind,
                n.value,
                unit.unit,
                "unit-number",
                **_scaled(n),
                more=n.more,
            )
    heat = temperature_after(text, lang, n.start, n.end, n.value)
    if heat is not None:  # "46 degrees" in a sentence of heat: a temperature
        return MeasureMatch(heat.start, heat.end, "quantity", heat.value, heat.unit, "degrees")
    return None


def _named_before(text: str, n: NumberMatch, unit: Unit, g: UnitGrammar) -> int:
    """Where a measure whose unit follows its figure starts: at the figure, or at a word
    before it that names the same unit ("里氏6.8级地震")."""
    if g.before is None:
        return n.start
    found = search_ending(g.before, text, max(0, n.start - _BEFORE_WINDOW), n.start)
    if found is None or unit_before(g, found).unit != unit.unit:
        return n.start
    return found.start()


def _glued_value(match: re.Match[str], lang: str) -> Decimal | None:
    lex = load(lang)
    whole = match["int"]
    for group in lex.groups:
        whole = whole.replace(group, "")
    sign = "-" if match["sign"] else ""
    try:
        return Decimal(f"{sign}{whole}.{match['frac']}" if match["frac"] else sign + whole)
    except InvalidOperation:
        return None


def find_measures(
    text: str, lang: str, numbers: list[NumberMatch], taken: bytearray
) -> list[MeasureMatch]:
    """Measures, durations and percentages among ``numbers`` and figures glued to a unit.

    ``taken`` marks the characters other values hold; figures there are not read.
    """
    g = grammar(lang)
    found: list[MeasureMatch] = []
    for n in numbers:
        if taken.find(1, n.start, n.end) >= 0:
            continue
        match = _from_number(text, lang, n, g)
        if match is not None and taken.find(1, match.start, match.end) < 0:
            found.append(match)
    # a figure read above keeps that reading, unless it read only part of what a unit is
    # glued to ("2.5km", where the number stops at the point)
    read = {m.start for m in found}
    ends = {n.start: n.end for n in numbers}
    for m in finditer(g.glued, text):
        if m.start() in read or m.end() <= ends.get(m.start(), -1):
            continue
        figure_end = m.end("frac") if m["frac"] else m.end("int")
        if taken.find(1, m.start(), m.end()) >= 0 or ordinal(text, lang, m.start(), figure_end):
            continue  # "第3天": the third day, no span of three
        unit, value = unit_of(g, m), _glued_value(m, lang)
        if unit is not None and value is not None:
            speed = _speed(text, m.start(), unit, g)
            if speed is not None:
                start, speed_unit = speed
                found.append(
                    MeasureMatch(start, m.end(), unit.kind, value, speed_unit, "rate-glued")
                )
                continue
            found.append(MeasureMatch(m.start(), m.end(), unit.kind, value, unit.unit, "glued"))
    found.extend(_duration_parts(text, lang, numbers, taken, found))
    found.extend(_half_alone(text, lang, taken))
    found.sort(key=lambda x: x.start)
    out: list[MeasureMatch] = []
    for item in found:
        if not out or item.start >= out[-1].end:
            out.append(_multiplied(item))
    return out


def _multiplied(m: MeasureMatch) -> MeasureMatch:
    """A measure in a unit that is a multiple of another, in that other ("two decades": 20
    years; the unit reads "10 year"), keeping its figure as stated."""
    count, _, unit = m.unit.partition(" ")
    if not unit or not count.isdigit():
        return m
    factor = Decimal(count)
    return replace(
        m,
        value=m.value * factor,
        unit=unit,
        stated=m.stated if m.stated is not None else m.value,
        factor=m.factor * factor,
        high=m.high * factor if m.high is not None else None,
    )


def _span_of_place(
    text: str, lang: str, n: NumberMatch, unit: Unit, end: int
) -> MeasureMatch | None:
    """A percentage with a mark after it that names the span up to the next step of its last
    figure: "30%대" is 30 to 40 %, "1%台" 1 to 2 %, "2.5%대" 2.5 to 2.6 %."""
    mark = place_span(text, lang, end) if unit.kind == "percent" and n.high is None else None
    if mark is None:
        return None
    high = n.value + place_step(n.value)
    return MeasureMatch(n.start, mark, "percent", n.value, unit.unit, "number-unit", high=high)


@cache
def _half_alone_words(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The language's words for half of a unit of time with no figure ("半小时", "半年"), and
    their units; a word of them counts only where none of the characters the language lists
    stands before it (a figure, a measure word: "两个半小时", "上半年")."""
    data = load(lang).section("units", "half_alone") or {}
    units = {str(word): str(unit) for word, unit in (data.get("units") or {}).items()}
    if not units:
        return None, units
    digits = numeral_class(lang)[1:-1]
    not_after = f"[\\d{digits}{re.escape(str(data.get('not_after', '')))}]"
    return re.compile(rf"(?<!{not_after})({phrases(units)})"), units


def _half_alone(text: str, lang: str, taken: bytearray) -> list[MeasureMatch]:
    """Half of a unit of time named with no figure: "半小时后" (half an hour), "半年来"."""
    pattern, units = _half_alone_words(lang)
    if pattern is None:
        return []
    out = []
    for m in finditer(pattern, text):
        if taken.find(1, m.start(), m.end()) < 0:
            unit = units[m.group(1)]
            half = Decimal("0.5")
            out.append(MeasureMatch(m.start(), m.end(), "duration", half, unit, "half-unit"))
    return out


@cache
def _half_words(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The language's unit words that hold a half of the unit more ("个半小时": an hour and
    a half after its figure, the half between the measure word and the unit)."""
    words = load(lang).section("units", "half_inside") or {}
    units = {str(word): str(unit) for word, unit in words.items()}
    if not units:
        return None, units
    return re.compile(rf"[ \t]*({phrases(units)})"), units


def _half_inside(text: str, lang: str, n: NumberMatch) -> MeasureMatch | None:
    """A duration whose unit word after the figure holds a half more: "一个半小时" (1.5 h),
    "两个半月" (2.5 months)."""
    pattern, units = _half_words(lang)
    word = pattern.match(text, n.end) if pattern is not None and n.high is None else None
    if word is None or n.scale:
        return None
    value = n.value + Decimal("0.5")
    return MeasureMatch(
        n.start, word.end(), "duration", value, units[word.group(1)], "number-unit-half"
    )


@cache
def _part_words(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The language's words that name a unit of time only as a part of a longer duration
    (Chinese 分, a minute in "7分30秒" but a point or a cent alone), and their units."""
    parts = load(lang).section("units", "duration_parts") or {}
    units = {str(word): str(unit) for word, unit in parts.items()}
    if not units:
        return None, units
    return re.compile(rf"[ \t]*({phrases(units)})[ \t]*"), units


def _duration_parts(
    text: str, lang: str, numbers: list[NumberMatch], taken: bytearray, found: list[MeasureMatch]
) -> list[MeasureMatch]:
    """Figures with a word that names a unit of time only next to another duration: right
    before one ("7分30秒") or right after one ("1小时20分"). ``join_durations`` reads them
    with it as one duration."""
    pattern, units = _part_words(lang)
    if pattern is None:
        return []
    starts = {m.start for m in found if m.kind == "duration"}
    ends = {m.end for m in found if m.kind == "duration"}
    read = {m.start for m in found}
    out = []
    for n in numbers:
        word = pattern.match(text, n.end)  # the word and the spaces after it
        if word is None or n.start in read or taken.find(1, n.start, word.end(1)) >= 0:
            continue
        if word.end() in starts or n.start in ends:
            unit = units[word.group(1)]
            out.append(MeasureMatch(n.start, word.end(1), "duration", n.value, unit, "number-unit"))
    return out


def unit_follows(text: str, lang: str, end: int) -> bool:
    """True when a unit word or symbol follows ``end`` ("sept minutes": seven, not September)."""
    return grammar(lang).after.match(text, end) is not None
