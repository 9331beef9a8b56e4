"""Group claims into topics: explicit id, then catalog aliases, then rapidfuzz, then clustering.

Grouping is near-linear in the claims: claims with the same kind, subject and property share
one lookup, and a key is only scored against topics of its own kind, by batch scoring within
that block (see :class:`_Block`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from factcheck.models.case import CaseSpec, GroupingSettings, TopicSpec
from factcheck.normalize.claims import ClaimRef, NormalizedClaim, claim_order
from factcheck.topics.batch import near_choices, near_subjects, sorted_words
from factcheck.topics.similarity import canonical_property, initials, match_key
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


class _Block:
    """The topics of one value kind, indexed by their distinct subjects and properties.

    A claim's best topic is the one whose closest subject and closest property score highest
    on average, both at least ``floor`` (as :mod:`factcheck.topics.similarity` scores them).
    Rather than scoring every topic's every word, the block scores the claim's subject against
    the distinct subjects at once (rapidfuzz's batch scorer, cut off at the floor), plus the
    acronyms looked up by their initials; only the few topics that clear the floor have their
    properties scored, against the claim's property. The result is
    the one a pairwise loop over topics in order gives: ties go to the topic added first.
    """

    def __init__(self, near: dict[str, dict[str, float]] | None = None) -> None:
        self.near = near  # subject -> the earlier subjects scoring at least the floor with it
        self.subjects: list[str] = []  # words sorted, as token_sort_ratio compares them
        self.subject_at: dict[str, int] = {}
        self.subject_topics: list[list[int]] = []
        self.by_initials: dict[str, list[int]] = {}  # multi-word subjects by their initials
        self.properties: list[str] = []  # words sorted
        self.property_at: dict[str, int] = {}
        self.topic_properties: dict[int, list[int]] = {}
        # a property's matches, and how many properties there were when they were scored:
        # properties are only ever appended, and most keys share a few properties
        self.property_matches: dict[tuple[str, float], tuple[int, dict[int, float]]] = {}

    def add(self, topic: int, subjects: tuple[str, ...], properties: tuple[str, ...]) -> None:
        """Give topic number ``topic`` (numbered in the order topics are made) more words."""
        for subject in subjects:
            at = self.subject_at.get(subject)
            if at is None:
                at = self.subject_at[subject] = len(self.subjects)
                self.subjects.append(sorted_words(subject))
                self.subject_topics.append([])
                words = subject.split()
                if len(words) >= 2:
                    self.by_initials.setdefault(initials(words), []).append(at)
            self.subject_topics[at].append(topic)
        for prop in properties:
            at = self.property_at.get(prop)
            if at is None:
                at = self.property_at[prop] = len(self.properties)
                self.properties.append(sorted_words(prop))
            self.topic_properties.setdefault(topic, []).append(at)

    def best(self, subject: str, prop: str, floor: float) -> tuple[int | None, float]:
        """The best topic for a claim (its number) and the score; (None, 0.0) when none fits."""
        if self.near is not None:
            found = {
                self.subject_at[o]: v for o, v in self.near[subject].items() if o in self.subject_at
            }
            same = self.subject_at.get(subject)
            if same is not None:
                found[same] = 100.0
        else:
            found = self._matches(subject, self.subjects, self.subject_at, floor)
        for at in self._acronyms(subject):
            found[at] = 100.0
        by_subject = _best_per_topic(found, self.subject_topics)
        if not by_subject:  # the usual case for a new name: nothing is scored further
            return None, 0.0
        properties = self._property_matches(prop, floor)
        best: tuple[int | None, float] = (None, 0.0)
        for topic in sorted(by_subject):
            scores = [properties[at] for at in self.topic_properties[topic] if at in properties]
            if not scores:
                continue
            score = (by_subject[topic] + max(scores)) / 2
            if score > best[1]:
                best = (topic, score)
        return best

    def _property_matches(self, prop: str, floor: float) -> dict[int, float]:
        """Position -> score of every property scoring at least ``floor`` against ``prop``."""
        cached = self.property_matches.get((prop, floor))
        if cached is not None and cached[0] == len(self.properties):
            return cached[1]
        found = self._matches(prop, self.properties, self.property_at, floor)
        self.property_matches[prop, floor] = (len(self.properties), found)
        return found

    @staticmethod
    def _matches(
        text: str, choices: list[str], position: dict[str, int], floor: float
    ) -> dict[int, float]:
        """Position -> score of every choice scoring at least ``floor`` against ``text``.

        token_sort_ratio is the plain ratio of the texts with their words sorted: the choices
        are kept sorted, so only the query is sorted here, once.
        """
        from rapidfuzz import fuzz, process

        found = {
            at: float(score)
            for _, score, at in process.extract(
                sorted_words(text), choices, scorer=fuzz.ratio, score_cutoff=floor, limit=None
            )
        }
        same = position.get(text)
        if same is not None:
            found[same] = 100.0  # equal texts score 100, whatever the scorer says of empties
        return found

    def _acronyms(self, subject: str) -> list[int]:
        """Subjects that are the acronym of ``subject``, or that it is the acronym of."""
        found = []
        if " " not in subject and 2 <= len(subject) <= 8:
            found += self.by_initials.get(subject, [])
        words = subject.split()
        if len(words) >= 2:
            short = initials(words)
            at = self.subject_at.get(short)
            if at is not None and 2 <= len(short) <= 8:
                found.append(at)
        return found


def _best_per_topic(scores: dict[int, float], topics: list[list[int]]) -> dict[int, float]:
    """Each topic's best score over the words that scored."""
    best: dict[int, float] = {}
    for at, score in scores.items():
        for topic in topics[at]:
            if score > best.get(topic, -1.0):
                best[topic] = score
    return best


# From this many distinct subjects of one kind on, they are scored all at once (rapidfuzz's
# cdist, in C, no Python call per pair) instead of one by one.
BATCH_FROM = 300


class _Blocks:
    """Topics blocked by value kind: a claim is only ever compared with topics of its kind."""

    def __init__(self, near: dict[str, dict[str, dict[str, float]]] | None = None) -> None:
        self.topics: list[_Candidate] = []
        self.blocks: dict[str, _Block] = {}
        self.near = near or {}  # per kind: see near_subjects

    def add(self, candidate: _Candidate) -> int:
        """Add a topic; return its number."""
        self.topics.append(candidate)
        number = len(self.topics) - 1
        kind = candidate.kind
        if kind not in self.blocks:
            self.blocks[kind] = _Block(self.near.get(kind))
        self.blocks[kind].add(number, candidate.subjects, candidate.properties)
        return number

    def extend(self, number: int, subject: str, prop: str) -> None:
        """Give topic ``number`` one more subject and property."""
        self.blocks[self.topics[number].kind].add(number, (subject,), (prop,))

    def best(
        self, subject: str, prop: str, kind: str, floor: float
    ) -> tuple[_Candidate | None, int | None, float]:
        """The best topic of ``kind`` for a claim, its number and its score."""
        block = self.blocks.get(kind)
        if block is None:
            return None, None, 0.0
        number, score = block.best(subject, prop, floor)
        return (self.topics[number] if number is not None else None), number, score


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

    @cache
    def lookup(key: tuple[str, str, str]) -> Assignment | None:
        """The catalog assignment of every claim with this key (one shared, immutable)."""
        found, score, method = _match(key)
        if found is None or score < settings.auto:
            return None
        return Assignment(found, score, method)

    assignments: dict[ClaimRef, Assignment] = {}
    unmatched: dict[tuple[str, str, str], list[NormalizedClaim]] = {}
    suggestions: dict[tuple[str, str, str], tuple[str, float]] = {}
    for item, key in zip(claims, claim_keys, strict=True):
        topic = item.claim.topic
        if topic is not None:
            assignments[item.ref] = Assignment(topic, 100.0, "explicit")
            continue
        assert key is not None  # only a claim naming its topic has none
        matched = lookup(key)
        if matched is not None:
            assignments[item.ref] = matched
            continue
        found, score, _ = _match(key)
        unmatched.setdefault(key, []).append(item)
        if found is not None and score >= settings.suggest:
            suggestions[key] = (found, score)
    _cluster(unmatched, suggestions, settings, topics, assignments)
    return Grouping(topics, assignments, _rows(claims, topics, assignments))


def _claim_keys(claims: list[NormalizedClaim]) -> list[tuple[str, str, str] | None]:
    """Each claim's (kind, subject, property) match key; None for a claim naming its topic."""
    found: list[tuple[str, str, str] | None] = []
    keys: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    subject_keys: dict[str, str] = {}  # many keys share a subject or a property
    property_keys: dict[str, str] = {}
    for item in claims:
        claim = item.claim
        if claim.topic is not None:
            found.append(None)
            continue
        stated = (item.kind, claim.subject, claim.property)
        key = keys.get(stated)
        if key is None:
            subject = subject_keys.get(claim.subject)
            if subject is None:
                subject = subject_keys[claim.subject] = match_key(claim.subject)
            prop = property_keys.get(claim.property)
            if prop is None:
                prop = property_keys[claim.property] = canonical_property(claim.property)
            key = keys[stated] = (item.kind, subject, prop)
        found.append(key)
    return found


def _cached_lookup(
    catalog: tuple[_Candidate, ...],
    settings: GroupingSettings,
    keys: list[tuple[str, str, str] | None],
) -> Callable[[tuple[str, str, str]], tuple[str | None, float, str]]:
    """Catalog matching per distinct key: exact aliases first, then the best fuzzy score.

    When one kind has many distinct subjects (``keys`` are all that will be looked up), they
    are scored against the catalog's subjects of that kind all at once.
    """
    aliases: dict[tuple[str, str, str], str] = {}
    blocks = _Blocks()
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
    unmatched: dict[tuple[str, str, str], list[NormalizedClaim]],
    suggestions: dict[tuple[str, str, str], tuple[str, float]],
    settings: GroupingSettings,
    topics: dict[str, TopicInfo],
    assignments: dict[ClaimRef, Assignment],
) -> None:
    """Cluster claims that fit no catalog topic among themselves, in sorted key order."""
    by_kind: dict[str, dict[str, None]] = {}
    for kind, subject, _ in sorted(unmatched):
        by_kind.setdefault(kind, {})[subject] = None
    near = {
        kind: near_subjects(list(subjects), settings.suggest)
        for kind, subjects in by_kind.items()
        if len(subjects) >= BATCH_FROM and settings.suggest > 0
    }
    clusters = _Blocks(near)
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
            first = unmatched[key][0].claim
            topics[topic_id] = TopicInfo(
                topic_id, kind, f"{first.subject} / {first.property}", False
            )
            clusters.add(_Candidate(topic_id, kind, (subject,), (prop,)))
            if found is not None and key not in suggestions:
                suggestions[key] = (found.topic, round(score, 1))
            method, score = "cluster", 100.0
        shared = Assignment(topic_id, round(score, 1), method, suggestions.get(key))
        for item in unmatched[key]:
            assignments[item.ref] = shared


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
                tuple(sorted(items, key=claim_order)),
                scopes[key],
            )
        )
    return tuple(rows)
