"""The place a figure is narrowed to: "À Paris, la police a compté 42 000 personnes" in a
story about France, "İstanbul'da ise fiyatlar yüzde 35,2 arttı" in one about Turkey.

A figure whose clause names a place other than the one its article is about is that place's
figure, not the story's: it is drafted with that place as its ``scope``, and compared only
with figures of the same place. The article's country is the one it names most, counting its cities
and regions, and its own place the one of that country it names most (the first of those
named as often, which is where a headline or lede names it): in a story about an event in
Istanbul, "in Istanbul, 12 people died" is the story's figure. A country narrows a figure
only where it opens the sentence or follows the figure ("1.1 million of them in
Belgium"): one named before a figure is as often whose agency or aid it is.

Places are those the recognizers know across languages, keyed alike in every language: a
city CLDR names a time zone after (its zone's English name), a top-level region (its ISO
3166-2 code) and a country (its ISO code).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from babel.core import get_global

from factcheck.extract.pipeline.cues import CLAUSE_BREAK
from factcheck.extract.pipeline.sentences import Sentence
from factcheck.extract.recognizers.countries import place_mentions
from factcheck.extract.recognizers.recognize import Mention
from factcheck.extract.recognizers.words import alternation, trie
from factcheck.extract.recognizers.zone_names import city_mentions, city_names
from factcheck.lang.lexicon import load
from factcheck.values.places import country_name
from factcheck.values.text import match_key

_BEFORE_REACH = 60  # characters from a place before a figure, in its clause
_AFTER_REACH = 25  # characters from a figure to a place after it ("42,000 in Paris")
_OPENING = 3  # characters before a place that opens its sentence ("In", "À", "I", "在")
# the kinds of figures a place narrows: what was counted or paid there, or a rate of it; a
# day or a clock time is the story's (a clock's place is read apart, see ``clocks``), and the
# place a distance names is where it is measured from (see ``reference``)
_NARROWED = frozenset({"count", "amount", "percent"})


@dataclass(frozen=True)
class _Place:
    start: int
    end: int
    name: str  # how the place reads in English, keyed alike in every language by ``key``
    country: str  # the ISO code of its country
    is_country: bool = False

    @property
    def key(self) -> str:
        """The place's name folded: "İstanbul" (the province) is "Istanbul" (the city)."""
        return match_key(self.name)


class Scopes:
    """The places an article names, the one it is about, and the place each figure is of."""

    def __init__(self, text: str, lang: str, days: list[tuple[int, int]]) -> None:
        """``days``: where the text's dates to the day stand (a dateline's is one)."""
        self.text = text
        self.lang = lang
        self.places = [
            p
            for p in _places(text, lang)
            if not _on_dateline(text, p, days) and not _names_clock(text, lang, p)
        ]
        # the article's country is the one it names most, with its cities and regions; its
        # own place, the one of that country it names most (a city, or the country itself);
        # a country named for its people ("한국인 9명", "日本人") is whose they are, not where
        told = [p for p in self.places if not (p.is_country and self._people_of(p))]
        self.country = _most([p.country for p in told])
        self.home = _most([p.key for p in told if p.country == self.country])

    def scope(self, m: Mention, sentence: Sentence | None) -> str | None:
        """The place the figure ``m`` of ``sentence`` is narrowed to, or None when it is the
        story's (or the article names no place of its own)."""
        if sentence is None or m.kind not in _NARROWED or not self.places:
            return None
        found = self._named(m, sentence)
        if found is None:
            return None
        place, before = found
        if place.is_country and before and self._nationals(place, m):
            # "日本人3人": a country's people are a part of any toll, the home country's too
            return place.name
        if self.home is None:
            return None
        if place.key == self.home or (place.is_country and place.country == self.country):
            return None
        if place.is_country and before:
            # a country named before a figure is as often whose agency or aid it is ("the
            # US Geological Survey said", "Russian rescuers") as where it was counted
            return None
        return place.name

    def _people_of(self, place: _Place) -> bool:
        """True where a word for its people is glued to the country's name ("한국인")."""
        pattern = _people_word(self.lang)
        return pattern is not None and pattern.match(self.text, place.end) is not None

    def _nationals(self, place: _Place, m: Mention) -> bool:
        """True where the country before the figure names its people ("日本人観光客14人",
        "한국인 9명", "中国籍乘客20名"): the figure counts its nationals."""
        pattern = _nationals(self.lang)
        return pattern is not None and pattern.match(self.text, place.end, m.start) is not None

    def _named(self, m: Mention, sentence: Sentence) -> tuple[_Place, bool] | None:
        """The place the figure's clause names: one opening its sentence, else the nearest
        one before it in its clause (True: before it), else one right after it."""
        text = self.text
        inside = [p for p in self.places if sentence.start <= p.start and p.end <= sentence.end]
        people = [p for p in inside if p.is_country and p.end <= m.start and self._nationals(p, m)]
        if people:  # "イタリア…日本人2人けが": whose people they are, whatever opens the sentence
            return people[-1], True
        for p in inside:
            if p.end <= m.start and len(text[sentence.start : p.start].strip()) <= _OPENING:
                return p, False
        before = [
            p
            for p in inside
            if p.end <= m.start
            and m.start - p.end <= _BEFORE_REACH
            and not CLAUSE_BREAK.search(text, p.end, m.start)
        ]
        if before:
            return before[-1], True
        after = (
            p
            for p in inside
            if p.start >= m.end
            and p.start - m.end <= _AFTER_REACH
            and not CLAUSE_BREAK.search(text, m.end, p.start)
        )
        place = next(after, None)
        return (place, False) if place is not None else None


