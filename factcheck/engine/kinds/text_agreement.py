"""text-agreement: free-text values must match after normalization, up to a fuzzy threshold."""

from pydantic import Field

from factcheck.engine.context import ComparableSet, RuleContext
from factcheck.engine.findings import Draft, Group
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_check
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel


class Params(StrictModel):
    """The rapidfuzz ratio (0-100) at which two texts count as the same."""

    min_similarity: float = Field(default=90, ge=0, le=100)


def _no_hint(ctx: RuleContext, part: ComparableSet, groups: list[Group]) -> list[str]:
    return []


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per text row whose texts differ beyond the threshold."""
    return agreement_check(ctx, rule, _no_hint)


KIND = RuleKind(
    name="text-agreement",
    check=check,
    params=Params,
    fields=AGREEMENT_FIELDS,
    agreement=True,
    tolerance="min_similarity",
)
