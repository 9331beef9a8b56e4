"""Date atoms joined into periods: modifiers ("early 2024"), ranges and open ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from factcheck.extract.recognizers.dates.atoms import (
    RANGE_PART,
    DateMatch,
    Scan,
    dated,
    parse_int,
)
from factcheck.extract.recognizers.dates.grammar import Grammar
from factcheck.extract.recognizers.dates.spelled import spelled_year
from factcheck.extract.recognizers.dates.when import When, add_units, of_date, shift_months
from factcheck.extract.scan import finditer, present


@dataclass(frozen=True)
class Range(DateMatch):
    """Two dates joined into a range, with the value its end begins at: for an end that is a
    span ("to 2018 Q1") its first value, else the end's own."""

    end_begins: When | None = None


def _inherit(a: When, b: When) -> When:
    if a.year != 0:
        return a
    month = a.month if a.month is not None else b.month
    year = b.year
    if a.month is not None and b.month is not None and a.month > b.month:
        year -= 1
    return When(year, month, a.day)


def _complete(b: When, a: When) -> When:
    """The end ``b`` of a range, with the year (and month) it leaves out taken from ``a``."""
    if b.month is None and b.day is not None:
        if a.month is None:
            return b
        return When(a.year, a.month, b.day)
    year = a.year
    if a.month is not None and b.month is not None and b.month < a.month:
        year += 1
    return When(year, b.month, b.day)


def _day_end(a: DateMatch | None, b: DateMatch, published: date) -> DateMatch:
    """The end of a range named by its day alone, both ends bare: of the month named at the
    start ("3月10日から12日まで": 12 March) in the year of publication, as that start is read;
    after a day alone too ("19日から20日まで"), completed as a day alone is, the start taking
    its month."""
    if a is None or a.first is None or a.first.month is None or b.first is None:
        return day_of_month(b, published)
    when = When(published.year, a.first.month, b.first.day)
    return replace(b, first=when, last=when)


# the words of the present that may end a range, and the day each names from publication
_NEAR = {"now": 0, "yesterday": -1, "tomorrow": 1}


def _names_end(m: DateMatch) -> bool:
    """True for a span that names the end of a period ("the end of 2008", "fin mars")."""
    return m.form == "span" and m.pattern.startswith(("end+", "last_ten+"))


def _unit_alone(m: re.Match[str], published: date | None) -> DateMatch | None:
    """The current year or month, named by its unit alone after a modifier ("the end of the
    month"), as the atom the modifier applies to; None when the match holds a real atom."""
    unit = next((u for u in ("year", "month") if u in m.re.groupindex and m.group(u)), None)
    if unit is None or published is None:
        return None
    when = When(published.year, published.month if unit == "month" else None)
    return DateMatch(m.start(unit), m.end(unit), f"relative-{unit}", when, when, "date")


def apply_modifiers(scan: Scan, g: Grammar, published: date | None = None) -> None:
    """Early, mid and late parts of a year or a month ("early 2024", "fin mars"), also of the
    current one named by its unit alone ("fin de mes")."""
    skeleton = scan.skeleton()
    for mod, patterns in g.modifiers.items():
        for m in scan.gated(patterns, skeleton):
            atom = scan.at(m.start("a"))
            if atom is not None and published is not None and _bare_month(atom):
                # "mid-October", "Mitte Oktober", "10月中旬": a part of the month of the
                # publication year, as the month named alone is
                atom = this_month(atom, scan.text, published)
            _modify(scan, mod, m, atom)
    if published is None:
        return
    for mod, patterns in g.modifiers_alone.items():
        for pattern, need in patterns:
            if not present(need, scan.low, scan.seen):
                continue
            for m in finditer(pattern, skeleton):
                if scan.free(m.start(), m.end()):
                    _modify(scan, mod, m, _unit_alone(m, published))


def _bare_month(atom: DateMatch) -> bool:
    """A month named with no year and no day."""
    first = atom.first
    return atom.bare and first is not None and first.month is not None and first.day is None


