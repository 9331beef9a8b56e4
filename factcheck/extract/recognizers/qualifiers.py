"""Qualifiers around a figure: at least, more than, about, up to … in each language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from factcheck.cache.snapshots import snapshot
from factcheck.extract.recognizers.change_verbs import after_change_verb
from factcheck.extract.recognizers.edges import ALNUM, LETTER, edges
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.numbers import NumberMatch, counter_after
from factcheck.extract.recognizers.ranges import LOWER, UPPER, join_ranges
from factcheck.extract.recognizers.words import alternation, phrases
from factcheck.extract.scan import may_end, search
from factcheck.lang.lexicon import load, scale_name
from factcheck.values.figures import SCALE_FACTORS


@dataclass(frozen=True)
class _Grammar:
    names: tuple[str, ...]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    # a qualifier that leads the next figure ("more than"), to tell "10 and more" from
    # "10 and more than 194"
    lead: re.Pattern[str] | None
    # where some qualifier before a figure starts, whatever its kind: ``before`` tries each
    # kind at every position of the window, which costs several times one pass over the union
    starts: re.Pattern[str] | None
    # words that qualify a clock time alone ("shortly before", "peu après", "直後"): before a
    # count they say when, not how many ("shortly after 12 people died")
    time_before: re.Pattern[str] | None
    time_after: re.Pattern[str] | None


def _marked(kinds: dict[str, str], names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of the kinds' patterns, in order, each closed by an empty group ``qN``
    that names its kind (the match's last group)."""
    parts = [f"(?:{source})(?P<q{names.index(name)}>)" for name, source in kinds.items()]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@cache
@snapshot("qualifier-grammar")
def grammar(lang: str) -> _Grammar:
    """Compiled qualifier patterns of ``lang`` (before the figure and after it)."""
    lex = load(lang)
    q = lex.section("qualifiers")
    e = edges(lang)
    start, end = e.start(ALNUM), e.free(ALNUM)
    # where words touch, a qualifier may follow a figure at once ("大于50小于120")
    touching = e.start(LETTER) if e.glue else start
    # "casi el 50 %", "oltre il 60 %": an article may stand between a qualifier and its figure
    article = rf"(?:\s+{phrases(q['articles'])})?" if q.get("articles") else ""
    # "140人以上", "5000개 이하": the counter of the figure stands before its qualifier
    counters = lex.section("numbers", "counters")
    counted = rf"(?:\s*{alternation(counters)})?" if counters else ""
    worded = {k: v for k, v in q.get("before", {}).items() if v}
    before = {k: rf"(?<!{touching}){phrases(v)}{article}\s*$" for k, v in worded.items()}
    # signs bound a figure alike in every language (">= 45", "≤ 10") and may touch a letter
    signs = lex.shared_section("qualifiers", "before")
    for k, v in signs.items():
        sign = rf"{phrases(v)}\s*$"
        before[k] = f"{before[k]}|{sign}" if k in before else sign
    starts = [rf"{phrases(s for v in signs.values() for s in v)}\s*$"] if signs else []
    if worded:
        every = phrases(w for v in worded.values() for w in v)
        starts.insert(0, rf"(?<!{touching}){every}{article}\s*$")
    # a figure may follow at once where words touch ("100以上300以下")
    after = {
        k: rf"{counted}\s*{phrases(v)}(?:(?!{end})|(?=\d))"
        for k, v in q.get("after", {}).items()
        if v
    }
    times = q.get("times", {})
    time_before = {
        k: rf"(?<!{touching}){phrases(v)}{article}\s*$"
        for k, v in times.get("before", {}).items()
        if v
    }
    time_after = {k: rf"\s*{phrases(v)}(?!{end})" for k, v in times.get("after", {}).items() if v}
    names = tuple(dict.fromkeys([*after, *before, *time_before, *time_after]))
    leads = [phrases(v) for v in q.get("before", {}).values() if v]
    lead = re.compile("|".join(leads), re.IGNORECASE) if leads else None
    union = re.compile("|".join(starts), re.IGNORECASE) if starts else None
    return _Grammar(
        names,
        _marked(before, names),
        _marked(after, names),
        lead,
        union,
        _marked(time_before, names),
        _marked(time_after, names),
    )


def _leads_on(g: _Grammar, text: str, found: re.Match[str]) -> bool:
    """Whether a qualifier found after a figure is the start of one that leads the next
    figure ("10 and more than 194", "10 et plus petit que 20")."""
    if g.lead is None:
        return False
    for word in re.finditer(r"\w+", text[found.start() : found.end()]):
        lead = g.lead.match(text, found.start() + word.start())
        if lead is not None and lead.end() > found.end():
            return True
    return False


