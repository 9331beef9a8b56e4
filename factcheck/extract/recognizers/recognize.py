"""The recognizers' entry point: every value mention in a text, with its span and pattern.

Order matters: dates first, then clock times (whose digits are no counts), sums of money,
fractions ("三分の一"), figures with a unit (measures, durations, percentages) and shares in
words; what is left of the figures is counted things, with their noun. Figures that state a
range are joined last.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from factcheck.extract.recognizers.age_brackets import find_age_brackets
from factcheck.extract.recognizers.age_ranges import ages_of_ranges
from factcheck.extract.recognizers.ages import age_counters, find_ages
from factcheck.extract.recognizers.amounts import currency_after, find_amounts
from factcheck.extract.recognizers.compound_durations import join_durations
from factcheck.extract.recognizers.countries import find_country_lists
from factcheck.extract.recognizers.dates.find import find_dates
from factcheck.extract.recognizers.dates.scans import yearless
from factcheck.extract.recognizers.elapsed import find_elapsed
from factcheck.extract.recognizers.intensities import find_intensities
from factcheck.extract.recognizers.measures import find_measures, unit_follows
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.multiples import find_multiples
from factcheck.extract.recognizers.nouns import label_before, noun_after
from factcheck.extract.recognizers.number_marks import ordinal
from factcheck.extract.recognizers.numbers import NumberMatch, counter_after, find_numbers
from factcheck.extract.recognizers.per_base import bare_scales, find_rates
from factcheck.extract.recognizers.qualifiers import qualify
from factcheck.extract.recognizers.race_k import find_races
from factcheck.extract.recognizers.ranges import join_ranges
from factcheck.extract.recognizers.ratios import find_ratios
from factcheck.extract.recognizers.shares import (
    ShareMatch,
    find_fractions,
    find_shares,
    shares_of_scales,
)
from factcheck.extract.recognizers.timed import time_mentions, weekday_mentions
from factcheck.extract.recognizers.width import narrow, plain_apostrophes
from factcheck.extract.recognizers.windows import WINDOW, windows
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load, scale_name

__all__ = ["Mention", "recognize"]


def _period_text(first: Any, last: Any) -> str:
    return f"{first.iso() if first else '..'}/{last.iso() if last else '..'}"


@cache
def _number_words(lang: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load(lang).section("numbers").get("words", {}))


def _number_word(text: str, lang: str) -> bool:
    return text.lower().rstrip(".") in _number_words(lang)


@cache
def _counting_words(lang: str) -> tuple[frozenset[str], re.Pattern[str]]:
    """The words for one that are no article, and the words joining two counted nouns."""
    numbers = load(lang).section("numbers")
    counting = frozenset(str(w).lower() for w in numbers.get("counting", []))
    joiners = alternation(w for w in numbers.get("joiners", []) if w != "-")
    joined = rf"\s+[^\W\d_]+\s+(?:{joiners})\s+" if joiners else "(?!)"
    return counting, re.compile(joined, re.I)


def _dates(text: str, lang: str, published: date | None, taken: bytearray) -> list[Mention]:
    """Date and period mentions; every date found is marked taken, those that make no claim
    (a day of the month with no publication date to place it) too: their digits are no count."""
    out = []
    for d in find_dates(text, lang, published):
        if taken.find(1, d.start, d.end) >= 0:
            continue  # "i 40-årene": a decade of someone's life, not the 1940s
        span = text[d.start : d.end]
        if d.pattern == "month" and _number_word(span, lang) and unit_follows(text, lang, d.end):
            continue  # "en sept minutes": a number word that also abbreviates a month
        _mark(taken, d.start, d.end)
        if d.form == "date" and d.claim:
            value = {"kind": "date", **d.claim}
            out.append(Mention("date", d.start, d.end, span, d.pattern, value))
        elif d.form in ("span", "range", "after", "before"):
            value = {"period": _period_text(d.first, d.last)}
            extra = {}
            if d.form in ("span", "range") and d.first and d.last and not yearless(d.pattern):
                # the date value the period is when it qualifies no other figure (a quarter
                # with no year written has none: its year is only the likeliest)
                extra["date"] = {"kind": "date", "min": d.first.iso(), "max": d.last.iso()}
            out.append(Mention("period", d.start, d.end, span, d.pattern, value, extra=extra))
    return out


def _qualified(text: str, lang: str, m: Mention) -> Mention:
    """``m`` with the qualifier the words around it give ("震度5弱以上": at least)."""
    qualifier, start, end = qualify(text, lang, m.start, m.end)
    if qualifier == "exact":
        return m
    return replace(m, start=start, end=end, text=text[start:end], qualifier=qualifier)


def _mark(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


def _plain(number: Decimal) -> str:
    return format(number, "f")


def recognize(text: str, lang: str, published: date | None = None) -> list[Mention]:
    """Dates, periods, times, amounts, measures, durations, percentages, counts and country
    lists in ``text``, sorted by position.

    A text longer than a window is read window by window, cut at line breaks: a value is never
    read across a cut.
    """
    return recognize_until(text, lang, published)[0]


def recognize_until(
    text: str, lang: str, published: date | None = None, enough: int | None = None
) -> tuple[list[Mention], int]:
    """``recognize``, stopping at the end of the window in which ``enough`` values have been
    found: (the values, how many characters of ``text`` were read). Reading towards a limit
    goes in quarter windows, so that it stops closer to it."""
    size = WINDOW if enough is None else WINDOW // 4
    if len(text) <= size:
        return _recognize(text, lang, published), len(text)
    out: list[Mention] = []
    for start, end in windows(text, size):
        out += [_shifted(m, start) for m in _recognize(text[start:end], lang, published)]
        if enough is not None and len(out) >= enough:
            return out, end
    return out, len(text)


def _shifted(m: Mention, offset: int) -> Mention:
    """``m`` found in a window starting at ``offset``, with offsets in the whole text."""
    extra = {
        key: (span[0] + offset, span[1] + offset) if isinstance(span, tuple) else span
        for key, span in m.extra.items()
    }
    return replace(m, start=m.start + offset, end=m.end + offset, extra=extra)


def _recognize(text: str, lang: str, published: date | None) -> list[Mention]:
    """``recognize`` on one window."""
    written = text
    text = narrow(text)  # full-width digits and signs read as ASCII, one character for one
    # "d’euros", "dell’Usgs": a typographic apostrophe elides as the ASCII one the data spells
    # (the text itself when it has none: the check at the end is cheap)
    text = plain_apostrophes(text)
    taken = bytearray(len(text))
    # ages by their decade and seismic intensities: phrases of their own, whose figures are
    # no count, no date and no bound ("40代", "震度5弱")
    brackets = find_age_brackets(text, lang)
    brackets += [_qualified(text, lang, m) for m in find_intensities(text, lang)]
    for m in brackets:
        _mark(taken, m.start, m.end)
    dated = _dates(text, lang, published, taken)
    # a time taken ("in 2:09:41"), read before clock times: its digits are none
    elapsed = find_elapsed(text, lang, taken)
    for m in elapsed:
        _mark(taken, m.start, m.end)
    brackets += elapsed
    dated = weekday_mentions(text, lang, dated, taken, published)
    times = time_mentions(text, lang, dated, taken)
    timed = bytearray(len(text))
    for m in times:
        _mark(taken, m.start, m.end)
        _mark(timed, m.start, m.end)
    for m in brackets:
        _mark(timed, m.start, m.end)  # their figures are no count, nor part of a sum
    out: list[Mention] = [*dated, *times]
    numbers = [
        n
        for n in find_numbers(text, lang)
        if timed.find(1, n.start, n.end) < 0 and not ordinal(text, lang, n.start, n.end)
    ]
    figures: list[Mention] = [*brackets]
    # "a few hundred dollars": the number words of a multiple are no figure of their own
    multiples = bytearray(len(text))
    for x in find_multiples(text, lang, taken):
        _mark(multiples, x.start, x.end)
    numbers = [n for n in numbers if not multiples[n.start]]
    amounts = find_amounts(text, lang, numbers)
    for a in amounts:
        qualifier, start, end = qualify(text, lang, a.start, a.end)
        if a.more and qualifier == "exact":
            qualifier = "more_than"
        money = {"kind": "amount", "amount": _plain(a.stated), "currency": a.currency}
        if a.high is not None:  # 三四万元: a range the figure names by itself
            money = {"kind": "amount", "min": _plain(a.stated), "max": _plain(a.high)}
            money["currency"] = a.currency
        if a.scale:
            money["scale"] = a.scale
        figures.append(Mention("amount", start, end, text[start:end], a.pattern, money, qualifier))
    for a in amounts:
        _mark(taken, a.start, a.end)
    # "12.5 per 100,000", "1천 명당 18.3명": a rate, read before the shares of a whole; "a 10K
    # race": a distance, not ten thousand
    for rate in [*find_rates(text, lang, numbers, taken), *find_races(text, lang, numbers, taken)]:
        figures.append(_qualified(text, lang, rate))
        _mark(taken, rate.start, rate.end)
    for s in find_fractions(text, lang, numbers, taken):
        figures.append(_share(text, lang, s))
        _mark(taken, s.start, s.end)
    for age in find_ages(text, lang, numbers, taken):
        figures.append(age.mention(text))
        _mark(taken, age.start, age.end)
    for u in join_durations(text, lang, find_measures(text, lang, numbers, taken)):
        qualifier, start, end = qualify(text, lang, u.start, u.end)
        if u.more and qualifier == "exact":
            qualifier = "more_than"  # 20多公里, 三十余年: the figure says "more than" itself
        value: dict[str, Any] = {"kind": u.kind, "value": _plain(u.value)}
        if u.high is not None:  # 六七分钟: a range the figure names by itself
            value = {"kind": u.kind, "min": _plain(u.value), "max": _plain(u.high)}
        if u.kind != "percent":
            value["unit"] = u.unit
        extra = {"stated": u.stated if u.stated is not None else u.value, "factor": u.factor}
        figures.append(
            Mention(u.kind, start, end, text[start:end], u.pattern, value, qualifier, extra)
        )
        _mark(taken, u.start, u.end)
    for s in find_ratios(text, lang, numbers, taken):
        figures.append(_share(text, lang, s))
        _mark(taken, s.start, s.end)
    bare = bare_scales(text, lang, numbers)  # "un quart de million": no figure of its own
    scales = {n.start for n in [*numbers, *bare] if n.scale and n.stated == 1}
    for s in find_shares(text, lang, taken, scales):
        figures.append(_share(text, lang, s))
        _mark(taken, s.start, s.end)
    for x in find_multiples(text, lang, taken):
        if any(n.start < x.start < n.end for n in numbers):
            continue  # "3 dozens": the word multiplies its figure
        paid = currency_after(text, lang, x.end)  # "hundreds of millions of dollars"
        if paid is not None:
            x = replace(x, end=paid[1])
        qualifier, start, end = qualify(text, lang, x.start, x.end)
        many = {"kind": "count", "min": _plain(x.low), "max": _plain(x.high)}
        noun = _noun(text, lang, start, end, scaled=True)
        if paid is not None:
            many, noun = {**many, "kind": "amount", "currency": paid[0]}, {}
        kind = many["kind"]
        figures.append(
            Mention(kind, start, end, text[start:end], "multiple", many, qualifier, noun)
        )
        _mark(taken, x.start, x.end)
    previous: NumberMatch | None = None
    for n in shares_of_scales(text, lang, numbers, bare):  # "a quarter of a million"
        if taken.find(1, n.start, n.end) >= 0:
            continue
        if n.pattern == "article" and not _counting(text, lang, n, previous):
            continue
        previous = n
        qualifier, start, end = qualify(text, lang, n.start, n.end)
        if n.more and qualifier == "exact":
            qualifier = "more_than"  # 十多万, 1,700여: the figure says "more than" itself
        elif n.about and qualifier == "exact":
            qualifier = "about"  # "une dizaine": the figure says "about" itself
        count: dict[str, Any] = {"kind": "count", "count": _plain(n.stated)}
        if n.high is not None:  # 数百: a range the figure names by itself
            count = {"kind": "count", "min": _plain(n.value), "max": _plain(n.high)}
        count.update(_scale(n))
        counter = counter_after(text, lang, n.end)
        pattern = n.pattern
        if counter:
            count["unit"] = counter
            noun = {"noun": counter, "noun_span": (n.end, n.end + len(counter))}
            pattern = "age" if counter in age_counters(lang) else pattern
        else:
            # "une vingtaine de blessés": a word for about so many joins its noun as a scale word
            noun = _noun(text, lang, start, end, scaled=bool(n.scale) or n.about)
        figures.append(
            Mention("count", start, end, text[start:end], pattern, count, qualifier, noun)
        )
    # "300 people and a maximum of 40": an article that opens the qualifier of the next
    # figure counts nothing
    bounds = [(m.start, m.end) for m in figures if m.pattern != "article"]
    figures = [m for m in figures if m.pattern != "article" or not _within(m, bounds)]
    joined = ages_of_ranges(text, lang, join_ranges(text, lang, figures))
    out.extend(m for m in joined if _holdable(m))
    sets = _sets(text, lang, out)
    # a figure inside a list's names is part of a name ("발트 3국", the Baltic states)
    lists = [m.extra["list"] for m in sets]
    out = [m for m in out if m.kind != "count" or not _within(m, lists)]
    out.extend(sets)
    out.sort(key=lambda m: (m.start, m.end, m.kind))
    if written is text:
        return out
    return [m if m.text == (was := written[m.start : m.end]) else replace(m, text=was) for m in out]


def _within(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= m.start and m.end <= end for start, end in spans)


def _counting(text: str, lang: str, n: NumberMatch, previous: NumberMatch | None) -> bool:
    """True for a word that may be an article but counts the noun right after it: a word for
    one that is no article ("one suspect"), or one joined to a count before it ("three men
    and one woman", "três homens e uma mulher"); "one of them" counts nothing."""
    right_after = noun_after(text, lang, n.end)
    if right_after is None or right_after[1] != n.end + 1:
        return False
    counting, joined = _counting_words(lang)
    if text[n.start : n.end].lower() in counting:
        return True
    if previous is None or previous.pattern == "article":
        return False
    return joined.fullmatch(text, previous.end, n.start) is not None


def _share(text: str, lang: str, s: ShareMatch) -> Mention:
    """A share of a whole as a percentage mention, with its qualifier."""
    qualifier, start, end = qualify(text, lang, s.start, s.end)
    if s.more and qualifier == "exact":
        qualifier = "more_than"  # 過半数: a majority is more than half
    share = {"kind": "percent", "value": _plain(s.percent)}
    return Mention("percent", start, end, text[start:end], "share", share, qualifier)


# kinds whose figures cannot be negative: a negative figure is a change, not one of them
_UNSIGNED = ("count", "amount", "percent", "duration")


def _holdable(m: Mention) -> bool:
    """False for a figure its kind cannot hold ("-10" counted things, a share of "-5 %")."""
    if m.kind not in _UNSIGNED:
        return True
    value = m.value
    for key in ("count", "amount", "value", "min", "max"):
        if key in value and str(value[key]).startswith("-"):
            return False
    return True


def _scale(n: NumberMatch) -> dict[str, str]:
    """The scale of a figure: its scale word, or the magnitude letter glued to it ("10k")."""
    if n.scale:
        return {"scale": n.scale}
    letter = scale_name(n.value / n.stated) if n.stated and n.value != n.stated else None
    return {"scale": letter} if letter else {}


def _noun(text: str, lang: str, start: int, end: int, scaled: bool = False) -> dict[str, Any]:
    """What a count counts, as written: the noun after it, else a label before it
    (``scaled``: the figure ends in a scale word)."""
    found = noun_after(text, lang, end, scaled) or label_before(text, start)
    if found is None:
        return {}
    word, begin, stop = found
    return {"noun": word, "noun_span": (begin, stop)}


# a count that may state a list's size: no list of places runs into the millions
_LIST_SIZE_DIGITS = 6


def _sets(text: str, lang: str, found: list[Mention]) -> list[Mention]:
    counts = [
        (m.start, m.end, int(m.value["count"]), m.qualifier)
        for m in found
        if m.kind == "count"
        and "count" in m.value
        and "scale" not in m.value
        and m.value["count"].isdigit()
        and len(m.value["count"]) <= _LIST_SIZE_DIGITS
    ]
    out = []
    for item in find_country_lists(text, lang, counts):
        value: dict[str, Any] = {"kind": "set"}
        if item.of not in (None, "country"):
            value["of"] = item.of
        value.update(members=list(item.members), complete=item.complete)
        if item.count is not None:
            value["count"] = item.count
        start, end = item.start, item.end
        if item.count_span:
            start, end = min(start, item.count_span[0]), max(end, item.count_span[1])
        extra = {"list": (item.start, item.end), "count_span": item.count_span}
        pattern = "set.counted" if item.count_span else "set.list"
        out.append(
            Mention("set", start, end, text[start:end], pattern, value, item.qualifier, extra)
        )
    return out
