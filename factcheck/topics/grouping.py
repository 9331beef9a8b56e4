"""Group claims into topics: explicit id, then catalog aliases, then rapidfuzz, then clustering."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.models.case import CaseSpec, GroupingSettings, TopicSpec
from factcheck.normalize.claims import ClaimRef, NormalizedClaim
from factcheck.topics.similarity import canonical_property, match_key, property_score, subject_score
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


@dataclass(frozen=True)
class _Candidate:
    topic: str
    kind: str
    subjects: tuple[str, ...]
    properties: tuple[str, ...]


def _candidate(spec: TopicSpec) -> _Candidate:
    return _Candidate(
        spec.id,
        spec.kind,
        tuple(sorted({match_key(s) for s in spec.subjects})),
        tuple(sorted({canonical_property(p) for p in spec.properties})),
    )


def _score(subject: str, prop: str, candidate: _Candidate) -> tuple[float, float]:
    best_subject = max(subject_score(subject, s) for s in candidate.subjects)
    best_property = max(property_score(prop, p) for p in candidate.properties)
    return best_subject, best_property


def _combined(scores: tuple[float, float], floor: float) -> float:
    """Mean of subject and property scores; zero unless both clear ``floor``."""
    return (scores[0] + scores[1]) / 2 if min(scores) >= floor else 0.0


def _best(
    subject: str, prop: str, kind: str, candidates: tuple[_Candidate, ...], floor: float
) -> tuple[_Candidate | None, float]:
    best: tuple[_Candidate | None, float] = (None, 0.0)
    for candidate in candidates:
        if candidate.kind != kind:
            continue
        score = _combined(_score(subject, prop, candidate), floor)
        if score > best[1]:
            best = (candidate, score)
    return best


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", match_key(text)).strip("-") or "x"


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
    lookup = _cached_lookup(catalog, settings)
    assignments: dict[ClaimRef, Assignment] = {}
    unmatched: dict[tuple[str, str, str], list[NormalizedClaim]] = {}
    suggestions: dict[tuple[str, str, str], tuple[str, float]] = {}
    for item in claims:
        claim = item.claim
        if claim.topic is not None:
            assignments[item.ref] = Assignment(claim.topic, 100.0, "explicit")
            continue
        key = (item.kind, match_key(claim.subject), canonical_property(claim.property))
        found, score, method = lookup(key)
        if found is not None and score >= settings.auto:
            assignments[item.ref] = Assignment(found, score, method)
            continue
        unmatched.setdefault(key, []).append(item)
        if found is not None and score >= settings.suggest:
            suggestions[key] = (found, score)
    _cluster(unmatched, suggestions, settings, topics, assignments)
    return Grouping(topics, assignments, _rows(claims, topics, assignments))


def _cached_lookup(catalog: tuple[_Candidate, ...], settings: GroupingSettings):
    @cache
    def lookup(key: tuple[str, str, str]) -> tuple[str | None, float, str]:
        kind, subject, prop = key
        for candidate in catalog:
            if (
                candidate.kind == kind
                and subject in candidate.subjects
                and prop in candidate.properties
            ):
                return candidate.topic, 100.0, "alias"
        found, score = _best(subject, prop, kind, catalog, settings.suggest)
        return (found.topic if found else None), round(score, 1), "fuzzy"

    return lookup


def _cluster(
    unmatched: dict[tuple[str, str, str], list[NormalizedClaim]],
    suggestions: dict[tuple[str, str, str], tuple[str, float]],
    settings: GroupingSettings,
    topics: dict[str, TopicInfo],
    assignments: dict[ClaimRef, Assignment],
) -> None:
    """Cluster claims that fit no catalog topic among themselves, in sorted key order."""
    clusters: list[_Candidate] = []
    for key in sorted(unmatched):
        kind, subject, prop = key
        found, score = _best(subject, prop, kind, tuple(clusters), settings.suggest)
        if found is not None and score >= settings.auto:
            topic_id, method = found.topic, "cluster"
            index = clusters.index(found)
            clusters[index] = _Candidate(
                found.topic, kind, (*found.subjects, subject), (*found.properties, prop)
            )
        else:
            # the kind is part of the id so that a claim of another kind with the same
            # words cannot take this id and rename the topic under existing decisions
            topic_id = _unique_id(f"{_slug(subject)}.{_slug(prop)}.{kind}", topics)
            first = unmatched[key][0].claim
            topics[topic_id] = TopicInfo(
                topic_id, kind, f"{first.subject} / {first.property}", False
            )
            clusters.append(_Candidate(topic_id, kind, (subject,), (prop,)))
            if found is not None and key not in suggestions:
                suggestions[key] = (found.topic, round(score, 1))
            method, score = "cluster", 100.0
        for item in unmatched[key]:
            assignments[item.ref] = Assignment(
                topic_id, round(score, 1), method, suggestions.get(key)
            )


def _unique_id(base: str, taken: dict[str, TopicInfo]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _rows(
    claims: list[NormalizedClaim],
    topics: dict[str, TopicInfo],
    assignments: dict[ClaimRef, Assignment],
) -> tuple[TopicRow, ...]:
    """Split topics into rows by scope ("deaths in Thailand") and period ("in 2025")."""
    buckets: dict[tuple[str, str, str], list[NormalizedClaim]] = {}
    periods: dict[tuple[str, str, str], Period | None] = {}
    scopes: dict[tuple[str, str, str], str | None] = {}
    for item in claims:
        topic = assignments[item.ref].topic
        scope = item.claim.scope
        key = (topic, _slug(scope) if scope else "", item.period.key if item.period else "")
        buckets.setdefault(key, []).append(item)
        periods[key] = item.period
        scopes.setdefault(key, scope)
    rows = []
    for key, items in sorted(buckets.items()):
        topic, scope_key, period_key = key
        row_id = topic + (f"/{scope_key}" if scope_key else "")
        row_id += f"@{period_key}" if period_key else ""
        rows.append(
            TopicRow(
                row_id,
                topics[topic],
                periods[key],
                tuple(sorted(items, key=lambda c: c.ref)),
                scopes[key],
            )
        )
    return tuple(rows)