_NATIONALS_GAP = 8  # characters of a noun between a word for nationals and the figure


@cache
def _nationals(lang: str) -> re.Pattern[str] | None:
    """Words glued after a country's name that make it its people (attach.yaml
    ``nationals``: 人, 인, 籍), then at most a short noun before the figure."""
    words = load(lang).section("attach").get("nationals") or []
    if not words:
        return None
    # the noun after them may be written apart in a language that spaces its words
    noun = rf"(?:[^\d\s,，、。]{{1,{_NATIONALS_GAP}}}|\s[^\d\s,，、。]{{1,{_NATIONALS_GAP}}})"
    return re.compile(rf"(?:{trie(words)}){noun}{{0,2}}\s*\Z")


@cache
def _clock_words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words that make a place the name of its clock, after it ("日本時間", "Japan time",
    "한국 시간") and before it ("hora de Brasília", "time in Tokyo"): a language's zone
    templates (times.yaml ``place_zones``) but those whose only word is a preposition."""
    after, before = [], []
    for template in load(lang).section("times").get("place_zones") or []:
        text = str(template)
        if "{local}" in text or "{place}" not in text:
            continue
        head, tail = text.split("{place}", 1)
        if tail.strip() and not head.strip():
            after.append(tail)
        elif head.strip() and not tail.strip() and len(head.split()) > 1:
            before.append(head)
    return (
        re.compile(rf"\s*(?:{alternation([a.strip() for a in after])})") if after else None,
        re.compile(rf"(?:{alternation([b.strip() for b in before])})\s*\Z", re.I)
        if before
        else None,
    )


def _names_clock(text: str, lang: str, place: _Place) -> bool:
    """True for a place named as its clock ("日本時間23日午前5時", "10:00 Japan time")."""
    after, before = _clock_words(lang)
    return (after is not None and after.match(text, place.end) is not None) or (
        before is not None
        and before.search(text, max(0, place.start - 24), place.start) is not None
    )


@cache
def _people_word(lang: str) -> re.Pattern[str] | None:
    """The words glued after a country's name that make it its people (``nationals``)."""
    words = load(lang).section("attach").get("nationals") or []
    return re.compile(trie(words)) if words else None


def _most(keys: list[str]) -> str | None:
    """The key named most, the first named of those named as often; None for no key."""
    tally = Counter(keys)
    order = {k: i for i, k in reversed(list(enumerate(keys)))}
    return min(tally, key=lambda k: (-tally[k], order[k])) if tally else None


