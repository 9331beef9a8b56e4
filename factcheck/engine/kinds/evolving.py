"""evolving: a running figure (a toll, a share restored) that moved between earlier and later
sources, shown as a change over time rather than a contradiction.

It looks at topics marked ``evolving: true``; sources that give the figure as it stood at
the same time are still compared by the agreement rules.
"""

from factcheck.engine.context import ComparableSet, RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, make_group
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel


class Params(StrictModel):
    """evolving takes no parameters."""


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per running figure whose value changed between times, earliest first."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        if not row.topic.evolving:
            continue
        classes: dict[str, list[ComparableSet]] = {}
        for part in ctx.comparable_sets(row):
            classes.setdefault(part.claims[0].value.compare_class, []).append(part)
        for timeline in classes.values():
            if len(timeline) < 2:
                continue
            groups = [
                make_group(p.claims, f" (as of {p.when.text})" if p.when else "") for p in timeline
            ]
            if len({g.key for g in groups}) < 2:
                continue
            first, last = groups[0], groups[-1]
            explanation = (
                f"“{row.topic.label}” changed over time: {first.label} to {last.label}. "
                "Sources that give it as it stood at different times are not in conflict."
            )
            undated = [c.ref.source for c in ctx.current(row) if c.when is None]
            hint = (
                f"{', '.join(sorted(set(undated)))} give the figure with no date, so it cannot be "
                "placed on this timeline."
                if undated
                else None
            )
            drafts.append(agreement_draft(row, groups, explanation, hint))
    return drafts


KIND = RuleKind(
    name="evolving", check=check, params=Params, fields=AGREEMENT_FIELDS, conflict=False
)
