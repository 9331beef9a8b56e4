"""part-whole: a component or a sub-period's total cannot exceed the enclosing total."""

from decimal import Decimal

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import groups_text, make_group
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.models.case import PartWholeConstraint
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import TopicRow
from factcheck.values.base import Span
from factcheck.values.registry import value_kind

FIELDS = ("part", "whole", "label", "reason", "groups", "explanation")


class Params(StrictModel):
    """Whether totals over sub-periods of one topic are checked against enclosing periods."""

    within_topic: bool = True


def _inside(part: TopicRow, whole: TopicRow) -> bool:
    if part.period is None or whole.period is None:
        return part.period is None and whole.period is None
    return whole.period.interval.contains(part.period.interval)


def _pairs(ctx: RuleContext, within_topic: bool) -> list[tuple[TopicRow, TopicRow, str | None]]:
    pairs: list[tuple[TopicRow, TopicRow, str | None]] = []
    for constraint in ctx.spec.constraints:
        if isinstance(constraint, PartWholeConstraint):
            for part in ctx.rows_by_topic.get(constraint.part, []):
                for whole in ctx.rows_by_topic.get(constraint.whole, []):
                    if _inside(part, whole):
                        pairs.append((part, whole, constraint.reason))
    if within_topic:
        for rows in ctx.rows_by_topic.values():
            for part in rows:
                for whole in rows:
                    if (
                        part is not whole
                        and value_kind(part.topic.kind).additive
                        and part.scope == whole.scope
                        and part.period is not None
                        and whole.period is not None
                        and _inside(part, whole)
                        and part.period.interval != whole.period.interval
                    ):
                        pairs.append((part, whole, None))
    return pairs


def _low(item: NormalizedClaim) -> Decimal | None:
    value = item.value
    return value.interval.lo if isinstance(value, Span) and value.interval else None


def _high(item: NormalizedClaim) -> Decimal | None:
    value = item.value
    return value.interval.hi if isinstance(value, Span) and value.interval else None


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per (part, whole) pair where the part's smallest value exceeds the whole."""
    assert isinstance(rule.params, Params)
    drafts = []
    for part, whole, reason in _pairs(ctx, rule.params.within_topic):
        lows = [c for c in ctx.current(part) if _low(c) is not None]
        highs = [c for c in ctx.current(whole) if _high(c) is not None]
        if not lows or not highs:
            continue
        units = {(c.value.compare_class, getattr(c.value, "canonical", "")) for c in lows + highs}
        if len(units) > 1:
            continue  # different currencies or units: the agreement rules convert, not this one
        smallest_total = min(h for c in highs if (h := _high(c)) is not None)
        too_big = [c for c in lows if (lo := _low(c)) is not None and lo > smallest_total]
        if not too_big:
            continue
        largest_part = max(lo for c in too_big if (lo := _low(c)) is not None)
        small = [c for c in highs if (h := _high(c)) is not None and h < largest_part]
        groups = (make_group(too_big), make_group(small))
        explanation = (
            f"{part.id} ({groups[0].label}) is part of {whole.id} ({groups[1].label}) "
            "but is larger than it" + (f": {reason}" if reason else ".")
        )
        drafts.append(
            Draft(
                topics=tuple(dict.fromkeys((part.topic.id, whole.topic.id))),
                rows=(part.id, whole.id),
                groups=groups,
                explanation=explanation,
                fields={
                    "part": part.id,
                    "whole": whole.id,
                    "label": part.topic.label,
                    "reason": reason or "",
                    "groups": groups_text(groups),
                    "explanation": explanation,
                },
            )
        )
    return drafts


KIND = RuleKind(name="part-whole", check=check, params=Params, fields=FIELDS)
