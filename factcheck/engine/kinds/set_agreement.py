"""set-agreement: complete lists must be equal; partial lists must fit them and their counts."""

from __future__ import annotations

from decimal import Decimal

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
from factcheck.normalize.intervals import Interval

FIELDS = AGREEMENT_FIELDS
AGREEMENT = True  # its groups say who agrees with whom on a row


class Params(StrictModel):
    """set-agreement takes no parameters."""


def _fits(partial: NormalizedClaim, members: frozenset[str]) -> bool:
    """A partial list fits a complete one when it names only its members and its count allows."""
    size = Decimal(len(members))
    cardinality = partial.cardinality or Interval(None, None)
    return partial.members <= members and cardinality.overlaps(Interval(size, size))


class _Loose:
    """Partial lists that fit together: their union, and the smallest stated upper bound."""

    def __init__(self) -> None:
        self.members: set[str] = set()
        self.limit: Decimal | None = None
        self.items: list[NormalizedClaim] = []

    def admits(self, item: NormalizedClaim) -> bool:
        """True when the item's members and stated number fit with every list already here."""
        size = Decimal(len(self.members | item.members))
        high = item.cardinality.hi if item.cardinality is not None else None
        return all(size <= limit for limit in (self.limit, high) if limit is not None)

    def add(self, item: NormalizedClaim) -> None:
        """Take the item in, widening the union and tightening the bound."""
        self.members |= item.members
        high = item.cardinality.hi if item.cardinality is not None else None
        if high is not None:
            self.limit = high if self.limit is None else min(self.limit, high)
        self.items.append(item)


def partition(claims: list[NormalizedClaim]) -> list[list[NormalizedClaim]]:
    """Groups of mutually consistent lists: one per distinct complete list, partials attached."""
    complete: dict[frozenset[str], list[NormalizedClaim]] = {}
    partials = []
    for item in sorted(claims, key=lambda c: c.ref):
        if item.claim.value.complete:
            complete.setdefault(item.members, []).append(item)
        else:
            partials.append(item)
    groups = sorted(complete.items(), key=lambda kv: (-len(kv[1]), sorted(kv[0])))
    loose: list[_Loose] = []
    for item in partials:
        home = next((g for members, g in groups if _fits(item, members)), None)
        if home is not None:
            home.append(item)
            continue
        bucket = next((b for b in loose if b.admits(item)), None) if not groups else None
        if bucket is None:
            loose.append(bucket := _Loose())
        bucket.add(item)
    return [g for _, g in groups] + [b.items for b in loose]


def _explain(groups: list[list[NormalizedClaim]], label: str) -> str:
    complete = [g[0].members for g in groups if g[0].claim.value.complete]
    if len(complete) >= 2:
        a, b = complete[0], complete[1]
        parts = []
        if b - a:
            parts.append(f"only the second names {', '.join(sorted(b - a))}")
        if a - b:
            parts.append(f"only the first names {', '.join(sorted(a - b))}")
        return f"The complete lists for “{label}” differ: " + "; ".join(parts) + "."
    return (
        f"The lists for “{label}” cannot all be right: a partial list names members a "
        "complete list lacks, or its stated number does not fit."
    )


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per set row whose lists cannot all be right."""
    drafts = []
    for row in ctx.rows_for(rule.spec, "set"):
        parts = partition(list(row.claims))
        if len(parts) < 2:
            continue
        groups = ordered_groups(make_group(p) for p in parts)
        drafts.append(agreement_draft(row, groups, _explain(parts, row.topic.label), None))
    return drafts
