"""Pieces every rule kind shares: agreement over comparable sets, group labels, message fields."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from operator import attrgetter

from factcheck.engine.context import ComparableSet, RuleContext
from factcheck.engine.findings import Draft, Group
from factcheck.engine.spec import Rule
from factcheck.engine.whose import whose_clusters
from factcheck.normalize.claims import NormalizedClaim, claim_order
from factcheck.topics.grouping import TopicRow
from factcheck.values.base import Span, no_doubt
from factcheck.values.calendar import Moment
from factcheck.values.registry import value_kind
from factcheck.values.words import period_words

AGREEMENT_FIELDS = ("topic", "label", "period", "groups", "explanation")

Hint = Callable[[RuleContext, ComparableSet, list[Group]], list[str]]
# a comparable set's claims in the subsets that speak of one thing (the whole set by default)
Clusters = Callable[[TopicRow, list[NormalizedClaim]], list[list[NormalizedClaim]]]


_value = attrgetter("value")
_attribution = attrgetter("claim.attribution")
_stated = attrgetter("stated")
_key = attrgetter("key")


def make_group(claims: Iterable[NormalizedClaim], suffix: str = "") -> Group:
    """A group of agreeing claims, labelled by the distinct values they state."""
    return labelled(tuple(sorted(claims, key=claim_order)), suffix)


def labelled(ordered: tuple[NormalizedClaim, ...], suffix: str = "") -> Group:
    """A group of claims already in claim order, labelled by the distinct values they state."""
    # claims stating the same value share its payload: each payload is read once
    values = list(map(_value, ordered))
    payloads = dict(zip(map(id, values), values, strict=True)).values()
    labels = sorted(set(map(_stated, payloads)))
    keys = sorted(set(map(_key, payloads)))
    return Group(" / ".join(labels) + suffix, " | ".join(keys), ordered)


def ordered_groups(groups: Iterable[Group]) -> list[Group]:
    """Largest agreement first, then by value: the order every finding lists its groups in."""
    return sorted(groups, key=lambda g: (-len(g.sources), g.label))


def split(
    ctx: RuleContext, kind: str, claims: Sequence[NormalizedClaim], ordered: bool = False
) -> list[Group]:
    """The fewest groups of claims whose values can all be true at once.

    ``ordered``: the claims are in claim order, so a group's are too once its positions are.
    """
    parts = value_kind(kind).partition(list(map(_value, claims)), ctx.env)
    if ordered:  # sorting positions compares integers, not each claim's (source, index)
        pick = claims.__getitem__
        return ordered_groups(labelled(tuple(map(pick, sorted(part)))) for part in parts if part)
    return ordered_groups(make_group(claims[i] for i in part) for part in parts if part)


def agree(ctx: RuleContext, kind: str, claims: Sequence[NormalizedClaim]) -> bool:
    """True when the values of all the claims can be true at once."""
    parts = value_kind(kind).partition(list(map(_value, claims)), ctx.env)
    return sum(1 for part in parts if part) <= 1


def groups_text(groups: tuple[Group, ...] | list[Group]) -> str:
    """'October 2023 (tr-agency) vs October 2024 (it-gov-statement, sadanews)'."""
    return " vs ".join(f"{g.label} ({', '.join(g.sources)})" for g in groups)


def period_text(row: TopicRow) -> str:
    """' in Myanmar from January 2024 to September 2025' for a row with a scope or period."""
    scope = f" in {row.scope}" if row.scope else ""
    return scope + (f" {period_words(row.period)}" if row.period else "")


def when_text(when: Moment | None) -> str:
    """' as of 2025-03-29' for a running figure's time, else ''."""
    return f" as of {when.text}" if when is not None else ""


def agreement_draft(
    row: TopicRow,
    groups: list[Group] | tuple[Group, ...],
    explanation: str,
    hint: str | None,
    topics: tuple[str, ...] = (),
    when: Moment | None = None,
) -> Draft:
    """A disagreement finding on one row (``topics`` adds linked topics after the row's own)."""
    return Draft(
        topics=(row.topic.id, *topics),
        rows=(row.id,),
        groups=tuple(groups),
        explanation=explanation,
        hint=hint,
        fields={
            "topic": row.id,
            "label": row.topic.label,
            "period": period_text(row) + when_text(when),
            "groups": groups_text(groups),
            "explanation": explanation,
        },
    )


def attribution_hint(ctx: RuleContext, part: ComparableSet, groups: list[Group]) -> list[str]:
    """Point at different estimates when the sources attribute their figures differently."""
    attributed = sorted(filter(None, set(map(_attribution, part.claims))))
    if len(attributed) > 1:
        return [f"the figures come from different estimates ({', '.join(attributed)})"]
    return []


