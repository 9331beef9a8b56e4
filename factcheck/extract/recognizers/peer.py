"""Adapter to the Recognizers-Text scorer: ``extract(text, lang, ref)`` returns its dicts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from factcheck.extract.recognizers.amounts import find_amounts
from factcheck.extract.recognizers.dates.find import DateMatch, find_dates
from factcheck.extract.recognizers.dates.joins import Range
from factcheck.extract.recognizers.mention import Mention
from factcheck.extract.recognizers.numbers import NumberMatch, find_numbers
from factcheck.extract.recognizers.qualifiers import number_ranges, qualify
from factcheck.extract.recognizers.shares import find_shares
from factcheck.extract.recognizers.width import narrow, plain_apostrophes


def _date_item(m: DateMatch) -> dict[str, Any] | None:
    span = [m.start, m.end]
    if m.form == "date" and m.first is not None:
        return {"kind": "date", "value": m.first.iso(), "span": span}
    start: date | None = None
    end: date | None = None
    if m.form == "span" and m.first and m.last:
        start, end = m.first.first(), m.last.after()
    elif m.form == "range":
        # the ruler ends a range at its end's start ("2014 to 2018": 2018-01-01, "to 2018 Q1":
        # 2018-01-01), or where an end that names a period's end says ("to the end of 2008");
        # a range from the end of a period starts when that period is over
        start = m.first.first() if m.first else None
        if m.first and m.pattern.startswith("from-end-"):
            start = m.first.after()
        begins = m.end_begins if isinstance(m, Range) and m.end_begins else m.last
        if m.last and begins:
            end = m.last.after() if m.pattern.endswith("range-to-end") else begins.first()
    elif m.form == "after" and m.first:
        # the ruler starts "after a year or month" with the next one, but "after a day" on
        # that day itself
        start = m.first.first() if m.first.day else m.first.after()
    elif m.form == "before" and m.last:
        # an end that includes its date ("<= 2019") ends past it, except that the ruler ends
        # one at a day ("on or before 9 July") on that day
        inclusive = m.pattern == "until" and m.last.day is None
        end = m.last.after() if inclusive else m.last.first()
    else:
        return None
    return {
        "kind": "daterange",
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "span": span,
    }


# The ruler's convention, not a fact of the languages: its Spanish, Italian and Portuguese
# number models read the indefinite article as the number one wherever it stands, while its
# French, German and Dutch ones do not. The recognizers count the article only where it
# counts something (a currency, a unit, a counted noun); this adapter follows the ruler.
_ARTICLE_IS_ONE = frozenset({"es", "it", "pt"})


def _shares(text: str, lang: str, numbers: list[NumberMatch]) -> tuple[Mention, ...]:
    """Shares in words ("half", "la moitié", "a third", "一半") as counts of the fraction they
    name, each with its qualifier, for bounds and ranges ("more than half"); as in
    ``recognize``, a share takes the words of an article or a figure inside it."""
    scales = {n.start for n in numbers if n.scale and n.stated == 1}
    out = []
    for s in find_shares(text, lang, bytearray(len(text)), scales):
        qualifier, start, end = qualify(text, lang, s.start, s.end)
        value = {"kind": "count", "count": format(s.percent / 100, "f")}
        extra = {"figure": (s.start, s.end)}
        out.append(Mention("count", start, end, text[start:end], "share", value, qualifier, extra))
    return tuple(out)


def extract(text: str, lang: str, ref: datetime | None) -> list[dict[str, Any]]:
    """Our recognizers' findings in the scorer's shape (see the ruler's score.py)."""
    published = ref.date() if ref else None
    # full-width forms and typographic apostrophes read as ``recognize`` reads them
    text = plain_apostrophes(narrow(text))
    numbers = find_numbers(text, lang)
    articles = lang in _ARTICLE_IS_ONE
    out: list[dict[str, Any]] = [
        {"kind": "number", "value": float(n.value), "span": [n.start, n.end]}
        for n in numbers
        if n.pattern != "article" or articles
    ]
    for a in find_amounts(text, lang, numbers):
        out.append(
            {
                "kind": "currency",
                # the ruler counts "34 cents" as 34 of the minor unit, as written
                "value": float(a.value * a.minor if a.minor else a.value),
                "iso": a.currency,
                "span": [a.start, a.end],
            }
        )
    ranges = number_ranges(text, lang, numbers, _shares(text, lang, numbers))
    out.extend(ranges)
    # 十几万, 500多亿: a mark inside the figure says "more than" it
    out.extend(
        {
            "kind": "numberrange",
            "min": float(n.value),
            "max": None,
            "min_incl": False,
            "max_incl": None,
            "span": [n.start, n.end],
        }
        for n in numbers
        if n.more
        and n.high is None
        and not any(r["span"][0] <= n.start and n.end <= r["span"][1] for r in ranges)
    )
    for d in find_dates(text, lang, published):
        item = _date_item(d) if not d.bare else None
        if item:
            out.append(item)
    return out
