"""figure-mismatch: bounds that agree but cite different figures ("at least 30" vs "at least 45").

Two lower bounds (or two upper bounds, or two "about" figures) from different sources can
both be true and still cite figures that differ beyond their rounding: one source may have
a newer or another count. Not a contradiction; worth a look.
"""

from itertools import compress
from operator import attrgetter, itemgetter

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft, one_source, source_of
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import (
    AGREEMENT_FIELDS,
    agree,
    agreement_draft,
    labelled,
    make_group,
    ordered_groups,
)
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.normalize.claims import NormalizedClaim
from factcheck.values.base import Span
from factcheck.values.intervals import stabbing_groups

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


def _figures(claims: list[NormalizedClaim], ordered: bool) -> list[list[NormalizedClaim]]:
    """Claims split by the figure they cite: figures within each other's rounding are one.

    ``ordered``: the claims are in claim order, and each figure's are returned in it.
    """
    # every claim here states one figure (see check), whose payload is a Span with its
    # rounding: read in C
    roundings = list(map(_rounding, map(_value, claims)))
    items = list(zip(roundings, range(len(roundings)), strict=True))
    if not all(roundings):
        items = [item for item in items if item[0] is not None]
    groups = [list(map(_second, group)) for group in stabbing_groups(items)]
    if ordered:  # sorting positions compares integers, not each claim's (source, index)
        for positions in groups:
            positions.sort()
    return [list(map(claims.__getitem__, positions)) for positions in groups]


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One warning per comparable set whose same-side bounds cite different figures."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        for part in ctx.comparable_sets(row):
            by_side: dict[tuple[str, str], list[NormalizedClaim]] = {}
            # most claims state no bound: they are passed over in C, not each in turn
            qualifiers = map(_qualifier, part.claims)
            for item in compress(part.claims, map(DIRECTIONS.__contains__, qualifiers)):
                value = item.value
                if isinstance(value, Span) and value.figure is not None:
                    side = DIRECTIONS[item.claim.qualifier]
                    by_side.setdefault((side, value.canonical), []).append(item)
            for _, claims in sorted(by_side.items()):
                if one_source(claims):
                    continue
                if not agree(ctx, row.topic.kind, claims):
                    continue  # they cannot all be true: the agreement rule says so
                ordered = part.when is None  # a running figure's claims are in time order
                figures = _figures(claims, ordered)
                sources = [set(map(source_of, g)) for g in figures]
                if len(figures) < 2 or all(s == sources[0] for s in sources):
                    continue
                groups = ordered_groups(
                    labelled(tuple(g)) if ordered else make_group(g) for g in figures
                )
                explanation = (
                    f"The sources bound “{row.topic.label}” the same way but cite figures that "
                    "differ beyond rounding: one may have a newer count, or count something else."
                )
                drafts.append(agreement_draft(row, groups, explanation, None, when=part.when))
    return drafts


_value = attrgetter("value")
_qualifier = attrgetter("claim.qualifier")
_rounding = attrgetter("rounding")
_second = itemgetter(1)


KIND = RuleKind(name="figure-mismatch", check=check, params=Params, fields=AGREEMENT_FIELDS)
