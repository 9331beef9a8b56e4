"""What happened to the things a figure counts ("destroyed", "damaged", "stolen"), from the
facet word said nearest to it in its clause."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.pipeline.attach import gap
from factcheck.extract.pipeline.concepts import ConceptHit, hits_near
from factcheck.extract.pipeline.cues import CLAUSE_BREAK
from factcheck.extract.recognizers.recognize import Mention
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load

_FACET_REACH = 60  # characters between a figure and the word saying what happened to it
_ACROSS_CLAUSES = 40  # a word in another clause counts as this many characters further


@cache
def _clause_end(lang: str) -> re.Pattern[str] | None:
    """The endings of ``lang`` that close a verb's clause and join the next one to it
    (attach.yaml ``clause_endings``: '무너졌고', '파손됐으며')."""
    words = [str(w) for w in load(lang).section("attach").get("clause_endings") or []]
    return re.compile(rf"[^\W\d_](?:{alternation(words)})\Z") if words else None


@cache
def _list_joins(lang: str) -> re.Pattern[str] | None:
    """The words and marks of ``lang`` that part the items of a list (attach.yaml
    ``list_joins``: 、, と, 和)."""
    words = [str(w) for w in load(lang).section("attach").get("list_joins") or []]
    return re.compile(alternation(words)) if words and not load(lang).spaced else None


def facet_of(m: Mention, text: str, lang: str, facets: list[ConceptHit]) -> str | None:
    """What happened to the things ``m`` counts, said nearest to it, if anything: a word in
    another clause or list item (past a comma, past "、" in a language written without
    spaces, or a verb before the figure whose ending closes its clause: "213채가 무너졌고
    1846채가 파손됐다") counts as further."""
    ending, joins = _clause_end(lang), _list_joins(lang)
    best: tuple[int, str] | None = None
    for hit in hits_near(facets, m, _FACET_REACH):
        distance, side = gap((m.start, m.end), (hit.start, hit.end))
        if side == "inside":
            continue
        between = text[hit.end : m.start] if side == "before" else text[m.end : hit.start]
        closed = side == "before" and ending is not None and ending.search(hit.text) is not None
        listed = joins is not None and joins.search(between) is not None
        if CLAUSE_BREAK.search(between) or closed or listed:
            distance += _ACROSS_CLAUSES
        if distance <= _FACET_REACH and (best is None or distance < best[0]):
            best = (distance, hit.concepts[0])
    return best[1] if best else None
