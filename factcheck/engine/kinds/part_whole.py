"""part-whole: a component or a sub-period's total cannot exceed the enclosing total."""

from __future__ import annotations

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kinds.common import groups_text, make_group
from factcheck.engine.ruleset import Rule
from factcheck.models.case import PartWholeConstraint
from factcheck.models.values import StrictModel
from factcheck.topics.grouping import TopicRow

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
                        and part.topic.kind in ("amount", "count")
                        and part.period is not None
                        and _inside(part, whole)
                        and part.period.interval != whole.period.interval  # type: ignore[union-attr]
                    ):
                        pairs.append((part, whole, None))
    return pairs


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per (part, whole) pair where the part's smallest value exceeds the whole."""
    assert isinstance(rule.params, Params)
    within = rule.params.within_topic
    drafts = []
    for part, whole, reason in _pairs(ctx, within):
        lows = [c for c in part.claims if c.interval and c.interval.lo is not None]
        highs = [c for c in whole.claims if c.interval and c.interval.hi is not None]
        if not lows or not highs:
            continue
        units = {c.quantity.unit for c in lows + highs if c.quantity}
        if len(units) > 1:
            continue  # different currencies: amount-agreement's conversion does not apply here
        smallest_total = min(
            c.interval.hi for c in highs if c.interval and c.interval.hi is not None
        )
        too_big = [
            c
            for c in lows
            if c.interval and c.interval.lo is not None and c.interval.lo > smallest_total
        ]
        if not too_big:
            continue
        largest_part = max(
            c.interval.lo for c in too_big if c.interval and c.interval.lo is not None
        )
        small = [
            c
            for c in highs
            if c.interval and c.interval.hi is not None and c.interval.hi < largest_part
        ]
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
