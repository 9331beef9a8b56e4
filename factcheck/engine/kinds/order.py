"""order: a case's constraint that one event happens before another, checked on every source."""

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import groups_text, make_group
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.models.case import OrderConstraint
from factcheck.normalize.claims import NormalizedClaim
from factcheck.values.base import Span
from factcheck.values.intervals import Interval

FIELDS = ("before", "after", "label", "reason", "groups", "explanation")


class Params(StrictModel):
    """order takes no parameters: the pairs come from case.yaml's constraints."""


def _interval(item: NormalizedClaim) -> Interval | None:
    return item.value.interval if isinstance(item.value, Span) else None


def _claims(ctx: RuleContext, topic: str) -> list[NormalizedClaim]:
    return [c for row in ctx.rows_by_topic.get(topic, []) for c in ctx.current(row) if _interval(c)]


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per order constraint that some source's dates break."""
    drafts = []
    for constraint in ctx.spec.constraints:
        if not isinstance(constraint, OrderConstraint):
            continue
        before, after = _claims(ctx, constraint.before), _claims(ctx, constraint.after)
        starts = [iv.lo for c in before if (iv := _interval(c)) and iv.lo is not None]
        if not starts or not after:
            continue
        latest_start = max(starts)
        early = [
            a for a in after if (iv := _interval(a)) and iv.hi is not None and iv.hi < latest_start
        ]
        if not early:
            continue
        earliest_end = min(iv.hi for a in early if (iv := _interval(a)) and iv.hi is not None)
        later = [
            b for b in before if (iv := _interval(b)) and iv.lo is not None and iv.lo > earliest_end
        ]
        groups = (make_group(early), make_group(later))
        after_label = ctx.grouping.topics[constraint.after].label
        before_label = ctx.grouping.topics[constraint.before].label
        explanation = (
            f"{', '.join(groups[0].sources)} put “{after_label}” in {groups[0].label}, before "
            f"“{before_label}” ({groups[1].label}), but the case requires it to come after"
            + (f": {constraint.reason}" if constraint.reason else ".")
        )
        fine = sorted({a.ref.source for a in after} - set(groups[0].sources))
        hint = (
            f"the other sources' dates for {constraint.after} ({', '.join(fine)}) "
            "satisfy the order."
            if fine
            else None
        )
        drafts.append(
            Draft(
                topics=(constraint.after, constraint.before),
                rows=tuple(sorted({ctx.grouping_row_id(c) for c in early + later})),
                groups=groups,
                explanation=explanation,
                hint=hint,
                fields={
                    "before": constraint.before,
                    "after": constraint.after,
                    "label": after_label,
                    "reason": constraint.reason or "",
                    "groups": groups_text(groups),
                    "explanation": explanation,
                },
            )
        )
    return drafts


KIND = RuleKind(name="order", check=check, params=Params, fields=FIELDS)
