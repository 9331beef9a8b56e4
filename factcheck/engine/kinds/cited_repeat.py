"""cited-repeat: a source repeating one it cites is not independent corroboration."""

from itertools import groupby

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft, source_of
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, make_group
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.values.set import Members


def _agrees(ctx: RuleContext, kind: str, citing: object, cited: object) -> bool:
    """True when the citing claim says what the cited one says (or a compatible part of it)."""
    a, b = citing.value, cited.value  # type: ignore[attr-defined]
    if isinstance(a, Members) and isinstance(b, Members):
        return a.members <= b.members or b.members <= a.members
    return ctx.together(kind, citing, cited)  # type: ignore[arg-type]


class Params(StrictModel):
    """cited-repeat takes no parameters."""


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One info finding per row and (citing, cited) pair of sources that both state it."""
    drafts: list[Draft] = []
    if not any(source.cites for source in ctx.sources.values()):
        return drafts  # no source cites another: no row needs its claims sorted by source
    for row in ctx.rows_for(rule.spec):
        kind = row.topic.kind
        # a row's claims are in claim order: each source's stand together
        present = {source: list(items) for source, items in groupby(row.claims, source_of)}
        for citing in sorted(present):
            for cited in ctx.sources[citing].cites:
                if cited not in present:
                    continue
                mine = present[citing]
                theirs = present[cited]
                repeated = [a for a in mine if any(_agrees(ctx, kind, a, b) for b in theirs)]
                if not repeated:
                    continue
                claims = repeated + [
                    b for b in theirs if any(_agrees(ctx, kind, a, b) for a in repeated)
                ]
                explanation = (
                    f"{citing} cites {cited} and repeats its figure for “{row.topic.label}”: "
                    "count them as one source, not two."
                )
                drafts.append(agreement_draft(row, [make_group(claims)], explanation, None))
    return drafts


KIND = RuleKind(
    name="cited-repeat", check=check, params=Params, fields=AGREEMENT_FIELDS, conflict=False
)
