"""date-agreement: dates for the same event must overlap at the precision each source states."""

from factcheck.engine.context import ComparableSet, RuleContext
from factcheck.engine.findings import Draft, Group
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_check
from factcheck.engine.spec import Rule
from factcheck.engine.whose import lede_days
from factcheck.models.base import StrictModel
from factcheck.values.date import DateSpan


class Params(StrictModel):
    """date-agreement takes no parameters."""


def _hint(ctx: RuleContext, part: ComparableSet, groups: list[Group]) -> list[str]:
    """Point at relative dates and at dates exactly one year apart (a common slip)."""
    notes = []
    for group in groups:
        for item in group.claims:
            if isinstance(item.value, DateSpan) and item.value.relative:
                quote = f" ('{item.claim.quote}')" if item.claim.quote else ""
                notes.append(
                    f"{item.ref.source} gives a relative date{quote}, resolved against its "
                    f"publication date {item.source.published}"
                )
    dated = [
        c.value.calendar
        for g in groups
        for c in g.claims[:1]
        if isinstance(c.value, DateSpan) and c.value.calendar is not None
    ]
    if (
        len(dated) == 2
        and dated[0].month == dated[1].month
        and abs(dated[0].year - dated[1].year) == 1
    ):
        notes.append("the dates differ by exactly one year: check for a slip of the year")
    return notes


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per date row whose sources cannot all be right (weekdays included)."""
    return agreement_check(ctx, rule, _hint, clusters=lede_days)


KIND = RuleKind(
    name="date-agreement",
    check=check,
    params=Params,
    fields=AGREEMENT_FIELDS,
    agreement=True,
)
