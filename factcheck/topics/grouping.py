"""Group claims into topics: explicit id, then catalog aliases, then rapidfuzz, then clustering.

Grouping is near-linear in the claims: claims with the same kind, subject and property share
one lookup, and a key is only scored against topics of its own kind, by batch scoring within
that block (see :class:`factcheck.topics.blocks.Block`).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import islice
from operator import attrgetter, le

from factcheck.models.case import CaseSpec, GroupingSettings, TopicSpec
from factcheck.normalize.claims import ClaimRef, NormalizedClaim, claim_order
from factcheck.topics.batch import near_choices, near_subjects
from factcheck.topics.blocks import Blocks, Candidate
from factcheck.topics.similarity import canonical_property, match_key
from factcheck.values.calendar import Period


@dataclass(frozen=True)
class TopicInfo:
    """A topic, from the catalog or made up from clustered claims."""

    id: str
    kind: str
    label: str
    catalogued: bool
    count_of: str | None = None
    evolving: bool = False
    proposed: bool = False  # found by extract, not confirmed: a source may name two things in it
    by_kind: bool = False  # proposed from the kind of value alone: not checked until confirmed

    @property
    def checked(self) -> bool:
        """False for a proposed topic no word named: its figures may be different things."""
        return not (self.proposed and self.by_kind)


@dataclass(frozen=True)
class Assignment:
    """How a claim found its topic, with the score kept for the explanation."""

    topic: str
    score: float
    method: str  # explicit | alias | fuzzy | cluster
    suggestion: tuple[str, float] | None = None


@dataclass(frozen=True)
class TopicRow:
    """The unit of comparison: one topic, for one scope, over one period."""

    id: str
    topic: TopicInfo
    period: Period | None
    claims: tuple[NormalizedClaim, ...]
    scope: str | None = None


@dataclass(frozen=True)
class Grouping:
    """Topics, each claim's assignment, and the rows to compare."""

    topics: dict[str, TopicInfo]
    assignments: dict[ClaimRef, Assignment]
    rows: tuple[TopicRow, ...]


def _candidate(spec: TopicSpec) -> Candidate:
    return Candidate(
        spec.id,
        spec.kind,
        tuple(sorted({match_key(s) for s in spec.subjects})),
        tuple(sorted({canonical_property(p) for p in spec.properties})),
    )


# From this many distinct subjects of one kind on, they are scored all at once (rapidfuzz's
# cdist, in C, no Python call per pair) instead of one by one.
BATCH_FROM = 300


def _slug(text: str) -> str:
    return _key_slug(match_key(text))


def _key_slug(key: str) -> str:
    """The slug of a match key, which is folded again only when it is not plain ASCII.

    An ASCII match key is its own match key; a few other characters fold in two steps.
    """
    if not key.isascii():
        key = match_key(key)
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "x"


def group_claims(claims: list[NormalizedClaim], spec: CaseSpec) -> Grouping:
    """Assign every claim a topic and split topics into rows by period (pure, deterministic)."""
    settings = spec.grouping
    catalog = tuple(_candidate(t) for t in spec.topics)
    topics = {
        t.id: TopicInfo(
            t.id, t.kind, t.label or t.id, True, t.count_of, t.evolving, t.proposed, t.by_kind
        )
        for t in spec.topics
    }
    claim_keys = _claim_keys(claims)
    _match = _cached_lookup(catalog, settings, claim_keys)
    # every claim with one key shares that key's assignment: worked out once per distinct key
    by_key: dict[tuple[str, str, str] | None, Assignment] = {}
    # the first claim of each key, for a new topic's label (read in C, backwards)
    first = dict(zip(reversed(claim_keys), reversed(claims), strict=True))
    unmatched: dict[tuple[str, str, str], NormalizedClaim] = {}
    suggestions: dict[tuple[str, str, str], tuple[str, float]] = {}
    for key, item in first.items():
        if key is None:
            continue
        found, score, method = _match(key)
        if found is not None and score >= settings.auto:
            by_key[key] = Assignment(found, score, method)
            continue
        unmatched[key] = item
        if found is not None and score >= settings.suggest:
            suggestions[key] = (found, score)
    by_key.update(_cluster(unmatched, suggestions, settings, topics).items())
    if None in first:  # claims naming their topic
        explicit: dict[str, Assignment] = {}
        assigned = [
            by_key[key] if key is not None else _explicit(explicit, item.claim.topic)
            for item, key in zip(claims, claim_keys, strict=True)
        ]
    else:
        assigned = list(map(by_key.__getitem__, claim_keys))
    assignments = dict(zip(map(_ref, claims), assigned, strict=True))
    return Grouping(topics, assignments, _rows(claims, topics, assigned))