def _quarter_part(mod: str, atom: DateMatch) -> tuple[When, When] | None:
    """The month a part of a quarter or half names ("the end of the third quarter": its last
    month); None for any other span."""
    first, last = atom.first, atom.last
    if not atom.pattern.startswith("quarter:") or first is None or last is None:
        return None
    months = {"start": first.month, "mid": None, "end": last.month}.get(mod)
    if months is None:
        return None
    return When(first.year, months), When(first.year, months)


def _modify(scan: Scan, mod: str, m: re.Match[str], atom: DateMatch | None) -> None:
    """The part ``mod`` of the year, month or quarter ``atom`` names, in place of the atom."""
    if atom is None or atom.bare or atom.first is None:
        return
    if atom.form == "span":
        part = _quarter_part(mod, atom)
        if part is not None:
            scan.drop(atom)
            claim = dict(atom.claim or {})
            scan.add(DateMatch(m.start(), m.end(), f"{mod}+{atom.pattern}", *part, "span", claim))
        return
    if atom.form != "date":
        return
    # a year named by its number in thirds ("early 2024": January to April); one named from
    # publication in halves ("late last year": July to December), where the words also name
    # halves ("今年の後半")
    thirds = {"start": (1, 4), "mid": (5, 8), "end": (9, 12)}
    halves = {"start": (1, 6), "mid": (5, 8), "end": (7, 12)}
    when = atom.first
    if when.month is None:
        bounds = halves if atom.pattern.startswith("relative") else thirds
        if mod not in bounds:
            return  # a ten days' part names one of a month
        first, last = When(when.year, bounds[mod][0]), When(when.year, bounds[mod][1])
    elif when.day is None:
        days = when.last().day
        # the first, middle and last ten days of a month ("上旬", "중순", "下旬") are exact
        cut = {
            "start": (1, 15),
            "mid": (10, 20),
            "end": (16, days),
            "first_ten": (1, 10),
            "middle_ten": (11, 20),
            "last_ten": (21, days),
        }[mod]
        first = When(when.year, when.month, cut[0])
        last = When(when.year, when.month, cut[1])
    else:
        return
    held = scan.at(atom.start)
    if held is not None and held.start == atom.start and held.end >= atom.end - 1:
        scan.drop(held)  # the atom itself, or the bare month it was read from
    claim = dict(atom.claim or {})
    scan.add(DateMatch(m.start(), m.end(), f"{mod}+{atom.pattern}", first, last, "span", claim))


def apply_offsets(scan: Scan, g: Grammar) -> None:
    """Dates a counted stretch before or after another ("16 days after 2 January 2018", "in
    two years since 2011"): that many units from the first day of the date named."""
    skeleton = scan.skeleton()
    for way, patterns in g.offsets.items():
        for m in scan.gated(patterns, skeleton):
            atom = scan.at(m.start("a"))
            if atom is None or atom.bare or atom.first is None or atom.form != "date":
                continue
            amount = parse_int(scan.text[m.start("n") : m.end("n")], g)
            unit = g.unit_words.get(re.sub(r"\s+", " ", m.group("unit").lower()))
            if amount is None or unit is None:
                continue
            day = add_units(atom.first.first(), unit, amount if way == "after" else -amount)
            scan.drop(atom)
            count = scan.at(m.start("n"))
            if count is not None:
                scan.drop(count)
            scan.add(dated(m.start(), m.end(), f"offset-{way}", of_date(day)))


def _dated(
    atom: DateMatch | None, published: date | None, text: str, g: Grammar
) -> DateMatch | None:
    """``atom`` with its year, as a bound of an open range: a day and month with no year
    ("since 20 November", "自11月1日起") on the one of its days nearest to publication, last
    year's, this year's or next, and a day alone ("22日まで") on the nearest such day of the
    month before, this one or the next; None where no year is known, or where one stands right
    before in a way not read ("2020년 5월 7일까지" glued to the word before it)."""
    if atom is None or not atom.bare:
        return atom
    first = atom.first
    if published is None or first is None or first.day is None:
        return None
    if first.month is None and not atom.pattern.startswith("day:"):
        return None  # a figure that may be a day ("bis 4"), not one a day's mark names
    if g.after_year is not None and g.after_year.search(text, max(0, atom.start - 8), atom.start):
        return None
    month, day = first.month, first.day
    if month is None:  # "22日まで", "至22日": a day of last month, this month or the next
        here = (published.year, published.month)
        months = [shift_months(*here, -1), here, shift_months(*here, 1)]
        days = [When(y, m, day) for y, m in months if When(y, m, day).valid()]
    else:
        years = (published.year - 1, published.year, published.year + 1)
        days = [When(year, month, day) for year in years if When(year, month, day).valid()]
    if not days:
        return None
    when = min(days, key=lambda w: abs((w.first() - published).days))
    return replace(atom, first=when, last=when, bare=False, claim={"date": when.iso()})


