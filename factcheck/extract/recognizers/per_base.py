"""A rate per a base: "12.5 per 100,000 inhabitants", "10万人当たり12.5件", "인구 10만 명당
12.5명", "每10万人12.5起", "100 bin kişide 12,5". One figure told of a round number of
people (or things), never a count of the base nor a count of the figure's own things.

Templates are the language's ``units.yaml`` ``per_base``: each a regex in which {F} stands
for the rate's figure, {B} for its base, {W} for up to three words (the noun the figure
counts, a verb: "12.5 murders per", "10万人当たりの死者数は"); a space matches any white
space, " ?" an optional one. The base is a power of ten from a hundred up, with no unit
after it ("per 100 km" is a measure's base, read by the measures). A base of a hundred
makes the figure a percentage; a larger base makes it a quantity in the unit ``per_<base>`` (see
``factcheck/data/units.txt``), which converts across bases (12.5 per 100,000 is 125 per
million) and never compares with a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from factcheck.extract.recognizers.around import spaced_loosely
from factcheck.extract.recognizers.measures import unit_follows
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.nouns import noun_after
from factcheck.extract.recognizers.numbers import NumberMatch, counter_after
from factcheck.extract.recognizers.qualifiers import qualify
from factcheck.extract.recognizers.words import phrases
from factcheck.lang.lexicon import load, scale_name

# up to three words between two parts of a rate, commas and the ideographic comma between
_WORDS = r"(?:[\s,、]*[^\W\d_]+){0,3}?[\s,、]*"
# the bases a rate is told per: a hundred, and powers of ten up to ten million
_BASES = {Decimal(10) ** k for k in range(2, 8)}
_PERCENT_BASE = Decimal(100)
# how far from each other the two figures of a rate stand at most
_REACH = 60


@dataclass(frozen=True)
class _Template:
    base_first: bool
    before: re.Pattern[str] | None  # ends where the first figure starts
    middle: re.Pattern[str]  # between the two figures, whole
    after: re.Pattern[str] | None  # from where the second figure ends


def _part(source: str) -> str:
    return spaced_loosely(source).replace("{W}", _WORDS)


def _template(source: str) -> _Template:
    base_first = source.index("{B}") < source.index("{F}")
    first, second = ("{B}", "{F}") if base_first else ("{F}", "{B}")
    head, _, rest = source.partition(first)
    middle, _, tail = rest.partition(second)
    before = re.compile(rf"(?:{_part(head)})$", re.I) if head.strip() else None
    after = re.compile(_part(tail), re.I) if tail.strip() else None
    return _Template(base_first, before, re.compile(_part(middle), re.I), after)


@cache
def _templates(lang: str) -> tuple[_Template, ...]:
    return tuple(_template(str(t)) for t in load(lang).section("units").get("per_base") or [])


def _base_ok(text: str, lang: str, n: NumberMatch) -> bool:
    return n.high is None and n.value in _BASES and not unit_follows(text, lang, n.end)


def _figure_end(text: str, lang: str, n: NumberMatch) -> int:
    """Where a figure ends with the counter glued after it ("12.5件", "12.5명")."""
    counter = counter_after(text, lang, n.end)
    if not counter:
        return n.end
    at = n.end + 1 if text[n.end : n.end + 1] == " " else n.end
    return at + len(counter) if text.startswith(counter, at) else n.end


def _base_end(text: str, lang: str, n: NumberMatch) -> int:
    """Where a base ends with the noun it counts right after it ("100,000 inhabitants")."""
    noun = noun_after(text, lang, n.end)
    if noun is not None and not text[n.end : noun[1]].strip():
        return noun[2]
    return n.end


def _match(
    text: str, lang: str, t: _Template, a: NumberMatch, b: NumberMatch
) -> tuple[int, int] | None:
    """The span of the rate ``t`` reads in figures ``a`` then ``b``, if it reads one."""
    base, rate = (a, b) if t.base_first else (b, a)
    if not _base_ok(text, lang, base) or unit_follows(text, lang, rate.end):
        return None
    # the base's counter or noun and the rate's figure's counter are the rate's own words
    middle_start = _base_end(text, lang, a) if t.base_first else a.end
    if t.base_first and counter_after(text, lang, a.end):
        middle_start = _figure_end(text, lang, a)
    found = t.middle.fullmatch(text, middle_start, b.start)
    if found is None and t.base_first:
        found = t.middle.fullmatch(text, a.end, b.start)
    if found is None:
        return None
    start = a.start
    if t.before is not None:
        head = t.before.search(text, max(0, a.start - _REACH), a.start)
        if head is None:
            return None
        start = head.start()
    end = _figure_end(text, lang, b) if t.base_first else _base_end(text, lang, b)
    if t.after is not None:
        tail = t.after.match(text, end)
        if tail is None:
            return None
        end = tail.end()
    return start, end


@cache
def _scale_words(lang: str) -> re.Pattern[str] | None:
    """The language's scale words written alone, as a base of their own ("per million")."""
    words = [w for w in load(lang).scales if len(w) > 2 and w.isalpha()]
    if not words:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{phrases(words)})(?![^\W\d_])", re.I)


def bare_scales(text: str, lang: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """Scale words no figure stands before ("per million people"), each a base of its
    own; ``numbers`` hold those with a figure ("2 million")."""
    pattern = _scale_words(lang)
    if pattern is None:
        return []
    scales = load(lang).scales
    covered = bytearray(len(text))  # where a figure stands: one pass, not one per word
    for n in numbers:
        covered[n.start : n.end] = b"\x01" * (n.end - n.start)
    out = []
    for m in pattern.finditer(text):
        if covered[m.start()]:
            continue
        factor = scales.get(m.group()) or scales.get(m.group().lower())
        name = scale_name(factor) if factor is not None else None
        if factor is not None and name is not None:
            out.append(NumberMatch(m.start(), m.end(), factor, Decimal(1), name, "scale"))
    return out


def find_rates(text: str, lang: str, numbers: list[NumberMatch], taken: bytearray) -> list[Mention]:
    """The rates per a base among ``numbers`` outside what ``taken`` marks, each spanning
    its figure, its base and the words between; a scale word alone may be a base ("per
    million")."""
    templates = _templates(lang)
    if not templates:
        return []
    bases = bare_scales(text, lang, numbers)
    free = sorted(
        (n for n in [*numbers, *bases] if taken.find(1, n.start, n.end) < 0),
        key=lambda n: n.start,
    )
    out: list[Mention] = []
    used = -1
    for at in range(len(free) - 1):
        a, b = free[at], free[at + 1]
        if a.start < used or b.start - a.end > _REACH:
            continue
        for t in templates:
            span = _match(text, lang, t, a, b)
            if span is None:
                continue
            base, rate = (a, b) if t.base_first else (b, a)
            m = _mention(text, span, rate, base.value)
            if t.base_first:  # "10万人当たり約12人": the figure's own qualifier, inside the span
                m = replace(m, qualifier=qualify(text, lang, rate.start, rate.end)[0])
            out.append(m)
            used = b.end
            break
    return out


def _mention(text: str, span: tuple[int, int], rate: NumberMatch, base: Decimal) -> Mention:
    start, end = span
    figure = format(rate.value, "f")
    if base == _PERCENT_BASE:
        value = {"kind": "percent", "value": figure}
        return Mention("percent", start, end, text[start:end], "rate-per-base", value)
    value = {"kind": "quantity", "value": figure, "unit": f"per_{int(base)}"}
    return Mention("quantity", start, end, text[start:end], "rate-per-base", value)