def _places(text: str, lang: str) -> list[_Place]:
    """The cities, regions and countries ``text`` names, a city over the region of the same
    name ("Istanbul" is a city and a province); no place glued to a hyphen ("Paris-based")
    and no bare code ("AM" after a time)."""
    cities = [
        _Place(s, e, zone.rsplit("/", 1)[-1].replace("_", " "), _zone_country(zone))
        for s, e, zone in _cities(text, lang)
    ]
    taken = [(p.start, p.end) for p in cities]
    named = [
        (s, e, code)
        for s, e, code in place_mentions(text, lang)
        if not (text[s:e].isupper() and e - s <= 3)
        and not any(s < end and start < e for start, end in taken)
    ]
    # a region only where its country is named too ("Para" alone is no Brazilian state)
    countries = {code for _, _, code in named if "-" not in code} | {p.country for p in cities}
    others = []
    for s, e, code in named:
        country = code.split("-")[0]
        if "-" not in code:
            others.append(_Place(s, e, country_name(code), country, is_country=True))
        elif country in countries:
            others.append(_Place(s, e, _region_name(code), country))
    found = sorted(
        (p for p in cities + others if text[p.end : p.end + 1] != "-"), key=lambda p: p.start
    )
    return _cities_of_countries(text, found)


_BESIDE = re.compile(r"[\s,・·、]{0,2}")  # between a city and its country named as one place


def _cities_of_countries(text: str, places: list[_Place]) -> list[_Place]:
    """The places with a country named right beside a city of its own left out: "Paris,
    France", "フランス・パリ" and "프랑스 파리" name the city."""
    out: list[_Place] = []
    for place in places:
        if out and _BESIDE.fullmatch(text, out[-1].end, place.start):
            prev = out[-1]
            if prev.is_country and not place.is_country and prev.country == place.country:
                out[-1] = place
                continue
            if place.is_country and not prev.is_country and prev.country == place.country:
                continue
        out.append(place)
    return out


_OPEN, _CLOSE = "(（【[「", ")）】]」"
_DATELINE_GAP = 4  # characters between a dateline's place and its date ("ISTANBUL, Jan 23")


# after a dateline's place in capitals opening its paragraph: a dash ("SANTIAGO — ...",
# "COPIAPÓ.– ...", "LİZBON – ...")
_DASHED = re.compile(r"[ \t.,]*[—–-]")


def _on_dateline(text: str, place: _Place, days: list[tuple[int, int]]) -> bool:
    """True for the place of a dateline, where the text was filed, not what it is about:
    one right before a day ("ISTANBUL, Jan 23 (Reuters)", "巴黎3月12日电"), one in capitals
    opening its paragraph before a dash ("SANTIAGO — "), or inside the brackets of an
    agency's byline ("【イスタンブール時事】", "(파리=연합뉴스)")."""
    line = text.rfind("\n", 0, place.start) + 1
    if (
        not text[line : place.start].strip()
        and text[place.start : place.end].isupper()
        and _DASHED.match(text, place.end)
    ):
        return True
    if any(
        0 <= start - place.end <= _DATELINE_GAP and not text[place.end : start].strip(" ,")
        for start, _ in days
    ):
        return True
    line = text.rfind("\n", 0, place.start) + 1
    lead = text[line : place.start]
    return any(lead.count(o) > lead.count(c) for o, c in zip(_OPEN, _CLOSE, strict=True))


@cache
def _region_name(code: str) -> str:
    """A top-level region's name (ISO 3166-2, as pycountry gives it), else its code."""
    import pycountry

    found = pycountry.subdivisions.get(code=code)
    return str(found.name) if found is not None else code


def _cities(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The cities of ``text`` with their zones; in a language that glues particles to its
    words ("파리에서는"), a city may carry one."""
    lex = load(lang)
    if not (lex.spaced and lex.glue):
        return city_mentions(text, lang)
    pattern, names = _glued_cities(lang)
    if pattern is None:
        return []
    found = ((m.start(), m.end(), names[m.group()]) for m in pattern.finditer(text))
    return [(start, end, zone) for start, end, zone in found if zone]


@cache
def _glued_cities(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    names = city_names(lang)
    if not names:
        return None, names
    glue = load(lang).glue
    return re.compile(rf"(?<![{glue}\w])(?:{trie(names)})"), names


def _zone_country(zone: str) -> str:
    return str(get_global("zone_territories").get(zone, ""))
