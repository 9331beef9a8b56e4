"""set-agreement: complete lists must be equal; partial lists must fit them and their counts."""

from typing import Any

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
    clusters = [_flat(c) for c in _clusters(lists)]
    if others:
        clusters = [c + others for c in clusters] or [others]
    return clusters


class _Cluster:
    """Lists that name one group: a list, then the clusters it joined, in order; and the
    distinct member sets among them (most lists repeat one another's)."""

    def __init__(self, parts: list[Any], sets: dict[frozenset[str], None]) -> None:
        self.parts = parts
        self.sets = sets


def _clusters(lists: list[NormalizedClaim]) -> list[_Cluster]:
    """Each list in turn joins every cluster one of whose lists it shares members with, and
    the merged cluster goes last.

    A member set already in a cluster joins that cluster alone: every list that shared with
    it joined the cluster it was in then. So each distinct set is compared with the others
    once, and a merge moves the smaller clusters' sets into the largest, where comparing
    every list with every cluster and copying them at each merge grew with the square of
    the lists.
    """
    order: dict[int, _Cluster] = {}  # by id, in the order the clusters were last merged
    home: dict[frozenset[str], _Cluster] = {}
    for item in lists:
        members = item.value.members  # type: ignore[attr-defined]
        found = home.get(members) if members else None
        if found is not None:
            joined = [found]
        else:
            joined = [c for c in order.values() if any(_shared_sets(members, o) for o in c.sets)]
        largest = max(joined, key=lambda c: len(c.sets), default=None)
        if largest is None:
            largest = _Cluster([item], {})
        else:
            # the largest keeps its place in ``home``; its lists move into a part of their own
            largest.parts = [
                item,
                *(_Cluster(c.parts, {}) if c is largest else c for c in joined),
            ]
            for cluster in joined:
                del order[id(cluster)]
                if cluster is not largest:
                    largest.sets.update(cluster.sets)
                    home.update(dict.fromkeys(cluster.sets, largest))
        largest.sets[members] = None
        home[members] = largest
        order[id(largest)] = largest
    return list(order.values())


def _flat(cluster: _Cluster) -> list[NormalizedClaim]:
    """A cluster's lists in order: its own, then each joined cluster's, depth first."""
    out: list[NormalizedClaim] = []
    stack: list[Any] = [cluster]
    while stack:
        part = stack.pop()
        if isinstance(part, _Cluster):
            stack.extend(reversed(part.parts))
        else:
            out.append(part)
    return out


def _shared_sets(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two member sets share more than half of the shorter one's members."""
    return 2 * len(a & b) > min(len(a), len(b))


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
