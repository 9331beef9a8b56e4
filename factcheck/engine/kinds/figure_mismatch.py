"""figure-mismatch: bounds that agree but cite different figures ("at least 30" vs "at least 45").

Two lower bounds (or two upper bounds, or two "about" figures) from different sources can
both be true and still cite figures that differ beyond their rounding: one source may have
a newer or another count. Not a contradiction; worth a look.
"""

from __future__ import annotations

from operator import attrgetter

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft, source_of
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import (
    AGREEMENT_FIELDS,
    agree,
    agreement_draft,
    make_group,
    ordered_groups,
)
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.normalize.claims import NormalizedClaim
from factcheck.values.base import Span
from factcheck.values.intervals import stabbing_groups

_value = attrgetter("value")
_qualifier = attrgetter("claim.qualifier")

# qualifiers that bound a figure from the same side cite comparable figures
DIRECTIONS = {
    "at_least": "lower",
    "more_than": "lower",
    "at_most": "upper",
    "less_than": "upper",
    "up_to": "upper",
    "about": "about",
}


class Params(StrictModel):
    """figure-mismatch takes no parameters."""


def _figures(claims: list[NormalizedClaim]) -> list[list[NormalizedClaim]]:
    """Claims split by the figure they cite: figures within each other's rounding are one."""
    items = [
        (c.value.rounding, c) for c in claims if isinstance(c.value, Span) and c.value.rounding
    ]
    return [[c for _, c in group] for group in stabbing_groups(items)]  # type: ignore[arg-type]


def _by_side(
    claims: tuple[NormalizedClaim, ...],
) -> dict[tuple[str, str], list[NormalizedClaim]]:
    """The claims bounding a figure, by side and unit, in claim order."""
    # claims stating the same value with the same qualifier share a side: each pair is
    # asked once, and the claims are read per pair in C
    values = list(map(_value, claims))
    pairs = list(zip(map(_qualifier, claims), map(id, values), strict=True))
    payloads = dict(zip(map(id, values), values, strict=True))
    side_of: dict[tuple[str, int], tuple[str, str] | None] = {}
    for qualifier, key in dict.fromkeys(pairs):
        side = DIRECTIONS.get(qualifier)
        value = payloads[key]
        bounded = side is not None and isinstance(value, Span) and value.figure is not None
        side_of[qualifier, key] = (side, value.canonical) if side and bounded else None
    wanted = {s for s in side_of.values() if s is not None}
    if not wanted:
        return {}
    if len(wanted) == 1 and None not in side_of.values():
        return {wanted.pop(): list(claims)}
    sides = list(map(side_of.__getitem__, pairs))
    return {side: [c for c, s in zip(claims, sides, strict=True) if s == side] for side in wanted}


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One warning per comparable set whose same-side bounds cite different figures."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        for part in ctx.comparable_sets(row):
            by_side = _by_side(part.claims)
            for _, claims in sorted(by_side.items()):
                if len(set(map(source_of, claims))) < 2:
                    continue
                if not agree(ctx, row.topic.kind, claims):
                    continue  # they cannot all be true: the agreement rule says so
                figures = _figures(claims)
                sources = [set(map(source_of, g)) for g in figures]
                if len(figures) < 2 or all(s == sources[0] for s in sources):
                    continue
                groups = ordered_groups(make_group(g) for g in figures)
                explanation = (
                    f"The sources bound “{row.topic.label}” the same way but cite figures that "
                    "differ beyond rounding: one may have a newer count, or count something else."
                )
                drafts.append(agreement_draft(row, groups, explanation, None, when=part.when))
    return drafts


KIND = RuleKind(name="figure-mismatch", check=check, params=Params, fields=AGREEMENT_FIELDS)
