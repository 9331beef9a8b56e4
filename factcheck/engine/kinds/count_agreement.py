"""count-agreement: counts for the same topic must overlap; a complete list counts as a count."""

from decimal import Decimal
from operator import attrgetter

from pydantic import Field

from factcheck.engine.context import ComparableSet, RuleContext
from factcheck.engine.findings import Draft, Group
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_check, attribution_hint
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import TopicRow
from factcheck.values.base import Span
from factcheck.values.figures import format_number
from factcheck.values.set import Members


class Params(StrictModel):
    """How far "about" reaches, as a fraction of the stated count."""

    about_tolerance: Decimal = Field(default=Decimal("0.1"), ge=0, le=1)


def _listed(ctx: RuleContext, row: TopicRow) -> list[NormalizedClaim]:
    return ctx.listed_counts(row)


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per count row whose counts (and complete lists) cannot all be right."""
    return agreement_check(ctx, rule, _hint, extra=_listed)


def _point(group: Group) -> Decimal | None:
    """The one figure the group's exact counts state, if they state one."""
    # sources repeat each other's claims, which share one model and one payload: each
    # distinct pair is read once
    claims = group.claims
    keys = zip(map(id, map(_claim, claims)), map(id, map(_value, claims)), strict=True)
    pairs = dict(zip(keys, claims, strict=True))
    values = {
        c.value.figure
        for c in pairs.values()
        if isinstance(c.value, Span) and c.value.figure is not None and c.claim.qualifier == "exact"
    }
    return values.pop() if len(values) == 1 else None


_claim = attrgetter("claim")
_value = attrgetter("value")


def _hint(ctx: RuleContext, part: ComparableSet, groups: list[Group]) -> list[str]:
    """Reconcile two exact counts with a list the lower source names elsewhere."""
    points = [(_point(g), g) for g in groups]
    exact = sorted(((p, g) for p, g in points if p is not None), key=lambda pg: pg[0])
    if len(exact) < 2:
        return attribution_hint(ctx, part, groups)
    (low, low_group), (high, _) = exact[0], exact[-1]
    gap = high - low
    # the complete lists of the group's sources, in source then claim order: a large group's
    # sources hold a million claims, which are passed over, not read one by one
    lists = ctx.complete_lists_by_source
    for items in filter(None, map(lists.get, low_group.sources)):
        for item in items:
            value = item.value
            if isinstance(value, Members) and len(value.members) == gap:
                source = item.ref.source
                names = ", ".join(sorted(value.members))
                topic = ctx.topic_of(item)
                return [
                    f"{format_number(low)} + the {format_number(gap)} named in {topic} by the "
                    f"same source ({names}) = {format_number(high)}: "
                    f"{source} may count only part of the whole"
                ]
    return attribution_hint(ctx, part, groups)


KIND = RuleKind(
    name="count-agreement",
    check=check,
    params=Params,
    fields=AGREEMENT_FIELDS,
    agreement=True,
    tolerance="about_tolerance",
)
