"""Two figures joined into one range: "3,000 to 4,000 homes", "5–6 m", "between €40 m and
€55 m", "6 or 7 minutes", "from 60 to 70 %"; and two bounds of opposite sides joined into
one: "more than 150 but fewer than 400", "at most 100 and at least 20".

Templates are the language's ``numbers.yaml`` ``ranges`` and the shared ones, with {A}
and {B} for the figures. The figures must be of one kind and unit (a count, amount,
quantity, duration or percentage), except that a bare first figure takes the second's
unit, currency and scale ("3 to 4 million", "5–6 m"). A range reads low to high.
Two bounds pair when the text between them is only a join word of the language's
``qualifiers.yaml`` (``joins``: "and", "but", a comma); the range keeps whether each end is
included (``extra["incl"]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Any

from factcheck.extract.recognizers.around import opening, spaced, words_after, words_before
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.nouns import noun_after
from factcheck.extract.recognizers.words import phrases
from factcheck.lang.lexicon import load, scale_name
from factcheck.values.figures import SCALE_FACTORS

NUMERIC = ("count", "amount", "quantity", "duration", "percent")
# the key that holds a kind's single figure
FIGURE_KEY = {"count": "count", "amount": "amount"}
_GAP = 40
_WINDOW = 30
# qualifiers that bound a figure from below and from above, and whether they include it
LOWER = {"at_least": True, "more_than": False}
UPPER = {"at_most": True, "up_to": True, "less_than": False}


@dataclass(frozen=True)
class _Template:
    before: re.Pattern[str] | None
    middle: re.Pattern[str]
    after: re.Pattern[str] | None
    source: str
    # whether both ends are included ("20 tot en met 100"): else the upper one is not
    inclusive: bool = False
    # two figures as alternatives ("6 or 7"): the second may not be a bound ("5000 or less
    # than 6000" is two figures)
    either: bool = False


def _template(
    source: str, spaced_words: bool = True, inclusive: bool = False, either: bool = False
) -> _Template:
    head, _, rest = source.partition("{A}")
    middle, _, tail = rest.partition("{B}")
    # words touch each other in a language written without spaces (介于{A}和{B}之间)
    before, after = words_before(head, spaced_words), words_after(tail, spaced_words)
    middle_pattern = re.compile(spaced(middle), re.IGNORECASE)
    return _Template(before, middle_pattern, after, source, inclusive, either)


@cache
def grammar(lang: str) -> tuple[_Template, ...]:
    """The range templates of ``lang``, its own first, those that include both ends first,
    then those of two figures as alternatives (``ranges_either``)."""
    lex = load(lang)
    num = lex.section("numbers")
    shared = lex.shared_section("numbers", "ranges")
    spaced = not lex.glue
    inclusive = tuple(_template(str(s), spaced, True) for s in num.get("ranges_inclusive", []))
    own = tuple(_template(str(s), spaced) for s in num.get("ranges", []))
    either = tuple(_template(str(s), spaced, either=True) for s in num.get("ranges_either", []))
    return inclusive + own + either + tuple(_template(str(s), spaced) for s in shared)


@cache
def changes(
    lang: str,
) -> tuple[tuple[_Template, ...], tuple[_Template, ...], tuple[_Template, ...]]:
    """The templates of ``lang`` that tell a figure moving from one value to another, never a
    range: the earlier figure first ("rose from 12 to 15", "12人から15人に増えた"), the earlier
    second ("67 %, up from 61 %"), the change's size then the level ("rose by 0.5% to 3.2%").
    {VERB} stands for any of the language's ``change_verbs``."""
    lex = load(lang)
    num = lex.section("numbers")
    verbs = phrases(num.get("change_verbs", []))

    def template(source: object) -> _Template:
        return _template(str(source).replace("{VERB}", verbs), not lex.glue)

    forward = tuple(template(s) for s in num.get("changes", []))
    back = tuple(template(s) for s in num.get("changes_back", []))
    by = tuple(template(s) for s in num.get("changes_by", []))
    return forward, back, by


@cache
def _joins(lang: str) -> re.Pattern[str]:
    """What may stand between two bounds of one range: a join word, commas, spaces."""
    words = load(lang).section("qualifiers").get("joins", [])
    word = phrases(words) if words else "(?!)"
    return re.compile(rf"[\s,]*(?:{word})?[\s,]*", re.IGNORECASE)


