"""Attach a recognized value to a catalog topic by the subject and property words around it."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from factcheck.extract.pipeline.catalog import Hit
from factcheck.extract.pipeline.sentences import Sentence, by_sentence

# how far a word may be from the value and still count (characters)
_SUBJECT_ALONE = 40
_COUNTED_NOUN = 30
_OTHER_SIDE = (3, 60)
_MIN_CONFIDENCE = 0.2
_TIE = 0.03
_NO_WORDS = "no catalog words of a fitting topic nearby"


@dataclass(frozen=True)
class Attachment:
    """The topic a value belongs to, how sure, and the words that said so."""

    topic: str | None
    confidence: float
    subject: Hit | None
    prop: Hit | None
    reason: str


@dataclass(frozen=True)
class Context:
    """The sentences of a text and the catalog hits of each."""

    sentences: list[Sentence]
    hits: list[list[Hit]]
    property_side: str
    starts: list[int] = field(default_factory=list)
    # where the noun a count counts stands: after it ("37 floors"), or before it too
    # ("사망자가 1,644명")
    counted_sides: tuple[str, ...] = ("after",)

    @classmethod
    def build(
        cls,
        sentences: list[Sentence],
        hits: list[Hit],
        property_side: str,
        counted_sides: tuple[str, ...] = ("after",),
    ) -> Context:
        """Group ``hits`` by sentence."""
        starts = [s.start for s in sentences]
        return cls(sentences, by_sentence(hits, sentences), property_side, starts, counted_sides)

    def index(self, position: int) -> int:
        """The index of the sentence holding ``position``."""
        return max(0, bisect_right(self.starts, position) - 1)


def gap(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, str]:
    """Characters between two spans and on which side of ``a`` the span ``b`` lies."""
    if b[1] <= a[0]:
        return a[0] - b[1], "before"
    if b[0] >= a[1]:
        return b[0] - a[1], "after"
    return 0, "inside"


def _closeness(distance: float, reach: float) -> float:
    return 1.0 / (1.0 + distance / reach)


def _best(hits: list[Hit], span: tuple[int, int], topic: str, side: str | None) -> tuple:
    best: tuple[float, Hit | None] = (float("inf"), None)
    for hit in hits:
        if topic not in hit.topics:
            continue
        distance, where = gap(span, (hit.start, hit.end))
        if where == "inside":
            continue
        if side and where != side:
            distance = distance * _OTHER_SIDE[0] + _OTHER_SIDE[1]
        if distance < best[0]:
            best = (distance, hit)
    return best


def attach(span: tuple[int, int], kind: str, topics: Mapping[str, str], ctx: Context) -> Attachment:
    """The topic of the ``kind`` value at ``span``; ``topics`` maps topic ids to value kinds."""
    at = ctx.index(span[0])
    if not ctx.sentences or not ctx.sentences[at].body:
        return Attachment(None, 0.0, None, None, "in a heading or boilerplate block")
    hits = ctx.hits[at]
    subjects = [h for h in hits if h.role == "subject"]
    props = [h for h in hits if h.role == "property"]
    borrowed = False
    if not subjects and at > 0 and ctx.sentences[at - 1].body:
        # no subject here: the sentence goes on about the previous one's ("it", "the team")
        subjects = [h for h in ctx.hits[at - 1] if h.role == "subject"]
        borrowed = True
    # a count is tied by a word of its sentence, any other value by a subject: most values
    # have none, and no topic is scored
    if not (hits if kind == "count" else subjects):
        return Attachment(None, 0.0, None, None, _NO_WORDS)
    if kind == "count":
        # a count is tied by the noun it counts, which follows it (or, in some languages,
        # may stand before it)
        near = [h for h in hits if 0 <= gap(span, (h.start, h.end))[0] <= _COUNTED_NOUN]
        near = [h for h in near if gap(span, (h.start, h.end))[1] in ctx.counted_sides]
        near_props = [h for h in near if h.role == "property"]
        near_subjects = [h for h in near if h.role == "subject"]
    scored: list[tuple[float, str, Hit | None, Hit | None]] = []
    for topic, topic_kind in sorted(topics.items()):
        if topic_kind != kind:
            continue
        if kind == "count":
            p_dist, p_hit = _best(near_props, span, topic, None)
            if p_hit is None:
                p_dist, p_hit = _best(near_subjects, span, topic, None)
            if p_hit is None:
                continue
        else:
            p_dist, p_hit = _best(props, span, topic, ctx.property_side)
        s_dist, s_hit = _best(subjects, span, topic, None)
        if borrowed and s_hit is not None:
            s_dist = 120.0
        p = _closeness(p_dist, 40) if p_hit else 0.0
        s = _closeness(s_dist, 60) if s_hit else 0.0
        if kind != "count" and s_hit is None:
            continue
        if p_hit is None and (borrowed or s_dist > _SUBJECT_ALONE):
            continue
        scored.append((round(0.7 * p + 0.3 * s, 2), topic, s_hit, p_hit))
    if not scored:
        return Attachment(None, 0.0, None, None, _NO_WORDS)
    scored.sort(key=lambda item: (-item[0], item[1]))
    confidence, topic, s_hit, p_hit = scored[0]
    if confidence < _MIN_CONFIDENCE:
        return Attachment(None, confidence, s_hit, p_hit, f"too weak a tie to {topic}")
    if len(scored) > 1 and scored[1][0] > confidence - _TIE:
        return Attachment(None, confidence, s_hit, p_hit, f"{topic} or {scored[1][1]}")
    return Attachment(topic, confidence, s_hit, p_hit, "attached")
