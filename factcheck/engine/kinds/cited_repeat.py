"""cited-repeat: a source repeating one it cites is not independent corroboration."""

from __future__ import annotations

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, make_group
from factcheck.engine.ruleset import Rule
from factcheck.models.values import StrictModel
from factcheck.normalize.claims import NormalizedClaim

FIELDS = AGREEMENT_FIELDS


class Params(StrictModel):
    """cited-repeat takes no parameters."""


def _agrees(citing: NormalizedClaim, cited: NormalizedClaim) -> bool:
    """True when the citing claim says what the cited one says (or a compatible part of it)."""
    if citing.kind == "set":
        return citing.members <= cited.members or cited.members <= citing.members
    if citing.kind == "text":
        return citing.text_key == cited.text_key
    return bool(citing.interval and cited.interval and citing.interval.overlaps(cited.interval))


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One info finding per row and (citing, cited) pair of sources that both state it."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        present = {c.ref.source for c in row.claims}
        for citing in sorted(present):
            for cited in ctx.sources[citing].cites:
                if cited not in present:
                    continue
                mine = [c for c in row.claims if c.ref.source == citing]
                theirs = [c for c in row.claims if c.ref.source == cited]
                repeated = [a for a in mine if any(_agrees(a, b) for b in theirs)]
                if not repeated:
                    continue
                claims = repeated + [b for b in theirs if any(_agrees(a, b) for a in repeated)]
                explanation = (
                    f"{citing} cites {cited} and repeats its figure for “{row.topic.label}”: "
                    "count them as one source, not two."
                )
                drafts.append(agreement_draft(row, [make_group(claims)], explanation, None))
    return drafts
