"""Pieces every rule kind shares: interval agreement, group labels and message fields."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.engine.findings import Draft, Group
from factcheck.normalize.claims import NormalizedClaim
from factcheck.normalize.display import normalized_text, period_words, stated_text
from factcheck.normalize.intervals import Interval, stabbing_groups
from factcheck.topics.grouping import TopicRow

AGREEMENT_FIELDS = ("topic", "label", "period", "groups", "explanation")


def make_group(claims: list[NormalizedClaim]) -> Group:
    """A group of agreeing claims, labelled by the distinct values they state."""
    ordered = tuple(sorted(claims, key=lambda c: c.ref))
    labels = sorted({stated_text(c) for c in ordered})
    keys = sorted({normalized_text(c) for c in ordered})
    return Group(" / ".join(labels), " | ".join(keys), ordered)


def interval_groups(
    claims: list[NormalizedClaim], interval_of: dict[int, Interval] | None = None
) -> list[Group]:
    """Split claims into the fewest groups whose values can all be true at once."""
    items = [
        ((interval_of or {}).get(id(c)) or c.interval, c) for c in claims if c.interval is not None
    ]
    groups = stabbing_groups(items)  # type: ignore[arg-type]
    return ordered_groups([make_group([c for _, c in group]) for group in groups])


def ordered_groups(groups: Iterable[Group]) -> list[Group]:
    """Largest agreement first, then by value: the order every finding lists its groups in."""
    return sorted(groups, key=lambda g: (-len(g.sources), g.label))


def groups_text(groups: tuple[Group, ...] | list[Group]) -> str:
    """'October 2023 (tr-agency) vs October 2024 (it-gov-statement, sadanews)'."""
    return " vs ".join(f"{g.label} ({', '.join(g.sources)})" for g in groups)


def period_text(row: TopicRow) -> str:
    """' from January 2024 to September 2025' for a row with a period, else ''."""
    return f" {period_words(row.period)}" if row.period else ""


def agreement_draft(
    row: TopicRow,
    groups: list[Group] | tuple[Group, ...],
    explanation: str,
    hint: str | None,
    topics: tuple[str, ...] = (),
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
            "period": period_text(row),
            "groups": groups_text(groups),
            "explanation": explanation,
        },
    )


def distinct_sources(claims: list[NormalizedClaim] | tuple[NormalizedClaim, ...]) -> int:
    """How many different sources the claims come from."""
    return len({c.ref.source for c in claims})
