"""The period a figure's sentence names: the span an amount covers ("lost $3 billion
between 2010 and 2014"), the month of a rate, the day of a day's measure."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from datetime import date

from factcheck.extract.pipeline.attach import Context
from factcheck.extract.pipeline.cues import Comparison, compared_with
from factcheck.extract.pipeline.periods import find_period
from factcheck.extract.recognizers.recognize import Mention

# characters around an amount where its period may stand, within its sentence
_PERIOD_REACH = 400


def amount_periods(
    text: str,
    lang: str,
    mentions: list[Mention],
    ctx: Context,
    day: date | None,
    compared: Comparison | None = None,
) -> dict[int, tuple[str, tuple[int, int]]]:
    """The period of each amount that has one, by the amount's start: (the period, its span)."""
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    if day is None or not ctx.sentences:
        return out
    starts = [m.start for m in mentions]  # mentions are in text order
    for m in mentions:
        if m.kind != "amount":
            continue
        found = period_of(m, text, lang, mentions, starts, ctx, day, compared)
        if found:
            out[m.start] = found
    return out


def period_of(
    m: Mention,
    text: str,
    lang: str,
    mentions: list[Mention],
    starts: list[int],
    ctx: Context,
    day: date,
    compared: Comparison | None,
    daily: bool = False,
) -> tuple[str, tuple[int, int]] | None:
    """The period of the figure ``m`` its sentence names, if any (see ``find_period``)."""
    sentence = ctx.sentences[ctx.index(m.start)]
    # the sentence near the figure: a "sentence" of thousands of characters is a list
    near = (
        max(sentence.start, m.start - _PERIOD_REACH),
        min(sentence.end, m.end + _PERIOD_REACH),
    )
    around = mentions[bisect_left(starts, near[0]) : bisect_left(starts, near[1])]
    # "up 21 % on the same period of the year before": that period is not the amount's; a
    # rate's may be, where the word of comparison stands before the date ("up from 59.9 %
    # in 2025": the earlier figure's), not where it follows it ("前年同月比31.4%")
    if m.kind != "amount" and compared is not None:
        compared = replace(compared, before=None)
    around = [a for a in around if not compared_with(text, a, compared)]
    return find_period(text, lang, (m.start, m.end), near, around, day, m.kind, daily)