def month_alone(m: DateMatch, text: str, g: Grammar) -> bool:
    """A bare month name after a preposition ("in February") or with a case ending ("Mart'ta",
    "martta"), not a day or a modal verb; in a language whose month names are no other words
    ("3月"), any bare month name."""
    first = m.first
    if first is None or first.month is None or first.day is not None:
        return False
    if g.months_alone or (g.month_after is not None and g.month_after.match(text, m.end)):
        return True
    if text[m.start : m.end].lower() in g.month_forms:
        shown = g.month_forms_not_after
        return shown is None or shown.search(text, max(0, m.start - 16), m.start) is None
    return g.month_context.search(text, max(0, m.start - 12), m.start) is not None


def day_of_month(m: DateMatch, published: date) -> DateMatch:
    """A day of the month named alone ("19日"): the last such day up to publication."""
    assert m.first is not None and m.first.day is not None
    year, month = published.year, published.month
    if m.first.day > published.day:
        year, month = shift_months(year, month, -1)
    when = When(year, month, m.first.day)
    if not when.valid():  # "31日" in a month of 30 days: the month before
        year, month = shift_months(year, month, -1)
        when = When(year, month, m.first.day)
    # the pattern says the month and year were completed from publication (drafts show it)
    pattern = f"completed-{m.pattern}"
    return replace(
        m, first=when, last=when, bare=False, claim={"date": when.iso()}, pattern=pattern
    )


def this_month(m: DateMatch, text: str, published: date) -> DateMatch:
    """A month named alone, read as the one of the publication year."""
    assert m.first is not None and m.first.month is not None
    when = When(published.year, m.first.month)
    claim = {"date": f"--{m.first.month:02d}", "relative": "this"}
    end = m.end - 1 if m.end - m.start > 5 and text[m.end - 1] == "." else m.end
    return replace(m, end=end, first=when, last=when, bare=False, claim=claim, pattern="month")


def apply_lists(scan: Scan, g: Grammar) -> None:
    """A day of the month named alone before a later one with its month ("19 and 20 October",
    "les 2 et 3 février"): the first is a date of the second's month and year, no count."""
    skeleton = scan.skeleton()
    for m in scan.gated(g.lists, skeleton):
        a, b = scan.at(m.start("a")), scan.at(m.start("b"))
        if a is None or b is None or a.first is None or b.first is None or b.form != "date":
            continue
        day, month = a.first.day, b.first.month
        if a.first.month is not None or day is None or month is None or b.first.day is None:
            continue
        if day >= b.first.day:
            continue
        when = When(b.first.year, month, day)
        scan.drop(a)
        if b.bare:  # no year yet: the first is completed as the second is
            scan.add(replace(a, first=when, last=when, pattern=f"listed-{a.pattern}"))
        else:
            scan.add(dated(a.start, a.end, "listed-day", when))


