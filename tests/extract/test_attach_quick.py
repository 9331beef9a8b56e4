"""A value with no word to tie it gets the attachment scoring every topic gives it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.pipeline import attach as attach_module
from factcheck.extract.pipeline.attach import Attachment, Context, attach, gap
from factcheck.extract.pipeline.catalog import Hit
from factcheck.extract.pipeline.sentences import Sentence

_TOPICS = {"a": "count", "b": "amount", "c": "count", "d": "percent"}


def _scored_over_every_topic(
    span: tuple[int, int], kind: str, topics: dict[str, str], ctx: Context
) -> Attachment:
    """The attachment as scoring every topic of the kind gives it, whatever words there are."""
    at = ctx.index(span[0])
    if not ctx.sentences or not ctx.sentences[at].body:
        return Attachment(None, 0.0, None, None, "in a heading or boilerplate block")
    hits = ctx.hits[at]
    subjects = [h for h in hits if h.role == "subject"]
    props = [h for h in hits if h.role == "property"]
    borrowed = False
    if not subjects and at > 0 and ctx.sentences[at - 1].body:
        subjects = [h for h in ctx.hits[at - 1] if h.role == "subject"]
        borrowed = True
    best = attach_module._best
    scored: list[tuple[float, str, Hit | None, Hit | None]] = []
    for topic, topic_kind in sorted(topics.items()):
        if topic_kind != kind:
            continue
        if kind == "count":
            near = [h for h in hits if 0 <= gap(span, (h.start, h.end))[0] <= 30]
            near = [h for h in near if gap(span, (h.start, h.end))[1] in ctx.counted_sides]
            p_dist, p_hit = best([h for h in near if h.role == "property"], span, topic, None)
            if p_hit is None:
                p_dist, p_hit = best([h for h in near if h.role == "subject"], span, topic, None)
            if p_hit is None:
                continue
        else:
            p_dist, p_hit = best(props, span, topic, ctx.property_side)
        s_dist, s_hit = best(subjects, span, topic, None)
        if borrowed and s_hit is not None:
            s_dist = 120.0
        p = 1.0 / (1.0 + p_dist / 40) if p_hit else 0.0
        s = 1.0 / (1.0 + s_dist / 60) if s_hit else 0.0
        if kind != "count" and s_hit is None:
            continue
        if p_hit is None and (borrowed or s_dist > 40):
            continue
        scored.append((round(0.7 * p + 0.3 * s, 2), topic, s_hit, p_hit))
    if not scored:
        return Attachment(None, 0.0, None, None, "no catalog words of a fitting topic nearby")
    scored.sort(key=lambda item: (-item[0], item[1]))
    confidence, topic, s_hit, p_hit = scored[0]
    if confidence < 0.2:
        return Attachment(None, confidence, s_hit, p_hit, f"too weak a tie to {topic}")
    if len(scored) > 1 and scored[1][0] > confidence - 0.03:
        return Attachment(None, confidence, s_hit, p_hit, f"{topic} or {scored[1][1]}")
    return Attachment(topic, confidence, s_hit, p_hit, "attached")


_HIT = st.builds(
    lambda start, length, role, topics: Hit(start, start + length, "w", role, frozenset(topics)),
    st.integers(0, 190),
    st.integers(1, 12),
    st.sampled_from(["subject", "property"]),
    st.sets(st.sampled_from(sorted(_TOPICS)), min_size=1),
)


@settings(max_examples=300, deadline=None)
@given(
    hits=st.lists(_HIT, max_size=5),
    bodies=st.tuples(st.booleans(), st.booleans()),
    start=st.integers(0, 195),
    kind=st.sampled_from(["count", "amount", "percent", "date"]),
    side=st.sampled_from(["before", "after"]),
)
def test_the_attachment_is_the_one_scoring_every_topic_gives(
    hits: list[Hit], bodies: tuple[bool, bool], start: int, kind: str, side: str
) -> None:
    sentences = [Sentence(0, 100, bodies[0]), Sentence(100, 200, bodies[1])]
    ctx = Context.build(sentences, sorted(hits, key=lambda h: h.start), side, ("after",))
    span = (start, start + 3)
    assert attach(span, kind, _TOPICS, ctx) == _scored_over_every_topic(span, kind, _TOPICS, ctx)
