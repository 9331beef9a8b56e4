"""Dates named relative to publication: "next March", "3 years ago", "the past 2 months",
and a day of the month named with its weekday ("domingo (19)")."""

from __future__ import annotations

import re
from datetime import date

from factcheck.extract.recognizers.dates.atoms import (
    REL_STEP,
    DateMatch,
    Scan,
    dated,
    month_of,
    parse_int,
    spanned,
    year_of,
)
from factcheck.extract.recognizers.dates.grammar import Grammar
from factcheck.extract.recognizers.dates.templates import Compiled
from factcheck.extract.recognizers.dates.when import When, add_units, of_date, shift_months
from factcheck.extract.recognizers.edges import WORD, edges


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
    """Months and units named from publication: "next March", "last year", "mars prochain"."""
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
        step = REL_STEP[rel]
        pattern = f"relative:{index}"
        if "M" in parts or "MN" in parts or "MO" in parts:
            # a month by its name, or by its number in the year ("明年第九个月"), or by its
            # ordinal in words ("el tercer mes del próximo año")
            month = month_of(parts["M"][0], g.lang) if "M" in parts else None
            if "MN" in parts:
                month = parse_int(parts["MN"][0], g)
            if "MO" in parts:
                month = g.ordinals.get(parts["MO"][0].lower())
            if month is None or not 1 <= month <= 12:
                continue
            if "D" in parts:  # "le 3 mars dernier", "el próximo 12 de noviembre"
                day = nearest_day(parse_int(parts["D"][0], g), month, rel, published)
                if day is not None:
                    scan.add(dated(m.start(), m.end(), pattern, day))
                continue
            claim = {"date": f"--{month:02d}", "relative": rel}
            when = When(published.year + step, month) if published else None
            # "March next year", "来年の6月": the template names the year as well
            said = parts["UNIT"][0].lower() if "UNIT" in parts else ""
            names_year = said in g.year_words or any(w in source.lower() for w in g.year_words)
            if names_year and published:
                claim = {"date": when.iso()} if when else claim
            elif abs(step) > 1:
                continue  # a month two years away with no year named: no claim says it
            scan.add(DateMatch(m.start(), m.end(), pattern, when, when, "date", claim))
        elif "D" in parts and "UNIT" in parts:
            # "先月3日", "上个月3日", "지난달 3일": a day of the month named from publication's
            day = _day_of_month(parts, step, g, published)
            if day is not None:
                scan.add(dated(m.start(), m.end(), pattern, day))
        elif "UNIT" in parts and published:
            unit = g.unit_words.get(re.sub(r"\s+", " ", parts["UNIT"][0].lower()))
            period = _unit_period(unit or "", step, published)
            if period is None:
                continue
            first, last = period
            if first == last:
                scan.add(dated(m.start(), m.end(), pattern, first))
            else:
                scan.add(spanned(m.start(), m.end(), pattern, first, last))


def _day_of_month(
    parts: dict[str, tuple[str, int, int]], step: int, g: Grammar, published: date | None
) -> When | None:
    """The day ``parts`` name in the month ``step`` months from publication's, when their
    unit is the month ("先月3日": the 3rd of last month)."""
    unit = g.unit_words.get(re.sub(r"\s+", " ", parts["UNIT"][0].lower()))
    day = parse_int(parts["D"][0], g)
    if unit != "month" or day is None or published is None:
        return None
    year, month = shift_months(published.year, published.month, step)
    when = When(year, month, day)
    return when if when.valid() else None


def nearest_day(day: int | None, month: int, rel: str, published: date | None) -> When | None:
    """A day of a month named as the last or next one ("le 3 mars dernier", "il prossimo 12
    novembre"): the nearest such day before or after publication; of its year for "this"."""
    if day is None or published is None:
        return None
    year = published.year
    if rel == "last" and (month, day) >= (published.month, published.day):
        year -= 1
    elif rel == "next" and (month, day) <= (published.month, published.day):
        year += 1
    when = When(year, month, day)
    return when if when.valid() else None


def _rel_in(text: str, g: Grammar) -> str:
    lowered = text.lower()
    e = edges(g.lang)
    for word, rel in sorted(g.rel_words.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!{e.start(WORD)}){re.escape(word)}(?!{e.free(WORD)})", lowered):
            return rel
    return "last"


# units counted whole: "the last two quarters" are the two reported before the current one,
# "the next three decades" the three after the current one
_WHOLE = {"quarter": 3, "decade": 120}


def _whole_units(unit: str, amount: int, way: str, today: date) -> tuple[When, When] | None:
    """The first and last month of ``amount`` whole quarters or decades before the current
    one (``way`` "last") or after it ("next"); None for other units and ways."""
    months = _WHOLE.get(unit)
    if months is None or way not in ("last", "next"):
        return None
    index = today.year * 12 + today.month - 1
    current = index - index % months  # the first month of the current unit
    begin = current - amount * months if way == "last" else current + months
    end = begin + amount * months - 1
    return When(begin // 12, begin % 12 + 1), When(end // 12, end % 12 + 1)


def scan_counted(scan: Scan, g: Grammar, published: date | None) -> None:
    """Dates and spans counted from publication: "3 years ago", "the past 2 months"."""
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
                scan.add(dated(m.start(), m.end(), f"ago:{index}", of_date(day), claim))
                continue
            way = g.last_n_ways[index]
            whole = _whole_units(unit, amount, way, published)
            if whole is not None:
                scan.add(spanned(m.start(), m.end(), f"last-n:{index}", *whole))
                continue
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
                spanned(m.start(), m.end(), f"last-n:{index}", of_date(start_day), of_date(last))
            )


