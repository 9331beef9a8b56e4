"""agreement: the values of any kind for the same topic and period must be able to agree.

The value kind decides what "agree" means (instants across zones, measures across units,
shares in points); rules of this kind name their value kind in ``applies_to``.
"""

from decimal import Decimal

from pydantic import Field

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_check
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel


class Params(StrictModel):
    """How far "about" reaches: a fraction of the figure (minutes for times)."""

    about_tolerance: Decimal | None = Field(default=None, ge=0)


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per comparable set of a row whose values cannot all be true."""
    return agreement_check(ctx, rule)


KIND = RuleKind(
    name="agreement",
    check=check,
    params=Params,
    fields=AGREEMENT_FIELDS,
    agreement=True,
    tolerance="about_tolerance",
)
