"""count-agreement: counts for the same topic must overlap; a complete list counts as a count."""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft, Group
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, interval_groups
from factcheck.engine.ruleset import Rule
from factcheck.models.values import StrictModel
from factcheck.normalize.quantities import format_number

FIELDS = AGREEMENT_FIELDS
AGREEMENT = True  # its groups say who agrees with whom on a row


class Params(StrictModel):
    """How far "about" reaches, as a fraction of the stated count."""

    about_tolerance: Decimal = Field(default=Decimal("0.1"), ge=0, le=1)


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per count row whose counts (and complete lists) cannot all be right."""
    drafts = []
    for row in ctx.rows_for(rule.spec, "count"):
        claims = list(row.claims) + ctx.listed_counts(row)
        groups = interval_groups(claims)
        if len(groups) < 2:
            continue
        explanation = (
            f"No single number fits every statement of “{row.topic.label}” "
            "(a complete list of members counts as a statement of its size)."
        )
        drafts.append(agreement_draft(row, groups, explanation, _hint(ctx, groups)))
    return drafts


def _point(group: Group) -> Decimal | None:
    values = {c.quantity.value for c in group.claims if c.quantity and c.claim.qualifier == "exact"}
    return values.pop() if len(values) == 1 else None


def _hint(ctx: RuleContext, groups: list[Group]) -> str | None:
    """Reconcile two exact counts with a list the lower source names elsewhere."""
    points = [(_point(g), g) for g in groups]
    exact = sorted((p, g) for p, g in points if p is not None)
    if len(exact) < 2:
        return None
    (low, low_group), (high, _) = exact[0], exact[-1]
    gap = high - low
    for source in low_group.sources:
        for item in ctx.claims_by_source.get(source, []):
            if item.kind == "set" and item.claim.value.complete and len(item.members) == gap:
                names = ", ".join(sorted(item.members))
                topic = ctx.topic_of(item)
                return (
                    f"{format_number(low)} + the {format_number(gap)} named in {topic} by the same "
                    f"source ({names}) = {format_number(high)}: "
                    f"{source} may count only part of the whole."
                )
    return None
