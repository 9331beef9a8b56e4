"""single-source: a figure only one source gives is worth a second look before publishing."""

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft, one_source
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import (
    AGREEMENT_FIELDS,
    agreement_draft,
    make_group,
)
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel


class Params(StrictModel):
    """single-source takes no parameters."""


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One info finding per row that rests on a single source."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        if not one_source(row.claims):
            continue
        source = row.claims[0].ref.source
        attributed = sorted({c.claim.attribution for c in row.claims if c.claim.attribution})
        whose = f", reporting {', '.join(attributed)}" if attributed else ""
        scope = " for this period" if row.period else ""
        explanation = f"Only {source}{whose} gives “{row.topic.label}”{scope}."
        drafts.append(agreement_draft(row, [make_group(list(row.claims))], explanation, None))
    return drafts


KIND = RuleKind(
    name="single-source", check=check, params=Params, fields=AGREEMENT_FIELDS, conflict=False
)
