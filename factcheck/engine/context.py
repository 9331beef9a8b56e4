"""What a rule kind sees: the case's rows, topics and claims, with lookups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from itertools import compress
from operator import attrgetter

from factcheck.engine.spec import RuleSpec
from factcheck.models.case import CaseSpec
from factcheck.models.source import Source
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import Grouping, TopicRow
from factcheck.values.base import CompareEnv, Span
from factcheck.values.calendar import Moment
from factcheck.values.intervals import Interval
from factcheck.values.registry import value_kind
from factcheck.values.set import Members


@dataclass(frozen=True)
class ComparableSet:
    """Claims of one row that compare with each other, and the time they hold at.

    A row splits by what its values can be compared with (times with and without a zone,
    measures of different dimensions) and, for a running figure, by when the figure held.
    """

    row: TopicRow
    claims: tuple[NormalizedClaim, ...]
    when: Moment | None = None  # for an evolving topic: the time every claim here holds at


@dataclass(frozen=True)
class RuleContext:
    """The grouped case, read-only, as every rule kind sees it."""

    spec: CaseSpec
    grouping: Grouping
    claims: tuple[NormalizedClaim, ...]
    sources: dict[str, Source] = field(default_factory=dict)
    env: CompareEnv = field(default_factory=CompareEnv)

    @cached_property
    def rows_by_topic(self) -> dict[str, list[TopicRow]]:
        """Rows of each topic, sorted by row id."""
        out: dict[str, list[TopicRow]] = {}
        for row in self.grouping.rows:
            out.setdefault(row.topic.id, []).append(row)
        return out

    @cached_property
    def claims_by_source(self) -> dict[str, list[NormalizedClaim]]:
        """Every claim of each source."""
        out: dict[str, list[NormalizedClaim]] = {}
        for item in self.claims:
            out.setdefault(item.ref.source, []).append(item)
        return out

    @cached_property
    def complete_lists_by_source(self) -> dict[str, list[NormalizedClaim]]:
        """The claims of each source that state a complete list, in claim order."""
        # claims stating the same value share its payload: each payload is asked once, and
        # the claims of the others are passed over in C
        values = list(map(_value, self.claims))
        distinct = dict(zip(map(id, values), values, strict=True))
        complete = {key for key, v in distinct.items() if isinstance(v, Members) and v.complete}
        out: dict[str, list[NormalizedClaim]] = {}
        for item in compress(self.claims, map(complete.__contains__, map(id, values))):
            out.setdefault(item.ref.source, []).append(item)
        return out

    @cached_property
    def row_ids(self) -> dict[object, str]:
        """The row id of every claim, by claim reference."""
        return {c.ref: row.id for row in self.grouping.rows for c in row.claims}

    def grouping_row_id(self, item: NormalizedClaim) -> str:
        """The id of the row a claim sits in."""
        return self.row_ids[item.ref]

    def topic_of(self, item: NormalizedClaim) -> str:
        """The topic id a claim was assigned to."""
        return self.grouping.assignments[item.ref].topic

    def rows_for(self, spec: RuleSpec) -> list[TopicRow]:
        """The rows a rule applies to, by its value kind and topic pattern."""
        return [
            row
            for row in self.grouping.rows
            if row.topic.checked and spec.applies(row.topic.id, row.topic.kind)
        ]

    def same_period_rows(self, topic: str, row: TopicRow) -> list[TopicRow]:
        """The rows of ``topic`` with ``row``'s period and scope (both without one counts)."""
        period = row.period.key if row.period else ""
        return [
            r
            for r in self.rows_by_topic.get(topic, [])
            if (r.period.key if r.period else "") == period and r.scope == row.scope
        ]

    @cached_property
    def _current(self) -> dict[str, list[NormalizedClaim]]:
        # per row id, filled as rows are asked for: most rule kinds ask for the same rows
        return {}

    @cached_property
    def _sets(self) -> dict[str, list[ComparableSet]]:
        return {}

    @cached_property
    def _revised(self) -> dict[str, bool]:
        return {}

    def has_superseded(self, row: TopicRow) -> bool:
        """True when a source labels one of the row's claims as superseded (asked once a row)."""
        found = self._revised.get(row.id)
        if found is None:
            found = self._revised[row.id] = superseded(row.claims)
        return found

    def current(self, row: TopicRow) -> list[NormalizedClaim]:
        """The claims of a row that compare: placed, and not labelled superseded by their source."""
        found = self._current.get(row.id)
        if found is None:
            found = self._current[row.id] = _current(row.claims, self.has_superseded(row))
        return list(found)

    def comparable_sets(self, row: TopicRow) -> list[ComparableSet]:
        """The row's current claims split into the sets that compare among themselves."""
        found = self._sets.get(row.id)
        if found is None:
            found = self._split(row)
            self._sets[row.id] = found
        return list(found)

    def _split(self, row: TopicRow) -> list[ComparableSet]:
        current = self.current(row)
        classes: dict[str, list[NormalizedClaim]] = {}
        if len(set(map(_compare_class, current))) == 1:  # the usual case: no need to split
            classes[current[0].value.compare_class] = current
        else:
            for item in current:
                classes.setdefault(item.value.compare_class, []).append(item)
        out = []
        for _, items in sorted(classes.items()):
            if not row.topic.evolving:
                out.append(ComparableSet(row, tuple(items)))
                continue
            for when, members in time_clusters(items):
                out.append(ComparableSet(row, tuple(members), when))
        return out

    def listed_counts(self, row: TopicRow) -> list[NormalizedClaim]:
        """Complete lists in the set topic a count topic counts, as derived count claims."""
        linked = row.topic.count_of
        if linked is None:
            return []
        derived = []
        for set_row in self.same_period_rows(linked, row):
            for item in self.current(set_row):
                value = item.value
                if isinstance(value, Members) and value.complete:
                    size = Decimal(len(value.members))
                    exact = Interval(size, size)
                    payload = Span(
                        stated=f"{len(value.members)} listed",
                        normalized=str(len(value.members)),
                        key=value.key,
                        interval=exact,
                        rounding=exact,
                        figure=size,
                    )
                    derived.append(item._replace(value=payload, derived_from=item.ref))
        return derived

    def together(self, kind: str, first: NormalizedClaim, second: NormalizedClaim) -> bool:
        """True when the two values can both be true."""
        parts = value_kind(kind).partition([first.value, second.value], self.env)
        return len(parts) == 1 and len(parts[0]) == 2


