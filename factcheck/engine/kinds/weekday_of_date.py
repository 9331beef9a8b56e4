"""weekday-of-date: a day written with a weekday it does not fall on is wrong as written.

"martedì 14 ottobre" of a year where 14 October is a Wednesday cannot be right, whatever
the other sources say: the day or its weekday is a slip. The finding names the weekday the
day falls on and the sources of the row that give that day or that weekday, so an editor
sees which half to trust. It is raised in every row of dates, those proposed from the kind
of value alone included: the claim contradicts itself, not another source's figure. The
date rules compare such a claim by its day alone, so the slip is said once, here.
"""

from __future__ import annotations

from datetime import date

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import groups_text, make_group, period_text
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import TopicRow
from factcheck.values.date import WEEKDAYS, DateSpan, calendar_day, misnamed_day


class Params(StrictModel):
    """weekday-of-date takes no parameters."""


FIELDS = ("topic", "label", "period", "groups", "stated", "day", "weekday", "explanation")


def _rows(ctx: RuleContext, rule: Rule) -> list[TopicRow]:
    # every row of dates, checked or not: the claim is wrong on its own
    return [r for r in ctx.grouping.rows if rule.spec.applies(r.topic.id, r.topic.kind)]


def _on(item: NormalizedClaim, day: date) -> bool:
    """True when the claim names ``day`` or, with no day of its own, ``day``'s weekday."""
    value = item.value
    if not isinstance(value, DateSpan) or misnamed_day(value) is not None:
        return False
    if value.interval is None:
        return value.weekdays == frozenset({day.weekday()})
    return calendar_day(value) == day


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per day a source writes with a weekday it does not fall on, in each row."""
    drafts = []
    for row in _rows(ctx, rule):
        slips: dict[str, list[NormalizedClaim]] = {}
        for item in ctx.current(row):
            if isinstance(item.value, DateSpan) and misnamed_day(item.value) is not None:
                slips.setdefault(item.value.key, []).append(item)
        for claims in slips.values():
            drafts.append(_draft(ctx, row, claims))
    return drafts


def _draft(ctx: RuleContext, row: TopicRow, claims: list[NormalizedClaim]) -> Draft:
    value = claims[0].value
    assert isinstance(value, DateSpan)
    day = misnamed_day(value)
    assert day is not None
    true_weekday = WEEKDAYS[day.weekday()].capitalize()
    (named,) = value.weekdays
    slipped = {c.ref.source for c in claims}
    backing = [c for c in ctx.current(row) if c.ref.source not in slipped and _on(c, day)]
    groups = [make_group(claims)] + ([make_group(backing)] if backing else [])
    day_text = f"{day.day} {day:%B} {day.year}"
    explanation = (
        f"{day_text} is a {true_weekday}, not a {WEEKDAYS[named].capitalize()}: "
        "the day or its weekday is wrong."
    )
    if backing:
        explanation += f" {', '.join(groups[1].sources)} give{'s' * (len(groups[1].sources) == 1)}"
        explanation += f" {groups[1].label}."
    return Draft(
        topics=(row.topic.id,),
        rows=(row.id,),
        groups=tuple(groups),
        explanation=explanation,
        fields={
            "topic": row.id,
            "label": row.topic.label,
            "period": period_text(row),
            "groups": groups_text(groups),
            "stated": value.stated,
            "day": day_text,
            "weekday": true_weekday,
            "explanation": explanation,
        },
    )


KIND = RuleKind(name="weekday-of-date", check=check, params=Params, fields=FIELDS)
