"""A count of things a period brings, not a count of things: "12,000 vehicles a day cross
the bridge", 'Por dia passavam 12 mil veículos', '每天约1.2万辆车'.

Such a figure is a rate: it says nothing against "nine vehicles fell into the river" in
the same story. It keeps its concept, in a topic of its own per period (a day, a week, a
month, a year), where it is compared with other outlets' rates of the same period.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from factcheck.extract.pipeline.cues import words_pattern
from factcheck.extract.pipeline.discovered import Discovered
from factcheck.extract.recognizers.recognize import Mention
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load

_REACH = 30  # characters between the figure and the words of its period
_LABELS = {"day": "per day", "week": "per week", "month": "per month", "year": "per year"}
# marks between a figure and words of a period that make them two clauses' ("a day later,
# 12 ...", "每天，...")
_APART = re.compile(r"[,;:.!?，、；：。！？\n]")
_NOUN_WORDS = 3  # words between a figure and the period after it: its noun ("vehicles a day")


@cache
def _words(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """Each period with the pattern of ``lang``'s words for "per" it (attach.yaml
    ``per_period``), as whole words where the language spaces its words."""
    attach = load(lang).section("attach")
    # "a day later", "al día siguiente": an elapsed time, no rate
    unless = attach.get("per_period_unless") or []
    tail = rf"(?!\s*(?:{alternation(unless)}))" if unless else ""
    out = []
    for period, words in sorted((attach.get("per_period") or {}).items()):
        found = words_pattern(lang, [str(w) for w in words or []])
        if period in _LABELS and found is not None:
            out.append((period, re.compile(f"(?:{found.pattern}){tail}", found.flags)))
    return out


def rate_period(
    text: str, lang: str, m: Mention, mentions: list[Mention], starts: list[int]
) -> str | None:
    """The period (day, week, month, year) the count ``m`` is a rate of, where words for
    "per day" and the like stand near it in its clause with no other figure and no comma
    between, and after it no more than its noun ("12,000 vehicles a day"); ``mentions`` are
    the text's figures in text order, ``starts`` where each starts."""
    words = _words(lang)
    if not words:
        return None
    low, high = max(0, m.start - _REACH), min(len(text), m.end + _REACH)
    others = mentions[bisect_left(starts, low - _REACH) : bisect_left(starts, high)]
    best: tuple[int, str] | None = None
    for period, pattern in words:
        for found in pattern.finditer(text, low, high):
            if found.end() <= m.start:
                between = text[found.end() : m.start]
            elif found.start() >= m.end:
                between = text[m.end : found.start()]
                if len(between.split()) > _NOUN_WORDS:
                    continue
            else:
                continue
            gap = (min(found.end(), m.end), max(found.start(), m.start))
            if _APART.search(between) or any(
                gap[0] <= o.start and o.end <= gap[1] for o in others if o is not m
            ):
                continue  # "12,000 a day, and nine vehicles": another figure's period
            if best is None or len(between) < best[0]:
                best = (len(between), period)
    return best[1] if best else None


def as_rate(found: Discovered, period: str) -> Discovered:
    """``found`` in a topic of its own for the rate of ``period``: a count of vehicles a day
    is compared with other counts of vehicles a day."""
    return replace(
        found, topic=f"{found.topic}.per-{period}", label=f"{found.label}, {_LABELS[period]}"
    )
