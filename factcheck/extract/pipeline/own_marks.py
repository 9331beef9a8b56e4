"""The concept a figure names inside itself: a counter glued to a count ("30층", "8点"), an
hour word inside a time ("10時33分"); whether a concept fits a figure at all; and whether the
figure is part of a code or a name ("A320-200"), no figure of anything."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck.extract.pipeline.concepts import Concept, ConceptHit, concept_matcher, concepts
from factcheck.extract.recognizers.recognize import Mention
from factcheck.lang.lexicon import load
from factcheck.values.figures import SCALE_FACTORS

_EVENT_TIME = "event_time"


def fits(concept: Concept, m: Mention, dimension: str | None) -> bool:
    """Whether ``concept`` may be what ``m`` is about: its kind, and its unit's dimension
    (``dimension``) and unit where the concept has them; a span of years long enough to be
    an era only for the era; a count beyond the most the concept can count ("10,000"
    countries) for none."""
    if m.kind not in concept.kinds:
        return False
    if m.kind == "count" and concept.most is not None and _largest(m.value) > concept.most:
        return False
    if m.kind == "date" and _years(m.value) >= _ERA_YEARS and concept.id != ERA:
        return False  # "the 18th century", "the 1990s": the time something dates from
    if m.kind == "date" and concept.no_days and _names_day(m.value):
        return False
    if concept.units and m.value.get("unit") not in concept.units:
        return False
    return concept.dimension is None or concept.dimension == dimension


ERA, _ERA_YEARS = "era", 10  # a span of this many years or more is an era, no day of events


def _largest(value: dict[str, object]) -> float:
    """The largest figure a count's value gives, its scale word counted ("10K" is ten
    thousand, no ten); 0 where it gives none."""
    figures = [value.get(k) for k in ("count", "max", "min")]
    scale = SCALE_FACTORS.get(str(value.get("scale")), 1)
    try:
        return max((float(str(f)) * scale for f in figures if f is not None), default=0.0)
    except ValueError:
        return 0.0


def _names_day(value: dict[str, object]) -> bool:
    """True for a date that names a day or a weekday ("yesterday" counted in days too)."""
    day, ago = value.get("date"), value.get("ago")
    counted = isinstance(ago, str) and ago.endswith("D")
    return "weekday" in value or counted or (isinstance(day, str) and len(day) == 10)


def _years(value: dict[str, object]) -> int:
    """How many years a date span covers (0 for a date that is no span)."""
    low, high = str(value.get("min") or ""), str(value.get("max") or "")
    if not (low[:4].isdigit() and high[:4].isdigit()):
        return 0
    return int(high[:4]) - int(low[:4]) + 1


def by_counter(m: Mention, lang: str) -> tuple[float, Concept, ConceptHit] | None:
    """The concept a counter glued to a count names ("30층", floors; "8점", items): a word of
    its own, though no word begins where it stands."""
    span = m.extra.get("noun_span")
    if m.kind != "count" or not span or span[0] != m.end or not m.extra.get("noun"):
        return None
    known = concepts()
    counter = str(m.extra["noun"])
    for name in _counter_concepts(lang, counter):
        concept = known.get(name)
        if concept is not None and concept.noun and fits(concept, m, None):
            return 1.0, concept, ConceptHit(span[0], span[1], counter, (name,))
    return None


_COUNTED_THING = 0.6  # a counter that names a kind of thing, no word of the clause naming it


def by_thing_counter(m: Mention, lang: str) -> tuple[float, Concept, ConceptHit] | None:
    """The concept a counter of one kind of thing names when no word of the clause does
    ("1,846채" houses, "231栋" buildings: nouns.yaml ``counters``): a noun of the thing
    counted, so that every language's counter of it gives the figure one topic."""
    span = m.extra.get("noun_span")
    counter = str(m.extra.get("noun") or "")
    if m.kind != "count" or not span or span[0] != m.end or not counter:
        return None
    name = _thing_counters(lang).get(counter.lower())
    concept = concepts().get(name) if name else None
    if concept is None or not concept.noun or not fits(concept, m, None):
        return None
    return _COUNTED_THING, concept, ConceptHit(span[0], span[1], counter, (concept.id,))


@cache
def _thing_counters(lang: str) -> dict[str, str]:
    """Each counter of ``lang`` that counts one kind of thing, with that thing's concept."""
    data = load(lang).section("nouns").get("counters") or {}
    return {str(w).lower(): str(name) for name, words in data.items() for w in words or []}


@lru_cache(maxsize=4096)
def _counter_concepts(lang: str, counter: str) -> tuple[str, ...]:
    """The concepts a counter is a word of, when it is one word of the vocabulary whole."""
    for hit in concept_matcher(lang).hits(counter):
        if hit.start == 0 and hit.end == len(counter):
            return tuple(sorted(hit.concepts))
    return ()


@cache
def _clock_words(lang: str) -> tuple[str, ...]:
    """The words of ``lang`` for "o'clock" that a time of day carries inside its figure."""
    return tuple(str(w) for w in load(lang).section("attach").get("clock_words") or [])


_CLOCK_WORD = 0.5  # a time told as the hour of something, no word saying of what


def by_own_mark(m: Mention, lang: str) -> tuple[float, Concept, ConceptHit] | None:
    """The concept a figure's own mark names when no word of its clause names one: the hour
    word inside a time of day, or a counter of one kind of thing glued to a count."""
    return by_clock_word(m, lang) if m.kind == "time" else by_thing_counter(m, lang)


def by_clock_word(m: Mention, lang: str) -> tuple[float, Concept, ConceptHit] | None:
    """A time written with the hour word inside it ("10시 33분", "10時33分"): a time of day
    the text tells of, as "Uhr", "heure" or "hora" next to a time say in other languages;
    a time stamp is written in digits ("22:41")."""
    word = next((w for w in _clock_words(lang) if w in m.text), None)
    if word is None:
        return None
    at = m.start + m.text.index(word)
    hit = ConceptHit(at, at + len(word), word, (_EVENT_TIME,))
    return _CLOCK_WORD, concepts()[_EVENT_TIME], hit


_YEARS = (1800, 2100)  # the years a bare four-digit figure may be


def like_a_year(m: Mention) -> bool:
    """True for a bare count of four digits in the years' range, counting no noun ("seit der
    Gründung 2019", "in der ersten Jahreshälfte 2027"): a year the date grammar did not read
    as one, no number of anything."""
    if m.kind != "count" or m.extra.get("noun") or not re.fullmatch(r"\d{4}", m.text.strip()):
        return False
    return _YEARS[0] <= int(m.text) <= _YEARS[1]


# a code's letters and digits run straight into the figure; a particle glued between a name
# and a figure ("Xが31議席", "X获得31席") makes it no code
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9-]*$")


def is_identifier(text: str, m: Mention) -> bool:
    """True for a figure glued into a code or name: "A320-200", "LH400", "COVID-19"; not for
    a count joined to the noun it counts ("a 30-storey tower")."""
    before = text[max(0, m.start - 12) : m.start]
    after = text[m.end : m.end + 2]
    glued_before = bool(before) and (before[-1].isalpha() or before.endswith("-"))
    noun = m.extra.get("noun_span")
    joined = m.kind == "count" and noun is not None and noun[0] == m.end + 1
    glued_after = after[:1] == "-" and after[1:2].isalnum() and not joined
    return (glued_before and bool(_IDENTIFIER.search(before.rstrip("-")))) or glued_after
