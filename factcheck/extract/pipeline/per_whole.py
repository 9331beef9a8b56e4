"""A figure per so many of a whole: "412.6 cases per 100,000 inhabitants", "41,3 casos a cada
10 mil habitantes", "人口10万人当たり412.6人", "每10万人中有412.6例".

Such a figure is a rate, not a count: it says nothing against the story's count of cases,
and the 100,000 it is per is no figure of the story at all. The rate keeps its concept, in a
topic of its own per whole ("cases.per-100000"), where it is compared with other outlets'
rates per as many; the whole is drafted as no claim.
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

_REACH = 24  # characters between a rate and the words of the whole it is per
_APART = re.compile(r"[,;:.!?，、；：。！？\n]")  # marks that part a rate from another's whole
_WORDS = 3  # words between a rate and "per" after it: its noun ("412.6 cases per")
# the least whole "per" before it may be of: a rate is per a hundred or more of people or
# things; a smaller figure after such a word is a factor ("multiplied by 10")
_LEAST_BEFORE = 100
# characters of the whole's noun before "per" after it ("10万人当たり", "1医療機関当たり")
_NOUN = 8
_LETTERS = re.compile(r"\s?[^\W\d_]*")


@dataclass(frozen=True)
class PerWhole:
    """The rates of a text, by where each starts, with the whole each is per; and where
    the wholes start (no figures of the story)."""

    rates: dict[int, tuple[int, int, int]]  # rate start -> (whole, words' start, words' end)
    wholes: frozenset[int]


NO_RATES = PerWhole({}, frozenset())


@cache
def _words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words of ``lang`` for "per" before a whole ("per", "pour", "a cada", "每") and
    after it with its noun ("当たり", "당", "başına"): attach.yaml ``per_whole``."""
    data = load(lang).section("attach").get("per_whole") or {}
    before = words_pattern(lang, [str(w) for w in data.get("before") or []])
    after = words_pattern(lang, [str(w) for w in data.get("after") or []])
    return before, after


def _whole(m: Mention) -> int | None:
    """The size of the whole a count may be a rate's whole of: a power of ten ("1医療機関当たり",
    "per 100,000")."""
    if m.kind != "count" or m.value.get("qualifier") or "min" in m.value:
        return None
    try:
        figure = Decimal(str(m.value.get("count")))
        if "scale" in m.value:
            scales = {"thousand": 3, "million": 6, "billion": 9}
            figure = figure.scaleb(scales.get(str(m.value["scale"]), 0))
    except (InvalidOperation, ValueError):
        return None
    if figure < 1 or figure != figure.to_integral_value():
        return None
    digits = str(int(figure))
    return int(digits) if digits.strip("0") == "1" else None


def per_whole(text: str, lang: str, mentions: list[Mention]) -> PerWhole:
    """The rates per a whole in ``text`` (``mentions``: its figures in text order)."""
    before, after = _words(lang)
    if before is None and after is None:
        return NO_RATES
    rates: dict[int, tuple[int, int, int]] = {}
    wholes = set()
    for index, m in enumerate(mentions):
        size = _whole(m)
        if size is None:
            continue
        end = max(m.end, (m.extra.get("noun_span") or (0, 0))[1])
        words = None
        if before is not None:
            words = next(
                (
                    w
                    for w in before.finditer(text, max(0, m.start - _REACH), m.start)
                    if not text[w.end() : m.start].strip()
                ),
                None,
            )
        if words is not None and size < _LEAST_BEFORE:
            words = None  # "multiplié par 10", "moltiplicato per 10": a factor, no whole
        start = words.start() if words is not None else m.start
        if words is None and after is not None:
            # past the whole's noun, if its counter is not it ("1医療機関当たり", "10만 명당")
            found = next(
                (
                    w
                    for w in after.finditer(text, end, min(len(text), end + _NOUN))
                    if _LETTERS.fullmatch(text, end, w.start())
                ),
                None,
            )
            if found is not None:
                words, end = found, found.end()
        if words is None:
            continue
        rate = _rate(text, mentions, index, start, end)
        if rate is not None:
            rates[rate.start] = (size, start, end)
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


def as_rate_of(found: Discovered | None, m: Mention, whole: int | None) -> Discovered:
    """``found`` (or a rate no word names) in a topic of its own for rates per ``whole``, or
    for rates per one of something (None)."""
    if found is None:
        found = Discovered("rate", "rate", m.kind, "Rate", 0.3, "")
    if whole is None or whole == 1:
        return replace(found, topic=f"{found.topic}.rate", label=f"{found.label}, a rate")
    return replace(found, topic=f"{found.topic}.per-{whole}", label=f"{found.label}, per {whole:,}")


def fractional(m: Mention) -> bool:
    """True for a count written with a fraction and no scale word ("14.8 cases", "3.0"): no
    number of things, but a rate per one of something ("1医療機関当たり14.8人", "의료기관당
    14.8명") or another measure."""
    figure = str(m.value.get("count") or "")
    return m.kind == "count" and "." in figure and "scale" not in m.value
