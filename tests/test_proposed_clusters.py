"""In a topic extract proposed, lists cluster by shared members and sources stand apart by
the groups they share: the quick forms give what the plain definitions give."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from factcheck.engine.findings import Group
from factcheck.engine.kinds.common import sources_disagree
from factcheck.engine.kinds.set_agreement import same_groups
from factcheck.normalize.claims import ClaimRef, NormalizedClaim
from factcheck.topics.grouping import TopicInfo, TopicRow
from factcheck.values.base import Span
from factcheck.values.intervals import Interval
from factcheck.values.set import Members

COUNTRIES = ["CN", "RU", "LA", "KH", "GQ", "GN", "NG", "TZ", "US", "GB"]
PROPOSED = TopicInfo("hosts", "set", "hosts", False, proposed=True)


def _claim(at: int, value: object) -> NormalizedClaim:
    ref = ClaimRef(f"s{at:03d}", 0, f"s{at:03d}.yaml", 1)
    return NormalizedClaim(ref, None, None, value)  # type: ignore[arg-type]


def _members(codes: frozenset[str]) -> Members:
    size = Decimal(len(codes))
    key = "{" + ", ".join(sorted(codes)) + "}"
    return Members(
        stated=key,
        normalized=key,
        key=key,
        members=codes,
        complete=True,
        cardinality=Interval(size, size),
    )


def _plain_clusters(claims: list[NormalizedClaim]) -> list[list[NormalizedClaim]]:
    """Each list joins every cluster holding a list it shares more than half of the shorter
    list's members with; the merged cluster goes last."""

    def shared(a: NormalizedClaim, b: NormalizedClaim) -> bool:
        x, y = a.value.members, b.value.members
        return 2 * len(x & y) > min(len(x), len(y))

    lists = [c for c in claims if isinstance(c.value, Members)]
    others = [c for c in claims if not isinstance(c.value, Members)]
    clusters: list[list[NormalizedClaim]] = []
    for item in lists:
        joined = [c for c in clusters if any(shared(item, o) for o in c)]
        merged = [item, *(c for cluster in joined for c in cluster)]
        clusters = [c for c in clusters if all(c is not j for j in joined)] + [merged]
    if others:
        clusters = [c + others for c in clusters] or [others]
    return clusters


def _plain_disagree(groups: list[Group]) -> bool:
    together: dict[str, set[str]] = {}
    for group in groups:
        for source in group.sources:
            together.setdefault(source, set()).update(group.sources)
    return any(len(peers) < len(together) for peers in together.values())


@pytest.mark.parametrize("seed", range(40))
def test_lists_cluster_as_the_plain_definition_says(seed: int) -> None:
    rng = random.Random(seed)
    # a few distinct lists, repeated as sources repeat each other, and now and then a count
    shapes = [frozenset(rng.sample(COUNTRIES, rng.randint(1, 5))) for _ in range(rng.randint(1, 6))]
    payloads = [_members(s) for s in shapes]
    count = Span(stated="3", normalized="3", key="3", interval=Interval(Decimal(3), Decimal(3)))
    claims = [
        _claim(at, count if rng.random() < 0.1 else rng.choice(payloads))
        for at in range(rng.randint(1, 30))
    ]
    row = TopicRow("hosts", PROPOSED, None, tuple(claims))
    assert same_groups(row, claims) == _plain_clusters(claims)


@pytest.mark.parametrize("seed", range(40))
def test_sources_stand_apart_as_the_plain_definition_says(seed: int) -> None:
    rng = random.Random(seed)
    sources = [f"s{n}" for n in range(rng.randint(2, 8))]
    groups = [
        Group(f"g{n}", f"g{n}", tuple(_claim(int(s[1:]), None) for s in rng.sample(sources, k)))
        for n, k in enumerate(rng.randint(1, len(sources)) for _ in range(rng.randint(1, 4)))
    ]
    assert sources_disagree(groups) == _plain_disagree(groups)


def test_a_catalog_topic_is_one_group() -> None:
    claims = [_claim(0, _members(frozenset({"CN"}))), _claim(1, _members(frozenset({"RU"})))]
    catalogued = TopicInfo("hosts", "set", "hosts", True)
    assert same_groups(TopicRow("hosts", catalogued, None, tuple(claims)), claims) == [claims]
