"""Topic discovery for one article: the concept each figure is about, with a confidence.

A figure gets the concept whose words stand nearest to it in its sentence, before or after
it (a counted noun must stand right next to it: "34 floors", "Injured: 12"); failing words,
its kind or unit says it (a magnitude, a time of day, a share); failing that, the noun it
counts. Only a figure with none of these stays a candidate for the editor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from factcheck.extract.pipeline.attach import gap
from factcheck.extract.pipeline.changed_things import change_of, changed_thing
from factcheck.extract.pipeline.concepts import (
    Concept,
    ConceptHit,
    concepts,
    facet_labels,
    hits_near,
)
from factcheck.extract.pipeline.counted import (
    among_them,
    counts_anyone,
    counts_own_noun,
    counts_people,
    is_noun,
    not_counted,
    part_of,
    past_own_noun,
    whole_of_part,
)
from factcheck.extract.pipeline.cues import (
    CLAUSE_BREAK,
    NO_CUES,
    Cues,
    change_target,
    changed_by,
    compared_with,
    not_when_said,
)
from factcheck.extract.pipeline.discovered import Discovered, by_noun, slug
from factcheck.extract.pipeline.event_days import day_of_event
from factcheck.extract.pipeline.facet_words import facet_of
from factcheck.extract.pipeline.own_marks import (
    ERA,
    by_counter,
    by_own_mark,
    fits,
    is_identifier,
    like_a_year,
)
from factcheck.extract.pipeline.parts import told_apart
from factcheck.extract.pipeline.reference import Reference, reference
from factcheck.extract.pipeline.roles import narrowed
from factcheck.extract.pipeline.unit_dimensions import unit_dimension
from factcheck.extract.pipeline.wholes import is_whole
from factcheck.extract.recognizers.recognize import Mention
from factcheck.values.text import match_key

_NOUN_REACH = 24  # characters between a figure and the noun it counts
_WORD_REACH = 110  # characters between a figure and a concept word of its sentence
_CLOSE = 30.0
_OTHER_SIDE = (1.5, 10)  # a word on the side a language's verbs do not stand on counts as further


# between a counted noun and a later figure that leaves it out: a word at most, then a comma
_ELIDED = re.compile(r"\s*(?:[^\W\d_]+\s*)?,\s*")
_ELIDED_COST = 10
_ACROSS_CLAUSES = 40  # a word in another clause counts as this many characters further
_GENERIC = 0.5  # what a concept that only names a kind of figure weighs against another


def _distance(text: str, a: tuple[int, int], b: tuple[int, int]) -> tuple[int, str]:
    """Characters between two spans, more when a clause break stands between them."""
    distance, side = gap(a, b)
    between = text[b[1] : a[0]] if side == "before" else text[a[1] : b[0]]
    if side == "before" and between.strip() == ":":  # a label: "Injured: 12"
        return distance, side
    if side != "inside" and CLAUSE_BREAK.search(between):
        distance += _ACROSS_CLAUSES
    return distance, side


def _dimension(m: Mention, lang: str) -> str | None:
    unit = m.value.get("unit")
    if m.kind != "quantity" or not unit:
        return None
    return unit_dimension(str(unit), lang)


def _unit_names(concept: Concept | None, dimension: str | None) -> bool:
    """Whether a word of ``concept`` inside a figure of ``dimension`` is its unit and names it
    ("a 7.7-magnitude quake", "マグニチュード7.7"); any other word inside a figure is part of
    the figure, not what it is about."""
    return concept is not None and concept.unit_names and concept.dimension == dimension


def _topic_id(concept: Concept, kind: str) -> str:
    return concept.id if kind == concept.kinds[0] else f"{concept.id}.{kind}"


def _from_words(
    m: Mention,
    text: str,
    hits: list[ConceptHit],
    dimension: str | None,
    cues: Cues,
    own_noun: frozenset[str] | None = None,
    people: bool | None = None,
    part: int | None = None,
    accept: Callable[[Concept], bool] | None = None,
    as_verbs: bool = False,
) -> tuple[float, Concept, ConceptHit] | None:
    """The nearest concept word fitting ``m``, with its score; ``own_noun``: the words that
    are no counted noun (see
    ``_counts_own_noun``) when ``m`` counts a noun of its own; ``people``: ``m`` counts
    people, so only a concept of people fits it (False: things, so none does); ``part``:
    where the words naming the things ``m`` counts a part of begin ("two of the suspects");
    ``accept``: which concepts may be found (None: all); ``as_verbs``: a word of a concept
    of counted things may stand as far as a verb, for what happened to things another word
    names ("firefighters ... were injured")."""
    known = concepts()
    best: tuple[float, Concept, ConceptHit] | None = None
    # "the homes damaged in the region are 1,591": the counted noun is the clause's subject
    copula, joined = cues.copula, cues.joined
    predicate = copula is not None and copula.search(text, max(0, m.start - 24), m.start)
    near = hits_near(hits, m, _WORD_REACH)
    noun_span = m.extra.get("noun_span")
    counted_at = noun_span[0] if noun_span else -1
    # the noun of the things a part is counted of names the whole, not the figure
    whole = None
    if part is not None:
        nouns = (h for h in near if h.start >= part and any(is_noun(c) for c in h.concepts))
        whole = next(nouns, None)
    for hit in near:
        if gap((m.start, m.end), (hit.start, hit.end))[0] > _WORD_REACH:
            continue  # too far whatever it names: no need to look for clause breaks
        distance, side = _distance(text, (m.start, m.end), (hit.start, hit.end))
        if side == "inside" and not any(_unit_names(known.get(c), dimension) for c in hit.concepts):
            continue
        elided = side == "before" and _ELIDED.fullmatch(text, hit.end, m.start) is not None
        if own_noun is not None and side == "before" and not elided and not as_verbs:
            hit = past_own_noun(text, hit, m, own_noun)
        # "seven died and 45 were injured": a verb before the 'and' is the other clause's
        conjoined = (
            side == "before" and joined is not None and joined.search(text, hit.end, m.start)
        )
        for name in hit.concepts:
            concept = known.get(name)
            if concept is None or not fits(concept, m, dimension):
                continue
            if side == "inside" and not _unit_names(concept, dimension):
                continue
            if accept is not None and not accept(concept):
                continue
            if concept.change and change_target(text, m, cues):
                continue  # "rose to 6.1 %": the level it went to, not the rise
            if concept.change and not _change_of_measure(text, m, concept, hit, dimension, cues):
                continue
            if (people is not None and people != concept.people) or hit is whole:
                continue
            if concept.by_source and not_when_said(text, m, hit, side, cues.reported):
                continue
            reach = _NOUN_REACH if concept.noun and not as_verbs else _WORD_REACH
            if predicate and side == "before" and not CLAUSE_BREAK.search(text, hit.end, m.start):
                reach = _WORD_REACH
            far = float(distance)
            if concept.noun and elided:
                # "of the nine objects stolen, eight remain": the noun the figure leaves out
                far = float(m.start - hit.end) + _ELIDED_COST
            elif distance > reach:
                continue
            if not concept.noun and side != cues.verb_side:
                # the verb saying what a figure is usually stands on one side in a language
                far = far * _OTHER_SIDE[0] + _OTHER_SIDE[1]
            if conjoined:
                far += _ACROSS_CLAUSES
            if concept.change and m.kind == "quantity" and concept.dimension is None:
                far = 0.0  # "um 2 Grad gestiegen": beside its measure, the change names it
            score = 1.0 / (1.0 + far / _CLOSE)
            # "12 dead, 40 injured": the noun follows; "in 14 countries": the counted noun
            if (concept.noun or hit.start == counted_at) and side == "after" and not as_verbs:
                score *= 1.25
            if concept.generic:
                score *= _GENERIC
            score = round(score, 3)
            if best is None or score > best[0] or (score == best[0] and _before(concept, best[1])):
                best = (score, concept, hit)
    return best


def _before(concept: Concept, other: Concept) -> bool:
    """Which of two concepts a word naming both gives a figure: the size of a change where
    the figure is one ("growth of 3 %" is a rise; "growth slowed to 1.2 %", a level, is not),
    else the first by id."""
    return (not concept.change, concept.id) < (not other.change, other.id)


def _change_of_measure(
    text: str, m: Mention, concept: Concept, hit: ConceptHit, dimension: str | None, cues: Cues
) -> bool:
    """Whether the change ``concept`` may name ``m``: any figure but a measure, and a measure
    when the concept has a dimension of its own (points of a rate); another measure only
    when it is what the change went by, right beside the word ("rose by 2 °C"), and of a
    dimension whose own concept is no change already."""
    if m.kind != "quantity" or concept.dimension is not None:
        return True
    own = _by_kind(m, dimension)
    return own is not None and not own.change and changed_by(text, m, (hit.start, hit.end), cues)


def _by_kind(m: Mention, dimension: str | None) -> Concept | None:
    """The concept a figure's kind or unit gives when no word does."""
    defaults = {"time": "event_time", "duration": "duration", "percent": "share", "amount": "value"}
    known = concepts()
    if m.kind in defaults:
        return known[defaults[m.kind]]
    if m.kind == "quantity" and dimension:
        return next((c for c in known.values() if c.dimension == dimension), None)
    if m.kind == "set":
        return known["countries"]
    if m.kind == "date" and "min" in m.value:  # a span no word names: the time it dates from
        return known[ERA]
    return None


