"""set-agreement: complete lists must be equal; partial lists must fit them and their counts."""

from __future__ import annotations

from factcheck.engine.context import ComparableSet, RuleContext
from factcheck.engine.findings import Draft, Group
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_check
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import TopicRow
from factcheck.values.set import Members


class Params(StrictModel):
    """set-agreement takes no parameters."""


def _complete(group: Group) -> frozenset[str] | None:
    for item in group.claims:
        if isinstance(item.value, Members) and item.value.complete:
            return item.value.members
    return None


def _hint(ctx: RuleContext, part: ComparableSet, groups: list[Group]) -> list[str]:
    """Say which members only one complete list names."""
    complete = [m for g in groups if (m := _complete(g)) is not None]
    if len(complete) < 2:
        return []
    a, b = complete[0], complete[1]
    notes = []
    if b - a:
        notes.append(f"only the second list names {', '.join(sorted(b - a))}")
    if a - b:
        notes.append(f"only the first list names {', '.join(sorted(a - b))}")
    return notes


def _shared(a: Members, b: Members) -> bool:
    """True when two lists share more than half of the shorter one's members."""
    return 2 * len(a.members & b.members) > min(len(a.members), len(b.members))


def same_groups(row: TopicRow, claims: list[NormalizedClaim]) -> list[list[NormalizedClaim]]:
    """The lists of a discovered topic in clusters that name one group.

    Two accounts of one group (the members of a bloc, the regions under a decree) name mostly
    the same members; lists sharing half their members or fewer are of different groups that
    the same words introduce ("countries", "regions") and are not compared. A catalog topic
    is one group by the editor's word.
    """
    if not row.topic.proposed:
        return [claims]
    lists = [c for c in claims if isinstance(c.value, Members)]
    others = [c for c in claims if not isinstance(c.value, Members)]
    clusters: list[list[NormalizedClaim]] = []
    for item in lists:
        value = item.value
        assert isinstance(value, Members)
        joined = [
            c
            for c in clusters
            if any(_shared(value, o.value) for o in c)  # type: ignore[arg-type]
        ]
        merged = [item, *(c for cluster in joined for c in cluster)]
        clusters = [c for c in clusters if c not in joined] + [merged]
    if others:
        clusters = [c + others for c in clusters] or [others]
    return clusters


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per set row whose lists cannot all be right."""
    return agreement_check(ctx, rule, _hint, clusters=same_groups)


KIND = RuleKind(
    name="set-agreement",
    check=check,
    params=Params,
    fields=AGREEMENT_FIELDS,
    agreement=True,
)
