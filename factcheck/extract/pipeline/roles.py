"""Who the people a count counts are, and what happened to them: "three firefighters were
injured" counts the injured among firefighters, not the firefighters deployed, nor every
person injured.

A count of people may find two concepts in its clause: a word of who they are (its counted
noun: firefighters, passengers, residents) and a word of what happened to them (killed,
injured, evacuated). What happened decides the topic; who they are narrows it, so that the
injured among firefighters are compared with other counts of them and never with the whole
toll. A word of who they are that names them all ("residents") narrows nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from factcheck.extract.pipeline.concepts import Concept, ConceptHit
from factcheck.extract.recognizers.recognize import Mention
from factcheck.lang.lexicon import load

Found = tuple[float, Concept, ConceptHit]
Search = Callable[[Callable[[Concept], bool]], Found | None]

# what happened must be said this near the count: a score of 0.4 is some 45 characters,
# within the count's own clause ("were injured while fighting"), not a later one ("to fight
# the fire that killed 12")
_HAPPENED_NEAR = 0.4
# characters between a count and the noun of who it counts after it: a counter ("3名消防员",
# "3人の消防士")
_COUNTER_BETWEEN = 3


def narrowed(
    found: Found,
    m: Mention,
    text: str,
    lang: str,
    search: Search,
    of_part: bool = False,
    listed: bool = False,
) -> tuple[Found, Concept | None]:
    """The concept ``m`` of ``text`` in ``lang`` is about and, where it counts what happened
    to people of a kind named next to it, that kind: ``search(accept)`` is the best word of
    the clause among the concepts ``accept`` lets through. ``of_part``: ``m`` counts the
    things a part is counted of ("two of the 40 tourists"), to whom nothing happened whole;
    ``listed``: ``m`` is a part of a count before it ("12 died, including three
    firefighters"), to whom what happened to the whole happened, however far it is said."""
    concept = found[1]
    if m.kind != "count" or of_part:
        return found, None
    if concept.is_role:
        happened = search(lambda c: c.is_outcome)
        if happened is None or (happened[0] < _HAPPENED_NEAR and not listed):
            return found, None
        return happened, _narrowing(concept)
    if concept.is_outcome:
        who = search(lambda c: c.is_role)
        if who is None or not _next_to(who[2], m, text, lang):
            return found, None
        return found, _narrowing(who[1])
    return found, None


def _narrowing(role: Concept) -> Concept | None:
    """The role a count is narrowed to; None for one that names everyone."""
    return None if role.everyone else role


def _next_to(hit: ConceptHit, m: Mention, text: str, lang: str) -> bool:
    """Whether the word ``hit`` is the noun the figure counts: right before it ("소방관 3명",
    "消防隊員3人"), unless a particle makes it the clause's subject ("경찰은 12명이", "警察は12人"),
    or after it past a counter at most ("3名消防员")."""
    if hit.end <= m.start:
        between = text[hit.end : m.start]
        return not between.strip() and "\n" not in between and not hit.text.endswith(_subject(lang))
    between = text[m.end : hit.start]
    return len(between.strip()) <= _COUNTER_BETWEEN and "\n" not in between


@cache
def _subject(lang: str) -> tuple[str, ...]:
    """The particles of ``lang`` that, glued to a noun, make it a clause's subject or topic."""
    return tuple(str(p) for p in load(lang).section("attach").get("subject_particles") or [])