_DISTANCE, _LENGTH = "distance", "[length]"  # the concept and dimension of a distance
_MEASURED_FROM = 0.6  # a length said only to be measured from somewhere ("10 miles from X")
_FROM_WORD_COST = 10  # characters: a word like "from" says less than a concept word as near


def _measured_from(
    found: Reference, named: tuple[float, Concept, ConceptHit] | None
) -> tuple[float, Concept, ConceptHit] | None:
    """A length a word says is measured from a place is a distance, unless a concept word
    nearer to it names it (``named``).

    Such words ("from", "de", "から") are too common to name a concept on their own: one that
    names no place ("a 10 km de profundidad") only says a distance when no concept word
    names the length; one that names its place ("a 17 km de Mandalay") weighs as a concept
    word a little further away.
    """
    if found.place is None:
        if named is not None:
            return named
        score = _MEASURED_FROM
    else:
        score = round(1.0 / (1.0 + (found.gap + _FROM_WORD_COST) / _CLOSE), 3)
        if named is not None and named[0] >= score:
            return named
    start, end = found.span
    return score, concepts()[_DISTANCE], ConceptHit(start, end, found.word, (_DISTANCE,))


def discover(
    m: Mention,
    text: str,
    lang: str,
    hits: list[ConceptHit],
    facets: list[ConceptHit] | None = None,
    cues: Cues | None = None,
    counts_noun: bool = False,
) -> Discovered | None:
    """The topic of the figure ``m`` of ``text`` in ``lang`` (see :func:`_discover`), in a
    topic of its own where it is a part's (see ``parts``) or told as what may come ("could
    exceed 10,000")."""
    found = _discover(m, text, lang, hits, facets, cues, counts_noun)
    return told_apart(found, text, lang, m) if found is not None else None


