"""figure-slip: one source's figure is another's with its digits slipped.

A topic proposed from the kind of value alone is not checked: two sums no word names may be
two different sums. Yet when one source gives 7.8 million and another 78 million in the same
currency, for the same period and scope, the figures are too alike to be two things and too
far apart to be one: a decimal point or a scale word moved (a magnitude slip), or two digits
changed places (213 and 231, or a race time of 2:32:02 and 2:23:02). Only such pairs are
flagged in those topics.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import combinations

from pydantic import Field

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft, source_of
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, make_group
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import TopicRow
from factcheck.values.base import Span

# a bound cites its figure as loosely as a round one: only these state the figure itself
_STATED = ("exact", "about")


class Params(StrictModel):
    """How many significant digits two figures must share before a slip is told: a power of
    ten apart, or swapped in a row of no named scope (where two unlike things are more often
    alike by chance: "36 %" of one thing and "63 %" of another), or in one of a scope."""

    digits: int = Field(default=2, ge=2, le=6)
    swapped_digits: int = Field(default=3, ge=2, le=6)
    swapped_digits_scoped: int = Field(default=2, ge=2, le=6)


def digits_of(figure: Decimal) -> tuple[str, int]:
    """The significant digits of a figure and its order of magnitude: 7.8 million is
    ('78', 6), 78 million ('78', 7), 213 ('213', 2)."""
    _, digits, exponent = abs(figure).normalize().as_tuple()
    text = "".join(map(str, digits)).rstrip("0") or "0"
    assert isinstance(exponent, int)  # a stated figure is finite
    return text, len(digits) + exponent - 1


def slipped(a: Decimal, b: Decimal, least: int, swapped_least: int) -> str | None:
    """How ``b`` slipped from ``a`` ("magnitude" or "transposition"), or None when it did
    not: both share at least ``least`` significant digits, moved by a power of ten, or are of
    one magnitude with two neighbouring digits swapped, of at least ``swapped_least``."""
    (da, ma), (db, mb) = digits_of(a), digits_of(b)
    if da == db:
        return "magnitude" if ma != mb and len(da) >= least else None
    if ma != mb or len(da) != len(db) or len(da) < swapped_least:
        return None
    swapped = [i for i in range(len(da)) if da[i] != db[i]]
    if len(swapped) != 2 or swapped[1] != swapped[0] + 1:
        return None
    i, j = swapped
    return "transposition" if da[i] == db[j] and da[j] == db[i] else None


def reading(value: Span) -> Decimal | None:
    """The figure as its digits are written: a duration in whole seconds as its clock
    reading ("2:23:02" is 22302, not 8582 seconds), so that swapped digits show; None for
    no figure."""
    figure = value.figure
    if figure is None or value.canonical != "s" or figure != figure.to_integral_value():
        return figure
    hours, rest = divmod(int(figure), 3600)
    return Decimal(hours * 10000 + (rest // 60) * 100 + rest % 60)


def _figures(row: TopicRow) -> dict[str, list[NormalizedClaim]]:
    """The row's claims stating one figure, by canonical unit (a currency, a unit)."""
    out: dict[str, list[NormalizedClaim]] = {}
    for item in row.claims:
        value = item.value
        if (
            isinstance(value, Span)
            and value.figure is not None
            and value.figure != 0
            and item.claim.qualifier in _STATED
            and not item.claim.superseded
        ):
            out.setdefault(value.canonical, []).append(item)
    return out


def _pairs(
    claims: list[NormalizedClaim], least: int, swapped_least: int
) -> list[tuple[str, Decimal, Decimal]]:
    """Each pair of figures of different sources, one slipped from the other, where neither
    source also gives the other's figure (a source giving both tells two things apart)."""
    by_figure: dict[Decimal, set[str]] = {}
    for item in claims:
        assert isinstance(item.value, Span) and item.value.figure is not None
        by_figure.setdefault(_figure(item) or Decimal(0), set()).add(source_of(item))
    found = []
    for a, b in combinations(sorted(by_figure), 2):
        if by_figure[a] & by_figure[b]:
            continue
        how = slipped(a, b, least, swapped_least)
        if how is not None:
            found.append((how, a, b))
    return found


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per pair of slipped figures in a topic no word named."""
    params = rule.params
    assert isinstance(params, Params)
    drafts = []
    for row in ctx.grouping.rows:
        if row.topic.checked or not rule.spec.applies(row.topic.id, row.topic.kind):
            continue
        swapped = params.swapped_digits_scoped if row.scope else params.swapped_digits
        # a figure given with no period is set beside those of a period too: a sum the
        # text ties to the day it was decided on ("16日决定…12亿日元") is the same sum
        timeless = _timeless(ctx, row)
        own = _figures(row)
        for unit, claims in own.items():
            mine = {_figure(c) for c in claims}
            claims = claims + timeless.get(unit, [])
            for how, a, b in _pairs(claims, params.digits, swapped):
                if a not in mine and b not in mine:
                    continue  # the timeless row's own pair, found on that row
                groups = [
                    make_group(c for c in claims if _figure(c) == figure) for figure in (a, b)
                ]
                explanation = (
                    f"No word names what “{row.topic.label}” is, so its figures are not "
                    f"compared; but these two differ only by a {how} of their digits, the "
                    "way a figure is misstated when copied: they are likely one figure."
                )
                drafts.append(agreement_draft(row, groups, explanation, None))
    return drafts


def _timeless(ctx: RuleContext, row: TopicRow) -> dict[str, list[NormalizedClaim]]:
    """The figures of ``row``'s topic and scope given with no period, by unit, where ``row``
    has a period (none where it has none: they are its own)."""
    if row.period is None:
        return {}
    rows = ctx.rows_by_topic.get(row.topic.id, [])
    same = next((r for r in rows if r.period is None and r.scope == row.scope), None)
    return _figures(same) if same is not None else {}


def _figure(item: NormalizedClaim) -> Decimal | None:
    value = item.value
    figure = reading(value) if isinstance(value, Span) else None
    return figure.normalize() if figure else None


KIND = RuleKind(name="figure-slip", check=check, params=Params, fields=AGREEMENT_FIELDS)
