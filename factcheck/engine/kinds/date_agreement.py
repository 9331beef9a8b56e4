"""date-agreement: dates for the same event must overlap at the precision each source states."""

from __future__ import annotations

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft, Group
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, interval_groups
from factcheck.engine.ruleset import Rule
from factcheck.models.values import StrictModel

FIELDS = AGREEMENT_FIELDS
AGREEMENT = True  # its groups say who agrees with whom on a row


class Params(StrictModel):
    """date-agreement takes no parameters."""


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per date row whose sources cannot all be right."""
    drafts = []
    for row in ctx.rows_for(rule.spec, "date"):
        groups = interval_groups(list(row.claims))
        if len(groups) < 2:
            continue
        explanation = (
            "No single date fits every source's statement at the precision it gives, "
            f"so the dates for “{row.topic.label}” cannot all be true."
        )
        drafts.append(agreement_draft(row, groups, explanation, _hint(groups)))
    return drafts


def _hint(groups: list[Group]) -> str | None:
    """Point at relative dates and at dates exactly one year apart (a common slip)."""
    notes = []
    for group in groups:
        for item in group.claims:
            value = item.claim.value
            if getattr(value, "relative", None) or getattr(value, "ago", None):
                quote = f" ('{item.claim.quote}')" if item.claim.quote else ""
                notes.append(
                    f"{item.ref.source} gives a relative date{quote}, resolved against its "
                    f"publication date {item.source.published.isoformat()}"
                )
    dated = [g.claims[0].date for g in groups if g.claims[0].date is not None]
    if (
        len(dated) == 2
        and dated[0].month == dated[1].month
        and abs(dated[0].year - dated[1].year) == 1
    ):
        notes.append("the dates differ by exactly one year: check for a slip of the year")
    return "; ".join(notes) + "." if notes else None
