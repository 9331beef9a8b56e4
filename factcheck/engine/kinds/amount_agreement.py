"""amount-agreement: sums of money for the same topic and period must overlap, rounding included."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from pydantic import Field

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, interval_groups
from factcheck.engine.ruleset import Rule
from factcheck.models.values import StrictModel
from factcheck.normalize.claims import NormalizedClaim
from factcheck.normalize.currencies import conversion_rate
from factcheck.normalize.intervals import Interval

FIELDS = AGREEMENT_FIELDS
AGREEMENT = True  # its groups say who agrees with whom on a row


class Params(StrictModel):
    """How far "about" reaches, as a fraction of the stated amount."""

    about_tolerance: Decimal = Field(default=Decimal("0.05"), ge=0, le=1)


def base_currency(claims: list[NormalizedClaim] | tuple[NormalizedClaim, ...]) -> str | None:
    """The currency most claims use (alphabetical on a tie): the one others convert into."""
    counts = Counter(c.quantity.unit for c in claims if c.quantity and c.quantity.unit)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _scaled(interval: Interval, rate: Decimal) -> Interval:
    lo = interval.lo * rate if interval.lo is not None else None
    hi = interval.hi * rate if interval.hi is not None else None
    return Interval(lo, hi, interval.lo_open, interval.hi_open)


def converted_intervals(
    ctx: RuleContext, claims: tuple[NormalizedClaim, ...]
) -> dict[int, Interval]:
    """Each claim's interval in the row's base currency, at the case's declared rates."""
    base = base_currency(claims)
    out: dict[int, Interval] = {}
    for item in claims:
        unit = item.quantity.unit if item.quantity else None
        if item.interval is None or unit is None or base is None or unit == base:
            continue
        rate = conversion_rate(ctx.spec.rates, unit, base)
        if rate is not None:  # unconvertible currencies are reported when the case loads
            out[id(item)] = _scaled(item.interval, rate)
    return out


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per amount row whose figures cannot all be right."""
    drafts = []
    for row in ctx.rows_for(rule.spec, "amount"):
        groups = interval_groups(list(row.claims), converted_intervals(ctx, row.claims))
        if len(groups) < 2:
            continue
        explanation = (
            f"The amounts for “{row.topic.label}” cannot all be true, even allowing for "
            "rounding to the last stated digit and for each source's qualifier."
        )
        hint = _hint(row.claims)
        drafts.append(agreement_draft(row, groups, explanation, hint))
    return drafts


def _hint(claims: tuple[NormalizedClaim, ...]) -> str | None:
    attributed = sorted({c.claim.attribution for c in claims if c.claim.attribution})
    if len(attributed) > 1:
        return f"the figures come from different estimates ({', '.join(attributed)})."
    return None