def figure(m: Mention) -> tuple[Decimal, Decimal]:
    """A numeric mention's figure as stated and the factor its scale word applies."""
    value = m.value
    if m.kind in FIGURE_KEY:
        stated = Decimal(str(value[FIGURE_KEY[m.kind]]))
        scale = value.get("scale")
        return stated, Decimal(SCALE_FACTORS[scale]) if scale else Decimal(1)
    return Decimal(str(m.extra.get("stated", value["value"]))), Decimal(m.extra.get("factor", 1))


def _unit(m: Mention) -> tuple[str, ...]:
    """What two figures of a range must share: kind and unit or currency."""
    return (m.kind, str(m.value.get("unit", "")), str(m.value.get("currency", "")))


def _bare(m: Mention, following: Mention | None = None) -> bool:
    """A count with no noun of its own; a "noun" that runs into the figure after it (read
    across "到" in "150到400艘") is none."""
    if m.kind != "count":
        return False
    span = m.extra.get("noun_span")
    return span is None or (following is not None and span[1] > following.start)


def _bounds(a: Mention, b: Mention) -> tuple[Decimal, Decimal, Decimal] | None:
    """Low and high figure in one scale, and that scale's factor."""
    (low, fa), (high, fb) = figure(a), figure(b)
    # "3 to 4 million": a bare first figure smaller than the second shares its scale
    if fa != fb and not (fa == 1 and low < high):
        low = (low * fa / fb).normalize()
    return (low, high, fb) if low < high else None


def _kind_of(a: Mention, b: Mention) -> Mention | None:
    """The mention whose kind and unit the range takes, or None if the two do not pair."""
    if a.kind not in NUMERIC or b.kind not in NUMERIC or "min" in a.value or "min" in b.value:
        return None  # a figure that names a range by itself (数百, 六七) joins no other
    if _unit(a) == _unit(b):
        return b
    if _bare(a, b) and (b.kind != "count" or "unit" not in a.value):
        return b  # "5–6 m", "150到400艘": a bare first figure takes the second's unit
    if a.pattern == "age" and _bare(b):
        return a  # "aged 18 to 25": the words of the age hold for the second figure too
    if a.kind == "amount" and b.kind == "count" and "scale" in b.value and "noun" not in b.extra:
        return a  # "$3-4 billion": the currency stands before the first figure only
    return None


def _value(model: Mention, low: Decimal, high: Decimal, factor: Decimal) -> dict[str, Any]:
    value: dict[str, Any] = {"kind": model.kind}
    if model.kind in FIGURE_KEY:
        value.update(min=_plain(low), max=_plain(high))
        if factor != 1:
            value["scale"] = scale_name(factor)
        if model.kind == "amount":
            value["currency"] = model.value["currency"]
    else:
        value.update(min=_plain(low * factor), max=_plain(high * factor))
        if "unit" in model.value:
            value["unit"] = model.value["unit"]
    return value


def _noun(text: str, lang: str, end: int) -> dict[str, Any]:
    found = noun_after(text, lang, end)
    return {"noun": found[0], "noun_span": (found[1], found[2])} if found else {}


def _plain(number: Decimal) -> str:
    return format(number, "f")


def _counted_end(text: str, m: Mention) -> int:
    """Where a count ends with the counter after it, glued or after a space ("40人から60人",
    "40명에서 60명", "삼백 명에서 오백 명"): the counter of the first figure of a range
    stands before the range's middle."""
    counter = m.value.get("unit") if m.kind == "count" else None
    if not counter:
        return m.end
    at = m.end + 1 if text[m.end : m.end + 1] in (" ", "\t") else m.end
    return at + len(counter) if text.startswith(counter, at) else m.end


def _middle(text: str, t: _Template, a: Mention, b: Mention) -> bool:
    """Whether the template's middle joins the figures; "up to" read as the second figure's
    qualifier may be the middle's own words ("from 5 up to 12", "desde 20 hasta 100")."""
    end = _counted_end(text, a)
    if t.middle.fullmatch(text, end, b.start) is not None:
        return True
    if b.qualifier != "up_to":
        return False
    found = t.middle.match(text, end)
    return found is not None and b.start < found.end() < b.end and text[found.end() - 1].isspace()