def scan_year_parts(scan: Scan, g: Grammar, published: date | None) -> None:
    """The first or last N units of a year ("the first six months of 2020", "los últimos
    cuatro meses de 2021"), the year in figures or named from publication."""
    for m in scan.finditer(g, "year_parts"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.year_parts.groups(m)
        amount = parse_int(parts["N"][0], g)
        unit = g.unit_words.get(re.sub(r"\s+", " ", parts["UNIT"][0].lower()))
        # the count's unit is no year's: the year is what the rest of the template names
        year = year_of({k: v for k, v in parts.items() if k not in ("N", "UNIT")}, g, published)
        if amount is None or unit is None or year is None or amount < 1:
            continue
        if g.year_parts_ends[index] == "first":
            begin = date(year, 1, 1)
            end = add_units(begin, unit, amount)
        else:
            end = date(year + 1, 1, 1)
            begin = add_units(end, unit, -amount)
        if begin.year != year or end.year > year + 1 or (end.year == year + 1 and end.month > 1):
            continue  # more of the unit than the year holds
        last = date.fromordinal(end.toordinal() - 1)
        whole = unit in ("month", "quarter")
        first_when = When(begin.year, begin.month) if whole else of_date(begin)
        last_when = When(last.year, last.month) if whole else of_date(last)
        scan.add(spanned(m.start(), m.end(), f"year-part:{index}", first_when, last_when))


def _weekday(text: str, g: Grammar) -> int | None:
    key = re.sub(r"\s+", " ", text.lower())
    for form in (key, key.rstrip("."), key + "."):
        if form in g.weekdays:
            return g.weekdays[form]
    return None


def scan_weekdays_of_month(scan: Scan, g: Grammar, published: date | None) -> None:
    """A weekday counted in its month ("the last Monday of April 2019", "5月の第2日曜日"):
    that day, of the year named, else of the year of publication."""
    for m in scan.finditer(g, "weekday_of_month"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.weekday_of_month.groups(m)
        weekday = _weekday(parts["WD"][0], g)
        month = month_of(parts["M"][0], g.lang)
        count = g.nth.get(re.sub(r"\s+", " ", parts["NTH"][0].lower()))
        year = year_of(parts, g) if "Y" in parts else (published.year if published else None)
        if weekday is None or month is None or count is None or year is None:
            continue
        when = _counted_weekday(year, month, weekday, count)
        if when is not None:
            scan.add(dated(m.start(), m.end(), f"weekday-of-month:{index}", when))


def _counted_weekday(year: int, month: int, weekday: int, count: int) -> When | None:
    """The ``count``-th ``weekday`` (Monday 0) of a month, counted from its end when
    ``count`` is negative; None when the month has no such day (a fifth Monday)."""
    last_day = When(year, month).last().day
    if count > 0:
        first = date(year, month, 1).weekday()
        day = 1 + (weekday - first) % 7 + 7 * (count - 1)
    else:
        final = date(year, month, last_day).weekday()
        day = last_day - (final - weekday) % 7 + 7 * (count + 1)
    return When(year, month, day) if 1 <= day <= last_day else None


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


# a decimal mark and a digit after a day's figure: the figure goes on ("1,2 miljard")
_DECIMALS = re.compile(r"[.,]\d")


def scan_weekday_days(scan: Scan, g: Grammar, published: date | None) -> None:
    """A day of the month named with its weekday and no month ("domingo (19)"): the nearest
    such day to publication; without a publication date there is none. Where no month near
    publication has that day on that weekday, the source wrote a wrong one: the day is the
    nearest day of that number, and the weekday beside it tells the slip."""
    if published is None:
        return
    for m in scan.finditer(g, "weekday_days"):
        if not scan.free(m.start(), m.end()):
            continue
        if _DECIMALS.match(scan.text, m.end()):
            continue  # "vrijdag 1,2 miljard", "vendredi 1,5 million": a figure, no day
        index, parts = g.weekday_days.groups(m)
        weekday = _weekday(parts["WD"][0], g)
        day = parse_int(parts["DD" if "DD" in parts else "D"][0], g)
        if weekday is None or day is None:
            continue
        when = nearest_weekday_day(day, weekday, published)
        if when is None and _closed(scan.text, m.end()):
            when = _nearest_of_number(day, published)
        if when is not None:
            scan.add(dated(m.start(), m.end(), f"completed-weekday-day:{index}", when))


def _nearest_of_number(day: int, published: date) -> When | None:
    """The day ``day`` of the publication month or of a month next to it nearest to
    ``published`` (the earlier of two as near)."""
    days = []
    for step in (-1, 0, 1):
        when = When(*shift_months(published.year, published.month, step), day)
        if when.valid():
            days.append(when.first())
    if not days:
        return None
    return of_date(min(days, key=lambda d: (abs((d - published).days), d)))


def _closed(text: str, end: int) -> bool:
    """True when the day a weekday is named with ends where its form closes it ("sábado
    (18)", "Samstag, den 18.") or its clause does ("martedì 14,"), not before a word ("martedì
    14 persone"): only then is a day that does not fall on its weekday read as the day."""
    if not text[end - 1 : end].isdigit():
        return True
    rest = text[end:].lstrip(" ")
    return not rest or not rest[0].isalnum()
