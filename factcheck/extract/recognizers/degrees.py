"""Degrees with no scale ("46 degrees", "46 Grad", "46度"): a temperature where the sentence
speaks of heat or weather, or where they are below zero, else a count (an angle, university
degrees).

The language's ``units.yaml`` ``degrees`` section holds the data (regular expressions):
``words`` after the figure that name degrees; ``heat``, the words of heat or weather that
make them a temperature when they stand in the same sentence, within a few words of the
figure; ``unit``, the scale read (°C); ``fahrenheit_above``, where the language is also
written with Fahrenheit, the figure above which no air is that hot in Celsius; ``below``,
words right before the figure that put it below zero ("영하 10도", "零下5度");
``below_after``, words after the degree word that do ("tre gradi sotto zero"); ``frost``,
degree words that are below zero themselves ("tre kuldegrader"). Only a figure written with
digits is read, unless ``spelled`` says the language's number words may be one ("tre
gradi"): "一度" is "once" in Chinese and Japanese.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.extract.recognizers.words import phrases
from factcheck.lang.lexicon import load

# how far from the figure a word of heat may stand, in characters, within its sentence
_REACH = 80
# the end of a sentence: a mark before white space, or one that needs none
_SENTENCE = re.compile(r"[.!?;](?=\s)|[。！？；\n]")


@dataclass(frozen=True)
class Temperature:
    """A temperature a figure and a degree word state: span, value and unit."""

    start: int
    end: int
    value: Decimal
    unit: str


@dataclass(frozen=True)
class _Grammar:
    word: re.Pattern[str]  # at the figure's end: the degree word
    heat: re.Pattern[str]  # a word of heat or weather
    below: re.Pattern[str] | None  # right before the figure: below zero
    unit: str
    fahrenheit_above: Decimal | None
    relation: re.Pattern[str] | None  # a case ending left outside the span ("derece|ye")
    below_after: re.Pattern[str] | None = None  # after the degree word: "sotto zero"
    frost: frozenset[str] = frozenset()  # degree words below zero themselves, lowered
    spelled: bool = False  # a number word may be the figure


@cache
def _grammar(lang: str) -> _Grammar | None:
    """The compiled degree words of ``lang``; None where it has none."""
    data = load(lang).section("units").get("degrees") or {}
    if not data.get("words") or not data.get("heat"):
        return None
    e = edges(lang)
    free = e.free(ALNUM)
    # the case endings a unit word of the language may carry ("dereceye"); those of where the
    # figure went or came from are left outside its span
    units = load(lang).section("units")
    endings = str(units.get("endings") or "")
    frost = [str(w) for w in data.get("frost", [])]
    words = phrases([*data["words"], *frost])
    word = re.compile(rf"\s*(?P<stem>{words}){endings}(?!{free})", re.IGNORECASE)
    relation = units.get("relation_endings")
    below_after = None
    if data.get("below_after"):
        below_after = re.compile(rf"\s*{phrases(data['below_after'])}(?!{free})", re.IGNORECASE)
    heat = re.compile(rf"(?<!{e.start(ALNUM)}){phrases(data['heat'])}(?!{free})", re.IGNORECASE)
    below = None
    if data.get("below"):
        below = re.compile(rf"(?<!{e.start(ALNUM)}){phrases(data['below'])}\s*\Z", re.IGNORECASE)
    above = data.get("fahrenheit_above")
    limit = Decimal(str(above)) if above is not None else None
    return _Grammar(
        word,
        heat,
        below,
        str(data.get("unit", "°C")),
        limit,
        re.compile(str(relation), re.IGNORECASE) if relation else None,
        below_after,
        frozenset(w.lower() for w in frost),
        bool(data.get("spelled")),
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence around ``start:end`` within reach of it."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    for mark in _SENTENCE.finditer(text, lo, start):
        lo = mark.end()
    stop = _SENTENCE.search(text, end, hi)
    return lo, stop.start() if stop is not None else hi


def temperature_after(
    text: str, lang: str, start: int, end: int, value: Decimal
) -> Temperature | None:
    """The temperature the figure ``value`` at ``start:end`` states with a degree word after
    it, when a word of heat or weather stands near it in its sentence or it is below zero;
    else None."""
    g = _grammar(lang)
    if g is None or not (g.spelled or any(c.isdigit() for c in text[start:end])):
        return None
    word = g.word.match(text, end)
    if word is None:
        return None
    # degrees below zero are a temperature with no word of heat near: no angle, no degree of
    # a university is ever below zero ("minus 12 degrees", "tre gradi sotto zero")
    below_zero = value < 0
    if word["stem"].lower() in g.frost:  # "tre kuldegrader": three degrees below zero
        value, below_zero = -abs(value), True
    lo, hi = _sentence(text, start, word.end())
    if g.below is not None:
        below = g.below.search(text, lo, start)
        if below is not None:
            start, value, below_zero = below.start(), -abs(value), True
    unit = g.unit
    if g.fahrenheit_above is not None and value > g.fahrenheit_above:
        unit = "°F"
    end = word.end()
    if g.relation is not None and g.relation.fullmatch(text, word.end("stem"), end):
        end = word.end("stem")
    after = g.below_after.match(text, end) if g.below_after is not None else None
    if after is not None:  # "tre gradi sotto zero"
        end, value, below_zero = after.end(), -abs(value), True
    if not below_zero and g.heat.search(text, lo, hi) is None:
        return None
    return Temperature(start, end, value, unit)


def below_zero_before(text: str, lang: str, start: int) -> int | None:
    """Where the language's words that put a temperature below zero start, when they end
    right before ``start`` ("零下3摄氏度", "영하 3℃"); else None."""
    g = _grammar(lang)
    if g is None or g.below is None:
        return None
    found = g.below.search(text, max(0, start - 12), start)
    return found.start() if found is not None else None
