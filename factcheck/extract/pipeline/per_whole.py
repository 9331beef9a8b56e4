"""A figure per one of something: "1医療機関当たり7.4人", "의료기관당 7.4명", "1 hastane
başına 7,4 hasta".

Such a figure is a rate, not a count: it says nothing against the story's count of cases,
and the one it is per is no figure of the story. The rate keeps its concept, in a topic of
its own ("cases.rate"); the one is drafted as no claim. Rates per a round number of people
("412.6 per 100,000", "10万人当たり") are read by the recognizers, as one quantity per its
base (``recognizers/per_base.py``); a count written with a fraction is a rate per one too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache

from factcheck.extract.pipeline.cues import words_pattern
from factcheck.extract.pipeline.discovered import Discovered
from factcheck.extract.recognizers.recognize import Mention
from factcheck.lang.lexicon import load

_REACH = 24  # characters between a rate and the words of the one it is per
_APART = re.compile(r"[,;:.!?，、；：。！？\n]")  # marks that part a rate from another's one
_WORDS = 3  # words between a rate and the one before it: its noun
# characters of the one's noun before the word for "per" after it ("1医療機関当たり")
_NOUN = 8
_LETTERS = re.compile(r"\s?[^\W\d_]*")


@dataclass(frozen=True)
class PerWhole:
    """The rates per one of something of a text, by where each starts, with where the words
    of what it is per start and end; and where those ones stand (no figures of the story)."""

    rates: dict[int, tuple[int, int]]  # rate start -> (words' start, words' end)
    wholes: frozenset[int]


NO_RATES = PerWhole({}, frozenset())


@cache
def _words(lang: str) -> re.Pattern[str] | None:
    """The words of ``lang`` for "per" after one thing and its noun ("当たり", "당",
    "başına"): attach.yaml ``per_one``."""
    return words_pattern(lang, [str(w) for w in load(lang).section("attach").get("per_one") or []])


def _one(m: Mention) -> bool:
    """True for a count of exactly one, as "1医療機関当たり" writes what a rate is per."""
    if m.kind != "count" or m.value.get("qualifier") or "min" in m.value or "scale" in m.value:
        return False
    try:
        return Decimal(str(m.value.get("count"))) == 1
    except (InvalidOperation, ValueError):
        return False


def per_whole(text: str, lang: str, mentions: list[Mention]) -> PerWhole:
    """The rates per one of something in ``text`` (``mentions``: its figures in text order)."""
    after = _words(lang)
    if after is None:
        return NO_RATES
    rates: dict[int, tuple[int, int]] = {}
    wholes = set()
    for index, m in enumerate(mentions):
        if not _one(m):
            continue
        end = max(m.end, (m.extra.get("noun_span") or (0, 0))[1])
        # past the one's noun, if its counter is not it ("1医療機関当たり")
        words = next(
            (
                w
                for w in after.finditer(text, end, min(len(text), end + _NOUN))
                if _LETTERS.fullmatch(text, end, w.start())
            ),
            None,
        )
        if words is None:
            continue
        rate = _rate(text, mentions, index, m.start, words.end())
        if rate is not None:
            rates[rate.start] = (m.start, words.end())
            wholes.add(m.start)
    return PerWhole(rates, frozenset(wholes))


def _rate(text: str, mentions: list[Mention], index: int, start: int, end: int) -> Mention | None:
    """The figure the whole at ``mentions[index]`` (its words from ``start`` to ``end``) is
    the whole of: the nearest one before the words with no more than its noun between, else
    the nearest one after them ("10万人当たりの感染者数は412.6人"), in the same clause."""
    if index > 0:
        prior = mentions[index - 1]
        between = text[prior.end : start]
        if (
            prior.kind in ("count", "quantity")
            and start - prior.end <= _REACH
            and not _APART.search(between)
            and len(between.split()) <= _WORDS
        ):
            return prior
    if index + 1 < len(mentions):
        following = mentions[index + 1]
        between = text[end : following.start]
        if (
            following.kind in ("count", "quantity")
            and following.start - end <= _REACH
            and not _APART.search(between)
        ):
            return following
    return None


def as_rate_of(found: Discovered | None, m: Mention) -> Discovered:
    """``found`` (or a rate no word names) in a topic of its own for rates per one of
    something."""
    if found is None:
        found = Discovered("rate", "rate", m.kind, "Rate", 0.3, "")
    return replace(found, topic=f"{found.topic}.rate", label=f"{found.label}, a rate")


def fractional(m: Mention) -> bool:
    """True for a count written with a fraction and no scale word ("14.8 cases", "3.0"): no
    number of things, but a rate per one of something ("1医療機関当たり14.8人", "의료기관당
    14.8명") or another measure."""
    figure = str(m.value.get("count") or "")
    return m.kind == "count" and "." in figure and "scale" not in m.value