def _joined(text: str, t: _Template, a: Mention, b: Mention) -> tuple[int, int] | None:
    if not _middle(text, t, a, b):
        return None
    start, end = a.start, b.end
    if t.before is not None:
        begin = opening(t.before, text, a.start, _WINDOW)
        if begin is None:
            return None
        start = begin
    if t.after is not None:
        found_after = t.after.match(text, _counted_end(text, b))
        if found_after is None and b.qualifier == "up_to":
            # "50'den 80'e kadar": the template's closing words were read as "up to"
            inside = (t.after.fullmatch(text, p, b.end) for p in range(b.start + 1, b.end))
            found_after = next((f for f in inside if f is not None), None)
        if found_after is None:
            return None
        end = max(b.end, found_after.end())
    return start, end


def _paired(text: str, lang: str, a: Mention, b: Mention) -> Mention | None:
    """Two bounds of opposite sides joined into one range ("over 150 but under 400")."""
    if a.qualifier in LOWER and b.qualifier in UPPER:
        low, high = a, b
    elif a.qualifier in UPPER and b.qualifier in LOWER:
        low, high = b, a
    else:
        return None
    model = _kind_of(a, b)
    gap = _after_noun(text, a, b)
    if model is None or _joins(lang).fullmatch(text, gap, b.start) is None:
        return None
    bounds = _bounds(a, b) if low is a else _bounds(b, a)
    if bounds is None:
        return None
    extra: dict[str, Any] = {k: v for k, v in b.extra.items() if k in ("noun", "noun_span")}
    extra["first"], extra["second"] = (a.start, a.end), (b.start, b.end)
    extra["incl"] = (LOWER[low.qualifier], UPPER[high.qualifier])
    value = _value(model, *bounds)
    span = text[a.start : b.end]
    joined = Mention(model.kind, a.start, b.end, span, f"range:{a.pattern}", value, "exact", extra)
    return _of_ages(joined, a, b)


def _after_noun(text: str, a: Mention, b: Mention) -> int:
    """Where the words that join bound ``a`` to bound ``b`` start: after ``a``'s figure, or
    after the noun it counts where ``b`` counts the same ("at least 20 people and at most
    100", "최소 20개에서 최대 100개")."""
    span = a.extra.get("noun_span")
    if span is None or span[0] < a.end or span[1] > b.start or text[a.end : span[0]].strip():
        return a.end
    return span[1] if b.extra.get("noun") in (None, a.extra.get("noun")) else a.end


def _bound(m: Mention) -> bool:
    return m.qualifier in LOWER or m.qualifier in UPPER


def _range(text: str, lang: str, a: Mention, b: Mention) -> Mention | None:
    if b.start - a.end > _GAP:  # most figures stand apart: turned away before their kinds
        return None
    model = _kind_of(a, b)
    if model is None:
        return None
    # "20から100未満", "from 20 to under 100": the second figure's bound closes the range
    capped = a.qualifier in ("exact", "about") and b.qualifier in ("at_most", "less_than")
    if _bound(a) or (_bound(b) and b.qualifier != "up_to" and not capped):
        return _paired(text, lang, a, b)
    bounds = _bounds(a, b)
    if bounds is None:
        return None
    for t in grammar(lang):
        if capped and (t.after is not None or t.either):
            continue  # closing words would stand after the bound's; "6 or less than 7"
        span = _joined(text, t, a, b)
        if span is None:
            continue
        start, end = span
        extra = {k: v for k, v in b.extra.items() if k in ("noun", "noun_span")}
        if end > b.end and model.kind == "count" and "unit" not in b.value:
            # the template's words after the second figure come before the noun (a counter
            # glued to the figure is its noun already: "30명에서 45명까지")
            extra = _noun(text, lang, end)
        extra["first"], extra["second"] = (a.start, a.end), (b.start, b.end)
        if t.inclusive:
            extra["incl"] = (True, True)
        if capped:
            extra["incl"] = (True, UPPER[b.qualifier])
        qualifier = a.qualifier if a.qualifier != "exact" or capped else b.qualifier
        qualifier = "exact" if qualifier == "up_to" else qualifier
        value = _value(model, *bounds)
        joined = Mention(
            model.kind, start, end, text[start:end], f"range:{a.pattern}", value, qualifier, extra
        )
        return _of_ages(joined, a, b)
    return None