def agreement_check(
    ctx: RuleContext,
    rule: Rule,
    hint: Hint = attribution_hint,
    extra: Callable[[RuleContext, TopicRow], list[NormalizedClaim]] | None = None,
    clusters: Clusters | None = None,
    apart: Callable[[list[Group]], bool] | None = None,
) -> list[Draft]:
    """One finding per comparable set of a row whose values cannot all be true."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        for part in ctx.comparable_sets(row):
            added = extra(ctx, row) if extra else []
            claims = list(part.claims) + added
            # a row's claims are in claim order; a running figure's are in time order
            ordered = part.when is None and not added
            subsets = clusters(row, claims) if clusters else whose_clusters(row, claims)
            for subset in subsets:
                draft = disagreement(
                    ctx, row, part, subset, hint, ordered and subset is claims, apart
                )
                if draft is not None:
                    drafts.append(draft)
    return drafts


def disagreement(
    ctx: RuleContext,
    row: TopicRow,
    part: ComparableSet,
    claims: list[NormalizedClaim],
    hint: Hint,
    ordered: bool,
    apart: Callable[[list[Group]], bool] | None = None,
) -> Draft | None:
    """The finding on ``claims`` of ``row`` when their values cannot all be true; ``apart``
    says whether the groups of a proposed topic set two sources apart (sources_disagree)."""
    kind = value_kind(row.topic.kind)
    groups = split(ctx, kind.name, claims, ordered)
    if len(groups) < 2 or (row.topic.proposed and not (apart or sources_disagree)(groups)):
        return None
    explanation = kind.disagreement.format(label=row.topic.label)
    if part.when is not None:
        explanation += f" All of them give the figure as it stood at {part.when.text}."
    notes = hint(ctx, part, groups) + kind.notes(list(map(_value, claims)), ctx.env)
    # most kinds have no doubt to raise: their groups' values are not gathered for nothing
    doubt = (
        kind.doubt([list(map(_value, g.claims)) for g in groups], ctx.env)
        if kind.doubt is not no_doubt
        else None
    )
    text = "; ".join([*notes, *([doubt] if doubt else [])]) + "." if notes or doubt else None
    draft = agreement_draft(row, groups, explanation, text, when=part.when)
    return replace(draft, severity="warning") if doubt else draft


def _echoes(groups: list[Group]) -> set[tuple[str, int]]:
    """The (source, group) pairs where a source is only through a bound or a round figure
    its own exact figure in another group falls within ("more than 200 homes" in a headline,
    "231 homes" in the text): the same figure told loosely, no second thing it agrees on."""
    exact: dict[str, list[tuple[int, Span]]] = {}
    for at, group in enumerate(groups):
        for item in group.claims:
            if isinstance(item.value, Span) and item.claim.qualifier == "exact":
                exact.setdefault(item.ref.source, []).append((at, item.value))
    out = set()
    for at, group in enumerate(groups):
        for source in group.sources:
            own = [c for c in group.claims if c.ref.source == source]
            if all(_loose_echo(c, at, exact.get(source, [])) for c in own):
                out.add((source, at))
    return out


def _loose_echo(item: NormalizedClaim, at: int, exact: list[tuple[int, Span]]) -> bool:
    """Whether ``item`` (of group ``at``) is a bound or round figure one of its source's
    exact figures in another group falls within."""
    value = item.value
    if not isinstance(value, Span) or value.interval is None or item.claim.qualifier == "exact":
        return False
    return any(
        other != at and figure.interval is not None and value.interval.contains(figure.interval)
        for other, figure in exact
    )


def sources_disagree(groups: list[Group]) -> bool:
    """True when two sources stand apart: no group holds a value of both.

    In a topic extract proposed, one source giving two figures may well speak of two things
    ("3 dead in the mosque", "1,002 dead in all"; the times a raid began and ended); a source
    that also gives a figure another source gives agrees with it somewhere, and only sources
    that share no group disagree.
    """
    # a source's peers are the sources of the groups it is in: sources in the same groups
    # share them, so each distinct set of groups is joined once (a few, where joining per
    # source grew with the square of a group's sources)
    memberships: dict[str, list[int]] = {}
    echoes = _echoes(groups)
    for at, group in enumerate(groups):
        for source in group.sources:
            if (source, at) not in echoes:
                memberships.setdefault(source, []).append(at)
    everyone = len(memberships)
    for places in {tuple(at) for at in memberships.values()}:
        if len(set().union(*(groups[at].sources for at in places))) < everyone:
            return True
    return False
