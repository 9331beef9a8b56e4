"""What a rule kind sees: the case's rows, topics and claims, with lookups."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING

from factcheck.models.case import CaseSpec
from factcheck.models.source import Source
from factcheck.normalize.claims import NormalizedClaim
from factcheck.normalize.intervals import Interval
from factcheck.normalize.quantities import StatedQuantity
from factcheck.topics.grouping import Grouping, TopicRow

if TYPE_CHECKING:  # the rule spec module imports the kinds, which import this one
    from factcheck.engine.ruleset import RuleSpec


@dataclass(frozen=True)
class RuleContext:
    """The grouped case, read-only, as every rule kind sees it."""

    spec: CaseSpec
    grouping: Grouping
    claims: tuple[NormalizedClaim, ...]
    sources: dict[str, Source] = field(default_factory=dict)

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
    def row_ids(self) -> dict[object, str]:
        """The row id of every claim, by claim reference."""
        return {c.ref: row.id for row in self.grouping.rows for c in row.claims}

    def grouping_row_id(self, item: NormalizedClaim) -> str:
        """The id of the row a claim sits in."""
        return self.row_ids[item.ref]

    def topic_of(self, item: NormalizedClaim) -> str:
        """The topic id a claim was assigned to."""
        return self.grouping.assignments[item.ref].topic

    def rows_for(self, spec: RuleSpec, kind: str | None = None) -> list[TopicRow]:
        """The rows a rule applies to, optionally only those of one value kind."""
        return [
            row
            for row in self.grouping.rows
            if (kind is None or row.topic.kind == kind)
            and spec.applies(row.topic.id, row.topic.kind)
        ]

    def same_period_rows(self, topic: str, row: TopicRow) -> list[TopicRow]:
        """The rows of ``topic`` whose period is ``row``'s (both without one counts)."""
        period = row.period.key if row.period else ""
        return [
            r
            for r in self.rows_by_topic.get(topic, [])
            if (r.period.key if r.period else "") == period
        ]

    def listed_counts(self, row: TopicRow) -> list[NormalizedClaim]:
        """Complete lists in the set topic a count topic counts, as derived count claims."""
        linked = row.topic.count_of
        if linked is None:
            return []
        derived = []
        for set_row in self.same_period_rows(linked, row):
            for item in set_row.claims:
                if item.claim.value.complete:
                    size = Decimal(len(item.members))
                    derived.append(
                        replace(
                            item,
                            quantity=StatedQuantity(size, Decimal(0)),
                            interval=Interval(size, size),
                            derived_from=item.ref,
                        )
                    )
        return derived
