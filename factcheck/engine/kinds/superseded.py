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


class _Together:
    """:meth:`RuleContext.together` for one row's kind, asked once per pair of payloads.

    Whether two claims can both be true depends on their values alone, and sources repeating
    one another share them: each superseded figure is held against every current claim of
    its row, where a row of thousands of claims states a few dozen values.
    """

    def __init__(self, ctx: RuleContext, kind: str) -> None:
        self.ctx = ctx
        self.kind = kind
        self.known: dict[tuple[int, int], bool] = {}  # by the payloads' ids; the row keeps them

    def __call__(self, first: NormalizedClaim, second: NormalizedClaim) -> bool:
        key = (id(first.value), id(second.value))
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = self.ctx.together(self.kind, first, second)
        return found


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One warning per superseded figure that another source still gives as current."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        if not ctx.has_superseded(row):
            continue
        together = _Together(ctx, row.topic.kind)
        by_class: dict[str, list[NormalizedClaim]] = {}
        for item in ctx.current(row):
            by_class.setdefault(item.value.compare_class, []).append(item)
        for old in (c for c in row.claims if c.claim.superseded and c.value.placed):
            same_class = by_class.get(old.value.compare_class, [])
            revisions = [c for c in same_class if c.ref.source == old.ref.source]
            if not revisions:
                continue
            stale = [
                c
                for c in same_class
                if c.ref.source != old.ref.source
                and together(c, old)
                and not any(together(c, r) for r in revisions)
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
