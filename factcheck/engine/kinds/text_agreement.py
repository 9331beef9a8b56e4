"""text-agreement: free-text values must match after normalization, up to a fuzzy threshold."""

from __future__ import annotations

from pydantic import Field
from rapidfuzz import fuzz

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kinds.common import (
    AGREEMENT_FIELDS,
    agreement_draft,
    make_group,
    ordered_groups,
)
from factcheck.engine.ruleset import Rule
from factcheck.models.values import StrictModel
from factcheck.normalize.claims import NormalizedClaim

FIELDS = AGREEMENT_FIELDS
AGREEMENT = True  # its groups say who agrees with whom on a row


class Params(StrictModel):
    """The rapidfuzz ratio (0-100) at which two texts count as the same."""

    min_similarity: float = Field(default=90, ge=0, le=100)


def cluster(claims: list[NormalizedClaim], threshold: float) -> list[list[NormalizedClaim]]:
    """Group claims whose normalized texts are alike, comparing against each group's first text."""
    groups: list[list[NormalizedClaim]] = []
    for item in sorted(claims, key=lambda c: (c.text_key or "", c.ref)):
        home = next(
            (
                g
                for g in groups
                if fuzz.ratio(g[0].text_key or "", item.text_key or "") >= threshold
            ),
            None,
        )
        if home is None:
            groups.append(home := [])
        home.append(item)
    return groups


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per text row whose texts differ beyond the threshold."""
    assert isinstance(rule.params, Params)
    drafts = []
    for row in ctx.rows_for(rule.spec, "text"):
        parts = cluster(list(row.claims), rule.params.min_similarity)
        if len(parts) < 2:
            continue
        groups = ordered_groups(make_group(p) for p in parts)
        explanation = f"The sources give different texts for “{row.topic.label}”."
        drafts.append(agreement_draft(row, groups, explanation, None))
    return drafts
