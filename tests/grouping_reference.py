"""Grouping as it was before blocking: every key scored against every topic, pair by pair.

Kept only as the reference the blocked, batch-scored grouping must agree with exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from factcheck.models.case import CaseSpec, GroupingSettings, TopicSpec
from factcheck.normalize.claims import ClaimRef, NormalizedClaim
from factcheck.topics.grouping import (
    Assignment,
    Grouping,
    TopicInfo,
    _rows,
    _slug,
    _unique_id,
)
from factcheck.topics.similarity import canonical_property, match_key, property_score, subject_score


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


def group_claims(claims: list[NormalizedClaim], spec: CaseSpec) -> Grouping:
    """The grouping of before, pairwise (quadratic in distinct keys)."""
    settings = spec.grouping
    catalog = tuple(_candidate(t) for t in spec.topics)
    topics = {
        t.id: TopicInfo(t.id, t.kind, t.label or t.id, True, t.count_of, t.evolving, t.proposed)
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
    assigned = [assignments[item.ref] for item in claims]
    return Grouping(topics, assignments, _rows(claims, topics, assigned))


def _cached_lookup(catalog: tuple[_Candidate, ...], settings: GroupingSettings):  # type: ignore[no-untyped-def]
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
