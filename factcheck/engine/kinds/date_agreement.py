"""date-agreement: dates for the same event must overlap at the precision each source states."""

from factcheck.engine.context import ComparableSet, RuleContext
from factcheck.engine.findings import Draft, Group
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import (
    AGREEMENT_FIELDS,
    agreement_check,
    disagreement,
    sources_disagree,
)
from factcheck.engine.spec import Rule
from factcheck.engine.whose import lede_days
from factcheck.models.base import StrictModel
from factcheck.values.date import DateSpan, admits, weekday_alone


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
    found = agreement_check(ctx, rule, _hint, clusters=lede_days, apart=_apart)
    return _said_once(found) + _unchecked_ledes(ctx, rule)


def _said_once(drafts: list[Draft]) -> list[Draft]:
    """The findings of each row, less one on the whole row that sets apart only the sources
    its finding on the opening weekday does ("Tuesday" against the day most sources open
    with): the row's other days (the arrests', the reopening's) would only crowd it."""
    by_row: dict[tuple[str, ...], list[Draft]] = {}
    for draft in drafts:
        by_row.setdefault(draft.rows, []).append(draft)
    out = []
    for row_drafts in by_row.values():
        if len(row_drafts) == 2:
            whole, lede = row_drafts
            if _set_apart(whole.groups) <= _set_apart(lede.groups):
                row_drafts = [lede]
        out += row_drafts
    return out


def _set_apart(groups: tuple[Group, ...]) -> set[str]:
    """The sources that share no group with some other source."""
    peers: dict[str, set[str]] = {}
    for group in groups:
        for source in group.sources:
            peers.setdefault(source, set()).update(group.sources)
    return {source for source, seen in peers.items() if len(seen) < len(peers)}


def _apart(groups: list[Group]) -> bool:
    """Whether two sources stand apart (sources_disagree), a weekday named alone counted in
    every group of days it falls on: "Thursday" agrees with a source's 24 September (a
    Thursday) even where the split put it with another group's days."""
    widened = []
    for group in groups:
        days = [c.value for c in group.claims if isinstance(c.value, DateSpan)]
        extra = tuple(
            c
            for other in groups
            if other is not group
            for c in other.claims
            if isinstance(c.value, DateSpan) and weekday_alone(c.value) and admits(days, c.value)
        )
        widened.append(Group(group.label, group.key, group.claims + extra) if extra else group)
    return sources_disagree(widened)


def _unchecked_ledes(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """In a topic of days proposed from the kind of value alone, which is not compared as a
    whole (its days may be of different things), the weekday a source opens its story with
    is still held against the day most sources open theirs with: the event's day."""
    drafts = []
    for row in ctx.grouping.rows:
        if row.topic.checked or not rule.spec.applies(row.topic.id, row.topic.kind):
            continue
        for part in ctx.comparable_sets(row):
            for subset in lede_days(row, list(part.claims))[1:]:
                draft = disagreement(ctx, row, part, subset, _hint, False, _apart)
                if draft is not None:
                    drafts.append(draft)
    return drafts


KIND = RuleKind(
    name="date-agreement",
    check=check,
    params=Params,
    fields=AGREEMENT_FIELDS,
    agreement=True,
)
