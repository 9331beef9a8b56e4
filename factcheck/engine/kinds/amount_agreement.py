"""amount-agreement: sums of money for the same topic and period must overlap, rounding included."""

from decimal import Decimal

from pydantic import Field

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_check
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel


class Params(StrictModel):
    """How far "about" reaches, as a fraction of the stated amount."""

    about_tolerance: Decimal = Field(default=Decimal("0.05"), ge=0, le=1)


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per amount row whose figures cannot all be right, converted if need be."""
    return agreement_check(ctx, rule)


KIND = RuleKind(
    name="amount-agreement",
    check=check,
    params=Params,
    fields=AGREEMENT_FIELDS,
    agreement=True,
    tolerance="about_tolerance",
)
