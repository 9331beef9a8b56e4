"""What a change is of: the thing whose rise or fall a figure is ("revenue rose 8 %",
"shares rose 3.1 %"), or a concept of its own that a change of a named thing is ("the
economy grew 1.2 %": economic growth)."""

from __future__ import annotations

import re

from factcheck.extract.pipeline.attach import gap
from factcheck.extract.pipeline.concepts import Concept, ConceptHit, concepts, hits_near
from factcheck.extract.pipeline.own_marks import fits
from factcheck.extract.recognizers.recognize import Mention

_CHANGE_OF_REACH = 40  # characters between a figure and the word naming what changed
_CHANGED_REACH = 80  # characters between a figure and the word naming what rose or fell
_IN_CLAUSE_BREAK = re.compile(r"[;:,—–，；：、]|\s-\s")  # brackets gloss a word: no break


def _in_clause(text: str, m: Mention, hit: ConceptHit) -> bool:
    """Whether no clause break stands between the figure ``m`` and the word ``hit``."""
    low, high = min(hit.end, m.end), max(hit.start, m.start)
    return _IN_CLAUSE_BREAK.search(text, low, high) is None


def change_of(
    m: Mention, text: str, hits: list[ConceptHit], found: tuple[float, Concept, ConceptHit]
) -> tuple[float, Concept, ConceptHit]:
    """The concept a change's size is of, where the clause names a thing whose change is a
    concept of its own ("the economy grew 1.2 %", "das BIP wuchs um 1,2 Prozent": economic
    growth); else ``found``, the rise or fall."""
    known = concepts()
    for hit in hits_near(hits, m, _CHANGE_OF_REACH):
        named = next((known[c] for c in hit.concepts if c in known and known[c].of_change), None)
        if named is None or not fits(named, m, None) or _names_a_change(hit, known):
            continue  # "sales growth of 12 %": a word naming a change names no changed thing
        distance = gap((m.start, m.end), (hit.start, hit.end))[0]
        if distance <= _CHANGE_OF_REACH and _in_clause(text, m, hit):
            return found[0], named, hit
    return found


def changed_thing(m: Mention, text: str, hits: list[ConceptHit]) -> Concept | None:
    """The thing whose rise or fall the figure ``m`` is, where a change of it is told apart
    (``split_changes``: revenue, profit, a share price), named nearest to it in its clause."""
    known = concepts()
    best: tuple[int, Concept] | None = None
    for hit in hits_near(hits, m, _CHANGED_REACH):
        thing = next(
            (known[c] for c in hit.concepts if c in known and known[c].split_changes), None
        )
        distance = gap((m.start, m.end), (hit.start, hit.end))[0]
        if thing is None or distance > _CHANGED_REACH or not _in_clause(text, m, hit):
            continue
        if best is None or distance < best[0]:
            best = (distance, thing)
    return best[1] if best else None


def _names_a_change(hit: ConceptHit, known: dict[str, Concept]) -> bool:
    return any(c in known and known[c].change for c in hit.concepts)
