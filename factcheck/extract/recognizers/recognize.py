"""The recognizers' entry point: every value mention in a text, with its span and pattern."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from factcheck.extract.recognizers.amounts import find_amounts
from factcheck.extract.recognizers.countries import find_country_lists
from factcheck.extract.recognizers.dates.find import find_dates
from factcheck.extract.recognizers.numbers import counter_after, find_numbers
from factcheck.extract.recognizers.qualifiers import qualify
from factcheck.extract.recognizers.width import narrow
from factcheck.extract.recognizers.windows import WINDOW, windows


@dataclass(frozen=True)
class Mention:
    """A value found in text: kind (date, period, amount, count), span, pattern and value."""

    kind: str
    start: int
    end: int
    text: str
    pattern: str
    value: dict[str, Any]
    qualifier: str = "exact"
    extra: dict[str, Any] = field(default_factory=dict)


def _period_text(first: Any, last: Any) -> str:
    return f"{first.iso() if first else '..'}/{last.iso() if last else '..'}"


def recognize(text: str, lang: str, published: date | None = None) -> list[Mention]:
    """Dates, periods, amounts, counts and country lists in ``text``, sorted by position.

    A text longer than a window is read window by window, cut at line breaks: a value is never
    read across a cut.
    """
    if len(text) <= WINDOW:
        return _recognize(text, lang, published)
    out: list[Mention] = []
    for start, end in windows(text, WINDOW):
        out += [_shifted(m, start) for m in _recognize(text[start:end], lang, published)]
    return out


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
    text = narrow(text)  # full-width digits and signs read as ASCII; quotes keep them
    out: list[Mention] = []
    dates = find_dates(text, lang, published)
    for d in dates:
        if d.form == "date" and d.claim:
            out.append(
                Mention(
                    "date",
                    d.start,
                    d.end,
                    written[d.start : d.end],
                    d.pattern,
                    {"kind": "date", **d.claim},
                )
            )
        elif d.form in ("span", "range", "after", "before"):
            out.append(
                Mention(
                    "period",
                    d.start,
                    d.end,
                    written[d.start : d.end],
                    d.pattern,
                    {"period": _period_text(d.first, d.last)},
                )
            )
    taken = bytearray(len(text))
    for d in dates:
        taken[d.start : d.end] = b"\x01" * (d.end - d.start)
    numbers = find_numbers(text, lang)
    amounts = find_amounts(text, lang, numbers)
    for a in amounts:
        qualifier, start, end = qualify(text, lang, a.start, a.end)
        if a.more and qualifier == "exact":
            qualifier = "more_than"
        money: dict[str, Any] = {"kind": "amount", "amount": str(a.stated), "currency": a.currency}
        if a.scale:
            money["scale"] = a.scale
        out.append(Mention("amount", start, end, written[start:end], a.pattern, money, qualifier))
    for a in amounts:
        taken[a.start : a.end] = b"\x01" * (a.end - a.start)
    for n in numbers:
        if n.pattern == "article" or taken.find(1, n.start, n.end) >= 0:
            continue
        qualifier, start, end = qualify(text, lang, n.start, n.end)
        if n.more and qualifier == "exact":
            qualifier = "more_than"  # 十多万, 1,700여: the figure says "more than" itself
        value: dict[str, Any] = {"kind": "count", "count": str(n.stated)}
        if n.high is not None:  # 数百: a range the figure names by itself
            value = {"kind": "count", "min": str(n.value), "max": str(n.high)}
        if n.scale:
            value["scale"] = n.scale
        unit = counter_after(text, lang, n.end)
        if unit:
            value["unit"] = unit
        out.append(Mention("count", start, end, written[start:end], n.pattern, value, qualifier))
    out.extend(_sets(text, written, lang, out))
    out.sort(key=lambda m: (m.start, m.end, m.kind))
    return out


def _sets(text: str, written: str, lang: str, found: list[Mention]) -> list[Mention]:
    counts = [
        (m.start, m.end, int(m.value["count"]), m.qualifier)
        for m in found
        if m.kind == "count" and "scale" not in m.value and m.value.get("count", "").isdigit()
    ]
    out = []
    for item in find_country_lists(text, lang, counts):
        value: dict[str, Any] = {
            "kind": "set",
            "members": list(item.members),
            "complete": item.complete,
        }
        if item.count is not None:
            value["count"] = item.count
        start, end = item.start, item.end
        if item.count_span:
            start, end = min(start, item.count_span[0]), max(end, item.count_span[1])
        extra = {"list": (item.start, item.end), "count_span": item.count_span}
        pattern = "set.counted" if item.count_span else "set.list"
        out.append(
            Mention("set", start, end, written[start:end], pattern, value, item.qualifier, extra)
        )
    return out