_ref = attrgetter("ref")
_claim = attrgetter("claim")


def _explicit(shared: dict[str, Assignment], topic: str | None) -> Assignment:
    """The assignment of a claim naming its topic, one per topic."""
    assert topic is not None  # only a claim naming its topic has no key
    found = shared.get(topic)
    if found is None:
        found = shared[topic] = Assignment(topic, 100.0, "explicit")
    return found


def _claim_keys(claims: list[NormalizedClaim]) -> list[tuple[str, str, str] | None]:
    """Each claim's (kind, subject, property) match key; None for a claim naming its topic."""
    # sources that state a claim word for word share it (see models.shared): its fields are
    # read once per distinct claim, and each claim's key is found by the claim's id, in C
    stated = list(map(_claim, claims))
    ids = list(map(id, stated))
    distinct = dict(zip(ids, stated, strict=True))
    keys: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    subject_keys: dict[str, str] = {}  # many keys share a subject or a property
    property_keys: dict[str, str] = {}
    by_claim: dict[int, tuple[str, str, str] | None] = {}
    for number, claim in distinct.items():
        if claim.topic is not None:
            by_claim[number] = None
            continue
        words = (claim.value.kind, claim.subject, claim.property)
        key = keys.get(words)
        if key is None:
            subject = subject_keys.get(claim.subject)
            if subject is None:
                subject = subject_keys[claim.subject] = match_key(claim.subject)
            prop = property_keys.get(claim.property)
            if prop is None:
                prop = property_keys[claim.property] = canonical_property(claim.property)
            key = keys[words] = (claim.value.kind, subject, prop)
        by_claim[number] = key
    return list(map(by_claim.__getitem__, ids))


def _cached_lookup(
    catalog: tuple[Candidate, ...],
    settings: GroupingSettings,
    keys: list[tuple[str, str, str] | None],
) -> Callable[[tuple[str, str, str]], tuple[str | None, float, str]]:
    """Catalog matching per distinct key: exact aliases first, then the best fuzzy score.

    When one kind has many distinct subjects (``keys`` are all that will be looked up), they
    are scored against the catalog's subjects of that kind all at once.
    """
    aliases: dict[tuple[str, str, str], str] = {}
    blocks = Blocks()
    for candidate in catalog:
        for subject in candidate.subjects:
            for prop in candidate.properties:
                aliases.setdefault((candidate.kind, subject, prop), candidate.topic)
        blocks.add(candidate)
    by_kind: dict[str, dict[str, None]] = {}
    for key in keys:
        if key is not None and key not in aliases and key[0] in blocks.blocks:
            by_kind.setdefault(key[0], {})[key[1]] = None
    for kind, subjects in by_kind.items():
        if len(subjects) >= BATCH_FROM and settings.suggest > 0:
            block = blocks.blocks[kind]
            block.near = near_choices(list(subjects), list(block.subject_at), settings.suggest)

    @cache
    def lookup(key: tuple[str, str, str]) -> tuple[str | None, float, str]:
        alias = aliases.get(key)
        if alias is not None:
            return alias, 100.0, "alias"
        kind, subject, prop = key
        found, _, score = blocks.best(subject, prop, kind, settings.suggest)
        return (found.topic if found else None), round(score, 1), "fuzzy"

    return lookup


