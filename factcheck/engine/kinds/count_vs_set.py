"""count-vs-set: no list may name more members than a stated count allows, in any source."""

from decimal import Decimal

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, make_group
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import TopicRow
from factcheck.values.base import Span
from factcheck.values.set import Members


class Params(StrictModel):
    """count-vs-set takes no parameters."""


def _upper(item: NormalizedClaim) -> Decimal | None:
    value = item.value
    return value.interval.hi if isinstance(value, Span) and value.interval is not None else None


def _size(item: NormalizedClaim) -> int:
    return len(item.value.members) if isinstance(item.value, Members) else 0


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """Compare stated counts with the members lists name (complete lists: see count-agreement)."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        drafts += _within_lists(ctx, row)
        linked = row.topic.count_of
        if linked is None:
            continue
        lists = [
            item
            for set_row in ctx.same_period_rows(linked, row)
            for item in ctx.current(set_row)
            if isinstance(item.value, Members) and not item.value.complete
        ]
        bounded = [c for c in ctx.current(row) if _upper(c) is not None]
        if not bounded or not lists:
            continue
        smallest = min(bounded, key=lambda c: (_upper(c), c.ref))
        limit = _upper(smallest)
        assert limit is not None
        too_long = [item for item in lists if Decimal(_size(item)) > limit]
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


def _within_lists(ctx: RuleContext, row: TopicRow) -> list[Draft]:
    """A list whose own stated number is smaller than the members it names."""
    drafts = []
    for item in ctx.current(row):
        value = item.value
        if not isinstance(value, Members) or value.count is None:
            continue
        qualifier = item.claim.qualifier
        allows_more = qualifier in ("at_least", "more_than", "about")
        if not allows_more and len(value.members) > value.count:
            group = make_group([item])
            explanation = f"{item.ref.source} says {value.count} but names {len(value.members)}."
            drafts.append(agreement_draft(row, [group], explanation, None))
    return drafts


KIND = RuleKind(name="count-vs-set", check=check, params=Params, fields=AGREEMENT_FIELDS)