# read in C over a row's claims, which run to the tens of thousands in a large case
_compare_class = attrgetter("value.compare_class")
_superseded = attrgetter("claim.superseded")
_value = attrgetter("value")


def superseded(claims: Sequence[NormalizedClaim]) -> bool:
    """True when a source labels one of ``claims`` as superseded."""
    return any(map(_superseded, claims))


def _current(claims: Sequence[NormalizedClaim], revised: bool) -> list[NormalizedClaim]:
    """The claims that are placed and not superseded (``revised``: some are superseded)."""
    # claims stating the same value share its payload: each payload is asked once
    values = list(map(_value, claims))
    distinct = dict(zip(map(id, values), values, strict=True))
    unplaced = {key for key, v in distinct.items() if not v.placed}
    if not unplaced and not revised:  # most rows: every claim
        return list(claims)
    return [c for c in claims if id(c.value) not in unplaced and not c.claim.superseded]


def time_clusters(
    claims: list[NormalizedClaim],
) -> list[tuple[Moment, list[NormalizedClaim]]]:
    """Claims of a running figure, in clusters of overlapping times, earliest first.

    A claim holds at its ``as_of``, else at its publication; one with neither cannot be
    placed in time and is left out. "28 April" and "28 April, 23:00" are one time.
    """
    dated = sorted(
        (c for c in claims if c.when is not None),
        key=lambda c: (c.when.start, c.ref.source, c.ref.index),  # type: ignore[union-attr]
    )
    clusters: list[tuple[Moment, list[NormalizedClaim]]] = []
    for item in dated:
        when = item.when
        assert when is not None
        if clusters and clusters[-1][0].end > when.start:
            span, members = clusters[-1]
            end = max(span.end, when.end)
            members.append(item)  # in place: a copy per claim grew with the square of a cluster
            clusters[-1] = (Moment(span.start, end, span.precision, span.text), members)
        else:
            clusters.append((when, [item]))
    return clusters