def _of_ages(m: Mention, a: Mention, b: Mention) -> Mention:
    """A range joined from an age is a range of ages ("tussen 61 en 78 jaar oud"): an age,
    in the age's unit, which no topic groups, not a count of 61 to 78 things."""
    age = next((x for x in (b, a) if x.pattern == "age"), None)
    if age is None or m.kind != "count":
        return m
    value = {**m.value, "unit": age.value["unit"]} if "unit" in age.value else m.value
    return replace(m, pattern="age", value=value)


def _restated(m: Mention, model: Mention, other: Mention) -> Mention:
    """``m`` stated in the kind, unit and currency of ``model`` and, when it has no scale
    word, in the scale of ``other`` if that reads close to it: "from 60 to 70 %", "from 3 to
    4 million", "from $3 to 4 billion"; "from 500 to 2 million" keeps 500."""
    (stated, factor), (other_stated, other_factor) = figure(m), figure(other)
    near = abs(other_stated * other_factor)
    if factor == 1 and other_factor != 1 and near / 10 <= abs(stated * other_factor) <= near * 10:
        scaled = other_factor
    else:
        scaled = factor
    if _unit(m) == _unit(model) and scaled == factor:
        return m
    value = {k: v for k, v in model.value.items() if k not in ("scale", "value")}
    if model.kind in FIGURE_KEY:
        value[FIGURE_KEY[model.kind]] = _plain(stated)
        if scaled != 1:
            value["scale"] = scale_name(scaled)
    else:
        value["value"] = _plain(stated * scaled)
    return replace(m, kind=model.kind, value=value)


def _change(text: str, lang: str, a: Mention, b: Mention) -> tuple[Mention, Mention] | None:
    """Two figures of a change between ``a`` and ``b``: the earlier one marked (the source's
    own superseded figure), the later one with no bound the words gave it ("up to" read in
    "subió de 12 hasta 15"), or the size of the change and the figure it went to; each in the
    kind and unit the other gives it where it states none."""
    if b.start - a.end > _GAP:
        return None
    model = _kind_of(a, b)
    if model is None:
        return None
    forward, back, by = changes(lang)
    if any(_joined(text, t, a, b) is not None for t in by):
        return _restated(a, model, b), _restated(b, model, a)  # a change's size, then a level
    if any(_joined(text, t, a, b) is not None for t in forward):
        first, second = _restated(a, model, b), _restated(b, model, a)
        first = replace(first, extra={**first.extra, "earlier": True})
        return first, replace(second, qualifier="exact") if second.qualifier == "up_to" else second
    # the earlier figure named second may follow the noun of the first ("1 700 morts,
    # contre 1 002"): the words that join them start after it
    counted = _with_noun(a)
    if any(_joined(text, t, counted, b) is not None for t in back):
        first, second = _restated(a, model, b), _restated(b, model, a)
        return first, replace(second, extra={**second.extra, "earlier": True})
    return None


# characters between a figure and the noun it counts: a space, or a unit glued on
_NOUN_GAP = 2


def _with_noun(m: Mention) -> Mention:
    """``m`` spanning the noun it counts right after it, if it has one."""
    noun = m.extra.get("noun_span")
    if not isinstance(noun, tuple) or not 0 <= noun[0] - m.end <= _NOUN_GAP:
        return m
    return replace(m, end=noun[1])


def join_ranges(
    text: str, lang: str, mentions: list[Mention], changes_apart: bool = True
) -> list[Mention]:
    """``mentions`` with each pair of figures that states a range replaced by the range, and
    the first of two figures that state a change marked as the earlier one (with
    ``changes_apart`` False, a change reads as the range its words span)."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    index = 0
    while index < len(ordered):
        a = ordered[index]
        b = ordered[index + 1] if index + 1 < len(ordered) else None
        change = None
        if changes_apart and b is not None and b.start >= a.end:
            change = _change(text, lang, a, b)
        if change is not None:
            out.extend(change)
            index += 2
            continue
        joined = _range(text, lang, a, b) if b is not None and b.start >= a.end else None
        if joined is not None:
            out.append(joined)
            index += 2
            continue
        out.append(a)
        index += 1
    return out