def qualify(text: str, lang: str, start: int, end: int) -> tuple[str, int, int]:
    """The qualifier of the figure at ``start:end`` and the span widened to cover it.

    A qualifier right after the figure wins, the first kind listed first; else the one before
    it that starts earliest in the 40 characters before the figure.
    """
    g = grammar(lang)
    found = g.after.match(text, end) if g.after else None
    if found and not _leads_on(g, text, found):
        return g.names[int(found.lastgroup[1:])], start, found.end()  # type: ignore[index]
    low = max(0, start - 40)
    window = text[low:start]
    # the first start any kind matches from is the one ``before.search`` would find
    begins = search(g.starts, window) if g.starts and may_end(g.starts, text, low, start) else None
    found = g.before.match(window, begins.start()) if g.before and begins else None
    if found:
        name = g.names[int(found.lastgroup[1:])]  # type: ignore[index]
        begin = start - len(window) + found.start()
        if name == "up_to" and after_change_verb(text, lang, begin):
            return "exact", start, end  # "se elevó hasta 154": where it went, not a bound
        return name, begin, end
    return "exact", start, end


def qualify_time(text: str, lang: str, start: int, end: int) -> tuple[str, int, int]:
    """The qualifier of the clock time at ``start:end`` and the span widened to cover it: the
    words that qualify times alone ("shortly before 3 pm", "午後3時直前"), else as
    :func:`qualify`."""
    g = grammar(lang)
    found = g.time_after.match(text, end) if g.time_after else None
    if found:
        return g.names[int(found.lastgroup[1:])], start, found.end()  # type: ignore[index]
    low = max(0, start - 40)
    found = g.time_before.search(text[low:start]) if g.time_before else None
    if found:
        return g.names[int(found.lastgroup[1:])], low + found.start(), end  # type: ignore[index]
    return qualify(text, lang, start, end)


def _count(text: str, lang: str, n: NumberMatch) -> Mention:
    """A figure as a count mention with its qualifier, for joining ranges."""
    qualifier, start, end = qualify(text, lang, n.start, n.end)
    value: dict[str, Any] = {"kind": "count", "count": format(n.value, "f")}
    scale = scale_name(n.value / n.stated) if n.stated and n.value != n.stated else None
    if scale:
        value.update(count=format(n.stated, "f"), scale=scale)
    extra: dict[str, Any] = {"figure": (n.start, n.end)}
    # "40人から60人まで": a counter glued to each figure is its unit, as in ``recognize``
    counter = counter_after(text, lang, n.end)
    if counter:
        value["unit"] = counter
        extra.update(noun=counter, noun_span=(n.end, n.end + len(counter)))
    return Mention("count", start, end, text[start:end], n.pattern, value, qualifier, extra)


def _item(m: Mention) -> dict[str, Any] | None:
    """A count mention in the scorer's numberrange shape, if it states a range or bound."""
    if "min" in m.value:
        factor = Decimal(SCALE_FACTORS[m.value["scale"]]) if "scale" in m.value else Decimal(1)
        # a range written as two figures: the ruler reads its upper end as excluded
        low_in, high_in = m.extra.get("incl", (True, False))
        low, high = Decimal(m.value["min"]) * factor, Decimal(m.value["max"]) * factor
        return _shape(float(low), float(high), low_in, high_in, m)
    figure = m.extra.get("figure", (m.start, m.end))
    factor = Decimal(SCALE_FACTORS[m.value["scale"]]) if "scale" in m.value else Decimal(1)
    value = float(Decimal(m.value["count"]) * factor)
    if m.qualifier in LOWER:
        return _shape(value, None, LOWER[m.qualifier], None, m)
    if m.qualifier in UPPER:
        return _shape(None, value, None, UPPER[m.qualifier], m)
    if m.qualifier == "exact" and (m.start, m.end) != figure:
        return _shape(value, value, True, True, m)  # "equal to 20": a range of one figure
    return None


def _shape(
    low: float | None, high: float | None, low_in: bool | None, high_in: bool | None, m: Mention
) -> dict[str, Any]:
    return {
        "kind": "numberrange",
        "min": low,
        "max": high,
        "min_incl": low_in,
        "max_incl": high_in,
        "span": [m.start, m.end],
    }


def number_ranges(
    text: str, lang: str, numbers: list[NumberMatch], shares: tuple[Mention, ...] = ()
) -> list[dict[str, Any]]:
    """Number ranges in the scorer's numberrange shape: two figures joined ("between 20 and
    30", "over 10 and under 20") and figures with a bound ("more than 8", ">= 45");
    ``shares`` are counts of the fraction a share in words names ("more than half")."""
    # a share takes the figure inside it ("a third", "一半"), as in ``recognize``
    inside = [m.extra["figure"] for m in shares]
    counts = [
        _count(text, lang, n)
        for n in numbers
        if n.pattern != "article" and not any(a < n.end and n.start < b for a, b in inside)
    ]
    counts += shares
    # the scorer reads every "from A to B" as a range of numbers, the two figures of a
    # change ("passé de 200 à 3 000") too
    joined = join_ranges(text, lang, counts, changes_apart=False)
    return [item for m in joined if (item := _item(m)) is not None]
