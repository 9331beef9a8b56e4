"""superseded-figure: a source still gives as current a figure another source labels as revised.

A claim marked ``superseded: true`` ("first put at 140, later corrected to 144") is shown
but not compared as its source's figure; another source stating that earlier figure as
its own is worth a warning whose hint says who revised it.
"""

from __future__ import annotations

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, make_group
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.normalize.claims import NormalizedClaim


class Params(StrictModel):
    """superseded-figure takes no parameters."""


def _not_earlier(item: NormalizedClaim, revisions: list[NormalizedClaim]) -> bool:
    """For a running figure: the claim holds no earlier than the revision (undated: unknown)."""
    if item.when is None:
        return False
    return any(r.when is None or item.when.end > r.when.start for r in revisions)


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One warning per superseded figure that another source still gives as current."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        if not ctx.has_superseded(row):
            continue
        kind = row.topic.kind
        current = ctx.current(row)
        for old in (c for c in row.claims if c.claim.superseded and c.value.placed):
            same_class = [c for c in current if c.value.compare_class == old.value.compare_class]
            revisions = [c for c in same_class if c.ref.source == old.ref.source]
            if not revisions:
                continue
            stale = [
                c
                for c in same_class
                if c.ref.source != old.ref.source
                and ctx.together(kind, c, old)
                and not any(ctx.together(kind, c, r) for r in revisions)
                and (not row.topic.evolving or _not_earlier(c, revisions))
            ]
            if not stale:
                continue
            groups = (make_group(stale), make_group(revisions))
            explanation = (
                f"{', '.join(groups[0].sources)} give {groups[0].label} for “{row.topic.label}”, "
                f"a figure {old.ref.source} reports as superseded."
            )
            hint = (
                f"{old.ref.source} says {old.value.stated} was an earlier figure, revised to "
                f"{groups[1].label}."
            )
            drafts.append(agreement_draft(row, groups, explanation, hint))
    return drafts


KIND = RuleKind(name="superseded-figure", check=check, params=Params, fields=AGREEMENT_FIELDS)
