"""Topics blocked by value kind, and a block's best topic for a subject and property."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.topics.batch import sorted_words
from factcheck.topics.similarity import initials


@dataclass(frozen=True)
class Candidate:
    """A topic as matched: its kind and the match keys of its subjects and properties."""

    topic: str
    kind: str
    subjects: tuple[str, ...]
    properties: tuple[str, ...]


class Block:
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


class Blocks:
    """Topics blocked by value kind: a claim is only ever compared with topics of its kind."""

    def __init__(self, near: dict[str, dict[str, dict[str, float]]] | None = None) -> None:
        self.topics: list[Candidate] = []
        self.blocks: dict[str, Block] = {}
        self.near = near or {}  # per kind: see near_subjects

    def add(self, candidate: Candidate) -> int:
        """Add a topic; return its number."""
        self.topics.append(candidate)
        number = len(self.topics) - 1
        kind = candidate.kind
        if kind not in self.blocks:
            self.blocks[kind] = Block(self.near.get(kind))
        self.blocks[kind].add(number, candidate.subjects, candidate.properties)
        return number

    def extend(self, number: int, subject: str, prop: str) -> None:
        """Give topic ``number`` one more subject and property."""
        self.blocks[self.topics[number].kind].add(number, (subject,), (prop,))

    def best(
        self, subject: str, prop: str, kind: str, floor: float
    ) -> tuple[Candidate | None, int | None, float]:
        """The best topic of ``kind`` for a claim, its number and its score."""
        block = self.blocks.get(kind)
        if block is None:
            return None, None, 0.0
        number, score = block.best(subject, prop, floor)
        return (self.topics[number] if number is not None else None), number, score