def apply_ranges(scan: Scan, g: Grammar, published: date | None) -> list[DateMatch]:
    """Atoms joined into ranges ("between A and B") and open ranges ("since A")."""
    periods: list[DateMatch] = []
    skeleton = scan.skeleton()
    for m in scan.gated(g.ranges, skeleton):
        a = scan.at(m.start("a"))
        b = scan.at(m.start("b")) if m.start("b") >= 0 else None
        near = next((k for k, step in _NEAR.items() if m.group(k)), None)
        if b is None and near and published:  # "between May 2017 and now", "... and yesterday"
            day = of_date(date.fromordinal(published.toordinal() + _NEAR[near]))
            b = DateMatch(m.start(near), m.end(near), "now", day, day, "date")
        if b is None and a is not None and not a.bare and m.group("spelled"):
            year = spelled_year(m.group("spelled"), g.lang)
            if year is not None:
                when = When(year)
                b = DateMatch(m.start("spelled"), m.end("spelled"), "spelled", when, when, "date")
        found_b = b
        last_day = scan.at(m.start("de")) if m.groupdict().get("de") else None
        if last_day is not None and a is not None and b is not None and a.first and b.last:
            end_day = last_day.first.day if last_day.first else None
            if a.first.month is None or a.first.day is None or b.last.month is not None:
                continue
            if end_day is None:
                continue
            # "March 3-5, 2024": the last day is of the month named first, in the year after
            b = replace(b, last=When(b.last.year, a.first.month, end_day))
            scan.drop(last_day)
        if a is not None and b is not None and b.bare and not a.bare and a.first and b.last:
            # "2019年2月1日から3月まで", "from 2 to 7 February": the end takes what it leaves
            # out from the start
            b = replace(b, last=_complete(b.last, a.first))
        elif b is not None and b.bare and published and b.last and b.last.month:
            # both ends bare ("between January and September"): the year of publication
            b = replace(b, last=When(published.year, b.last.month, b.last.day))
        elif b is not None and b.bare and published and b.pattern.startswith(("day:", RANGE_PART)):
            b = _day_end(a, b, published)
        if a is None or b is None or a.first is None or b.last is None or b.last.year == 0:
            continue
        if not b.last.valid():  # "29 February" read in a year that has none
            continue
        first = _inherit(a.first, b.last) if a.bare else a.first
        if not first.valid() or first.first() > b.last.first():
            continue
        scan.drop(a)
        if found_b is not None and scan.at(found_b.start) is found_b:  # an atom, not a word
            scan.drop(found_b)
        pattern = "range"
        if found_b is not None and found_b.form == "span":
            # an end that is itself a span ("to 2018 Q1") is taken up to its last day; one that
            # names the end of a period ("to the end of 2008") is the moment that period ends
            pattern = "range-to-end" if _names_end(found_b) else "range-to-span"
        if _names_end(a) and a.last is not None:
            # "between the end of 2007 and ...": the range starts as the first period ends
            first, pattern = a.last, f"from-end-{pattern}"
        begins = found_b.first if found_b is not None and found_b.form == "span" else b.last
        periods.append(
            Range(m.start(), m.end(), pattern, first, b.last, "range", end_begins=begins)
        )
    skeleton = scan.skeleton()
    for kind, patterns in g.open.items():
        for m in scan.gated(patterns, skeleton):
            atom = scan.at(m.start("a"))
            a = _dated(atom, published, scan.text, g)
            if atom is None or a is None or a.first is None:
                continue
            if any(p.start < m.end() and m.start() < p.end for p in periods):
                continue
            if kind == "until_end" and not _names_end(a):
                continue  # "til" before the end of a period only ("til slutten av 2025")
            if kind == "before_day" and a.first.day is None:
                continue  # "til 15. april", "至4月15日": before a day only; elsewhere "to"
            scan.drop(atom)
            if kind == "until":  # "<= 2019", "2013年及びその前": the date itself included
                periods.append(DateMatch(m.start(), m.end(), "until", None, a.last, "before"))
            elif kind == "since":
                # "since the end of 2024": the start is the moment the period named ends, as
                # an "until" bound and a range's start are
                start = a.last if _names_end(a) else a.first
                periods.append(DateMatch(m.start(), m.end(), "since", start, None, "range"))
            elif kind == "after":
                periods.append(DateMatch(m.start(), m.end(), "after", a.last, None, "after"))
            else:
                # "until the end of 2025": the bound is the moment the period named ends,
                # not the start of its last part
                bound = a.last if _names_end(a) else a.first
                name = "before" if kind == "before_day" else kind
                periods.append(DateMatch(m.start(), m.end(), name, None, bound, "before"))
    return periods
