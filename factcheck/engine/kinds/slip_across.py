"""slip-across: one source's sum is another's with its digits slipped, in another topic.

The words around one sum differ from outlet to outlet ("stolen", "worth", "damage"), so one
figure may be drafted into two topics, and a sum misstated in one source is then never set
beside the others. Two sums (or measures) of one currency or unit, from sources that share
neither figure, that differ by a power of ten or by two neighbouring digits swapped, are one
figure misstated: "1.2 million euros" in five sources, "2.1 million euros" in a sixth.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import combinations

from pydantic import Field

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft, source_of
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, make_group
from factcheck.engine.kinds.figure_slip import Params as SlipParams
from factcheck.engine.kinds.figure_slip import reading, slipped
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import TopicRow
from factcheck.values.base import Span

_STATED = ("exact", "about")


class Params(StrictModel):
    """The value kinds looked at, and how many significant digits two figures must share."""

    kinds: list[str] = Field(default_factory=lambda: ["amount", "quantity"])
    digits: int = Field(default=2, ge=2, le=6)


Placed = tuple[TopicRow, NormalizedClaim]


def _figures(ctx: RuleContext, kinds: list[str]) -> dict[tuple[str, str], list[Placed]]:
    """Every claim stating one figure of a unit (a currency, a unit), with its row, by the
    unit and the figure's scope."""
    out: dict[tuple[str, str], list[Placed]] = {}
    for row in ctx.grouping.rows:
        if row.topic.kind not in kinds:
            continue
        for item in row.claims:
            value = item.value
            if (
                isinstance(value, Span)
                and value.figure
                and value.canonical
                and item.claim.qualifier in _STATED
                and not item.claim.superseded
            ):
                out.setdefault((value.canonical, row.scope or ""), []).append((row, item))
    return out


def _figure(item: NormalizedClaim) -> Decimal:
    value = item.value
    assert isinstance(value, Span)
    figure = reading(value)
    assert figure is not None
    return figure.normalize()


def _apart(a: list[Placed], b: list[Placed]) -> bool:
    """Whether the two figures sit in different topics, and not each only in a period of
    its own."""
    if len({row.topic.id for row, _ in a + b}) == 1:
        return False  # one topic: the agreement rules or figure-slip compare them
    # two figures each only of its own period may be two periods' figures
    first = {row.period.key if row.period else "" for row, _ in a}
    second = {row.period.key if row.period else "" for row, _ in b}
    return "" in first or "" in second or bool(first & second)


def _told(a: list[Placed], b: list[Placed], first: Decimal, second: Decimal) -> bool:
    """Whether a row holding both figures already has them flagged: a checked row's
    agreement rule, or figure-slip in a topic no word named (with its own defaults)."""

    def beside(one: TopicRow, other: TopicRow) -> bool:
        # one row, or two of a topic figure-slip sets side by side (one of no period)
        same = one.topic.id == other.topic.id and one.scope == other.scope
        return one.id == other.id or (same and (one.period is None or other.period is None))

    for row, _ in b:
        if not any(beside(mine, row) for mine, _ in a):
            continue
        if row.topic.checked:
            return True
        own = SlipParams()
        swapped = own.swapped_digits_scoped if row.scope else own.swapped_digits
        if slipped(first, second, own.digits, swapped) is not None:
            return True
    return False


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per pair of slipped figures of one unit in different topics."""
    params = rule.params
    assert isinstance(params, Params)
    drafts = []
    for placed in _figures(ctx, params.kinds).values():
        by_figure: dict[Decimal, list[Placed]] = {}
        for row, item in placed:
            by_figure.setdefault(_figure(item), []).append((row, item))
        sources = {f: {source_of(c) for _, c in items} for f, items in by_figure.items()}
        for a, b in combinations(sorted(by_figure), 2):
            if sources[a] & sources[b] or not _apart(by_figure[a], by_figure[b]):
                continue
            how = slipped(a, b, params.digits, params.digits)
            if how is None or _told(by_figure[a], by_figure[b], a, b):
                continue
            first = by_figure[a][0][0]
            others = sorted({row.topic.id for row, _ in by_figure[a] + by_figure[b]})
            groups = [make_group(c for _, c in by_figure[f]) for f in (a, b)]
            explanation = (
                f"Two sums of one unit, drafted into different topics ({', '.join(others)}) "
                f"by the words around them, differ only by a {how} of their digits, and no "
                "source gives both: they are likely one figure misstated."
            )
            topics = tuple(t for t in others if t != first.topic.id)
            drafts.append(agreement_draft(first, groups, explanation, None, topics=topics))
    return drafts


KIND = RuleKind(name="slip-across", check=check, params=Params, fields=AGREEMENT_FIELDS)
