"""count-vs-set: no list may name more members than a stated count allows, in any source."""

from __future__ import annotations

from decimal import Decimal

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, make_group
from factcheck.engine.ruleset import Rule
from factcheck.models.values import StrictModel
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import TopicRow

FIELDS = AGREEMENT_FIELDS


class Params(StrictModel):
    """count-vs-set takes no parameters."""


def _upper(item: NormalizedClaim) -> Decimal | None:
    return item.interval.hi if item.interval is not None else None


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """Compare stated counts with the members lists name (complete lists: see count-agreement)."""
    drafts = []
    for row in ctx.grouping.rows:
        if row.topic.kind == "set" and rule.spec.applies(row.topic.id, "set"):
            drafts += _within_lists(row)
        linked = row.topic.count_of
        if (
            row.topic.kind != "count"
            or linked is None
            or not rule.spec.applies(row.topic.id, "count")
        ):
            continue
        lists = [
            item
            for set_row in ctx.same_period_rows(linked, row)
            for item in set_row.claims
            if not item.claim.value.complete  # complete lists are counts: FC103 compares them
        ]
        bounded = [c for c in row.claims if _upper(c) is not None]
        if not bounded or not lists:
            continue
        smallest = min(bounded, key=lambda c: (_upper(c), c.ref))
        limit = _upper(smallest)
        too_long = [item for item in lists if Decimal(len(item.members)) > limit]  # type: ignore[operator]
        if not too_long:
            continue
        counts = [c for c in bounded if _upper(c) == limit]
        groups = (make_group(counts), make_group(too_long))
        explanation = (
            f"{', '.join(sorted({c.ref.source for c in too_long}))} names more members of {linked} "
            f"than the count “{row.topic.label}” allows."
        )
        drafts.append(agreement_draft(row, groups, explanation, None, topics=(linked,)))
    return drafts


def _within_lists(row: TopicRow) -> list[Draft]:
    """A list whose own stated number is smaller than the members it names."""
    drafts = []
    for item in row.claims:
        count = item.claim.value.count
        if count is None or item.cardinality is None:
            continue
        qualifier = item.claim.qualifier
        allows_more = qualifier in ("at_least", "more_than", "about")
        if not allows_more and len(item.members) > count:
            group = make_group([item])
            explanation = f"{item.ref.source} says {count} but names {len(item.members)}."
            drafts.append(agreement_draft(row, [group], explanation, None))
    return drafts