def _cluster(
    unmatched: dict[tuple[str, str, str], NormalizedClaim],
    suggestions: dict[tuple[str, str, str], tuple[str, float]],
    settings: GroupingSettings,
    topics: dict[str, TopicInfo],
) -> dict[tuple[str, str, str], Assignment]:
    """Cluster keys that fit no catalog topic among themselves, in sorted key order.

    ``unmatched`` holds the first claim of each such key; returns each key's assignment.
    """
    out: dict[tuple[str, str, str], Assignment] = {}
    by_kind: dict[str, dict[str, None]] = {}
    for kind, subject, _ in sorted(unmatched):
        by_kind.setdefault(kind, {})[subject] = None
    near = {
        kind: near_subjects(list(subjects), settings.suggest)
        for kind, subjects in by_kind.items()
        if len(subjects) >= BATCH_FROM and settings.suggest > 0
    }
    clusters = Blocks(near)
    for key in sorted(unmatched):
        kind, subject, prop = key
        found, number, score = clusters.best(subject, prop, kind, settings.suggest)
        if found is not None and number is not None and score >= settings.auto:
            topic_id, method = found.topic, "cluster"
            clusters.extend(number, subject, prop)
        else:
            # the kind is part of the id so that a claim of another kind with the same
            # words cannot take this id and rename the topic under existing decisions
            topic_id = _unique_id(f"{_key_slug(subject)}.{_key_slug(prop)}.{kind}", topics)
            first = unmatched[key].claim
            topics[topic_id] = TopicInfo(
                topic_id, kind, f"{first.subject} / {first.property}", False
            )
            clusters.add(Candidate(topic_id, kind, (subject,), (prop,)))
            if found is not None and key not in suggestions:
                suggestions[key] = (found.topic, round(score, 1))
            method, score = "cluster", 100.0
        out[key] = Assignment(topic_id, round(score, 1), method, suggestions.get(key))
    return out


def _unique_id(base: str, taken: dict[str, TopicInfo]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _rows(
    claims: list[NormalizedClaim],
    topics: dict[str, TopicInfo],
    assigned: list[Assignment],
) -> tuple[TopicRow, ...]:
    """Split topics into rows by scope ("deaths in Thailand") and period ("in 2025").

    ``assigned``: each claim's assignment, by position.
    """
    # claims share few topics, scopes and periods: each claim's bucket is read in C as
    # these three, and each distinct triple is turned into a row key once
    periods_of = list(map(_period, claims))
    stated = list(
        zip(map(_topic_id, assigned), map(_scope, claims), map(id, periods_of), strict=True)
    )
    period_at = dict(zip(map(id, periods_of), periods_of, strict=True))
    last = dict(zip(stated, range(len(stated)), strict=True))  # where each triple is seen last
    buckets: dict[tuple[str, str, str], list[NormalizedClaim]] = {}
    periods: dict[tuple[str, str, str], tuple[int, Period | None]] = {}
    scopes: dict[tuple[str, str, str], str | None] = {}
    keys: dict[tuple[str, str | None, int], list[NormalizedClaim]] = {}
    for triple in dict.fromkeys(stated):  # first-seen order, as claims come
        topic, scope, period_id = triple
        period = period_at[period_id]
        key = (topic, _slug(scope) if scope else "", period.key if period else "")
        keys[triple] = buckets.setdefault(key, [])
        # as if each claim in turn set them: the last claim's period, the first one's scope
        if periods.get(key, (-1, None))[0] < last[triple]:
            periods[key] = (last[triple], period)
        scopes.setdefault(key, scope)
    # each claim appended to its bucket in C, not in a loop step per claim
    deque(map(list.append, map(keys.__getitem__, stated), claims), maxlen=0)
    # claims come in claim order from normalizing: then so does every bucket, unsorted
    in_order = all(map(le, map(_ref, claims), map(_ref, islice(claims, 1, None))))
    rows = []
    for key, items in sorted(buckets.items()):
        topic, scope_key, period_key = key
        row_id = topic + (f"/{scope_key}" if scope_key else "")
        row_id += f"@{period_key}" if period_key else ""
        rows.append(
            TopicRow(
                row_id,
                topics[topic],
                periods[key][1],
                tuple(items) if in_order else tuple(sorted(items, key=claim_order)),
                scopes[key],
            )
        )
    return tuple(rows)


_period = attrgetter("period")
_scope = attrgetter("claim.scope")
_topic_id = attrgetter("topic")