def _discover(
    m: Mention,
    text: str,
    lang: str,
    hits: list[ConceptHit],
    facets: list[ConceptHit] | None = None,
    cues: Cues | None = None,
    counts_noun: bool = False,
) -> Discovered | None:
    """The topic of the figure ``m`` of ``text`` in ``lang`` from the concept words of its
    sentence (``hits``, and ``facets`` for what happened to counted things), read with the
    language's ``cues``; None when nothing says it. ``counts_noun``: ``m`` is a count
    of the noun after it, in a language that puts counted nouns after figures (in one that
    may put it before, "사망자 1,644명", a noun there names the figure whatever follows it)."""
    if m.kind in ("count", "amount", "quantity") and (is_identifier(text, m) or like_a_year(m)):
        return None
    if m.pattern == "age":  # whose age it is, no topic can tell: an editor places it
        return None
    cues = cues or NO_CUES
    if m.kind == "date" and compared_with(text, m, cues.compared):
        return None
    dimension = _dimension(m, lang)
    own_noun = counts_own_noun(m, lang) if counts_noun else None
    people = counts_people(m, lang) if m.kind == "count" else None
    part = part_of(text, lang, m) if m.kind == "count" else None
    if part is not None and own_noun is None:
        # "police found 12 of the paintings": the figure counts (some of) its own noun
        own_noun = not_counted(lang)[0]
    found = by_counter(m, lang) or _from_words(
        m, text, hits, dimension, cues, own_noun, people, part
    )
    measured = reference(text, lang, m.start, m.end) if dimension == _LENGTH else None
    if measured is not None:
        found = _measured_from(measured, found)
    if found is None:  # "10時33分" (a time of day), "1,846채" (houses)
        found = by_own_mark(m, lang)
    changed: Concept | None = None  # what a change's size is of, where that splits it
    if found is not None and found[1].change:
        found = change_of(m, text, hits, found)
        if found[1].change:
            changed = changed_thing(m, text, hits)
    if found is not None:
        found, among = narrowed(
            found,
            m,
            text,
            lang,
            lambda accept: _from_words(
                m, text, hits, dimension, cues, own_noun, people, part, accept, as_verbs=True
            ),
            m.kind == "count" and whole_of_part(text, lang, m),
            m.kind == "count" and among_them(text, lang, m),
        )
        score, concept, hit = found
        topic, label = _topic_id(concept, m.kind), concept.label
        measured_change = None
        if concept.change and m.kind == "quantity" and concept.dimension is None:
            measured_change = _by_kind(m, dimension)
        if measured_change is not None:
            # a rise of 2 °C and one of 20 cm: changes of different measures
            topic, label = f"{topic}.{measured_change.id}", f"{label}: {measured_change.label}"
        if among is not None:
            topic, label = f"{topic}.{among.id}", f"{label}: among {among.among}"
        if changed is not None and concept.change:
            # "revenue rose 8 %", "operating profit rose 28 %": two rises, not one
            topic, label = f"{topic}.{changed.id}", f"{label} of {changed.label.lower()}"
        facet = facet_of(m, text, lang, facets or []) if concept.facets else None
        if facet is not None:
            topic, label = f"{topic}.{facet}", f"{label}, {facet_labels()[facet]}"
        if concept.id == _DISTANCE and measured is not None and measured.place:
            # 10 km from one town and 10 km from another are different figures
            topic = f"{topic}.from-{slug(match_key(measured.place))}"
            label = f"{label} from {measured.place}"
        return Discovered(
            topic,
            concept.id,
            m.kind,
            label,
            min(1.0, score),
            " ".join(hit.text.split()),
            concept.evolving,
            is_whole(text, lang, m.start, m.end),
        )
    day = day_of_event(m, hits, text)
    if day is not None:
        return day
    fallback = _by_kind(m, dimension)
    if fallback is not None:
        # a topic of its own: figures no word names are not checked against those words name
        return Discovered(
            f"unnamed.{_topic_id(fallback, m.kind)}",
            fallback.id,
            m.kind,
            f"{fallback.label} (no word names it)",
            0.3,
            "",
            fallback.evolving,
        )
    counted = by_noun(m)
    if counted is not None and counts_anyone(m, lang):
        # "12 people", "12人": people of any sort, whose counts are not checked against
        # each other until an editor names them
        label = f"{counted.label} (no word names who)"
        counted = replace(counted, topic=f"unnamed.{counted.topic}", label=label, evidence="")
    if counted is not None and is_whole(text, lang, m.start, m.end):
        counted = replace(counted, whole=True)
    return counted
