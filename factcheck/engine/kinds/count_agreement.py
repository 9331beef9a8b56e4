"""count-agreement: counts for the same topic must overlap; a complete list counts as a count."""

from __future__ import annotations

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

_value = attrgetter("value")
_qualifier = attrgetter("claim.qualifier")


class Params(StrictModel):
    """How far "about" reaches, as a fraction of the stated count."""

    about_tolerance: Decimal = Field(default=Decimal("0.1"), ge=0, le=1)


def _listed(ctx: RuleContext, row: TopicRow) -> list[NormalizedClaim]:
    return ctx.listed_counts(row)


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per count row whose counts (and complete lists) cannot all be right."""
    return agreement_check(ctx, rule, _hint, extra=_listed)


def _point(group: Group) -> Decimal | None:
    # claims stating the same value with the same qualifier share a payload: each is read once
    values = list(map(_value, group.claims))
    payloads = dict(zip(map(id, values), values, strict=True))
    pairs = set(zip(map(_qualifier, group.claims), map(id, values), strict=True))
    figures = {
        value.figure
        for qualifier, key in pairs
        if qualifier == "exact"
        and isinstance(value := payloads[key], Span)
        and value.figure is not None
    }
    return figures.pop() if len(figures) == 1 else None


def _hint(ctx: RuleContext, part: ComparableSet, groups: list[Group]) -> list[str]:
    """Reconcile two exact counts with a list the lower source names elsewhere."""
    points = [(_point(g), g) for g in groups]
    exact = sorted(((p, g) for p, g in points if p is not None), key=lambda pg: pg[0])
    if len(exact) < 2:
        return attribution_hint(ctx, part, groups)
    (low, low_group), (high, _) = exact[0], exact[-1]
    gap = high - low
    for source in low_group.sources:
        for item in _first_per_payload(ctx.claims_by_source.get(source, [])):
            value = item.value
            if isinstance(value, Members) and value.complete and len(value.members) == gap:
                names = ", ".join(sorted(value.members))
                topic = ctx.topic_of(item)
                return [
                    f"{format_number(low)} + the {format_number(gap)} named in {topic} by the "
                    f"same source ({names}) = {format_number(high)}: "
                    f"{source} may count only part of the whole"
                ]
    return attribution_hint(ctx, part, groups)


def _first_per_payload(claims: list[NormalizedClaim]) -> list[NormalizedClaim]:
    """The first claim stating each distinct payload, in claim order."""
    values = list(map(_value, claims))
    # read backwards, the earliest position of each payload is the one that stays
    first = dict(zip(map(id, reversed(values)), range(len(values) - 1, -1, -1), strict=True))
    return [claims[i] for i in sorted(first.values())]


KIND = RuleKind(
    name="count-agreement",
    check=check,
    params=Params,
    fields=AGREEMENT_FIELDS,
    agreement=True,
    tolerance="about_tolerance",
)
