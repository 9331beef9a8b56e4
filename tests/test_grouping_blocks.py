"""Blocked, batch-scored grouping gives exactly the grouping of the pairwise loop it replaced."""

from __future__ import annotations

import sys
from pathlib import Path

from grouping_reference import group_claims as pairwise
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.io.loader import load_case
from factcheck.models.case import CaseSpec
from factcheck.models.source import Claim, Source
from factcheck.normalize.claims import ClaimRef, NormalizedClaim, normalize_case, normalize_claim
from factcheck.topics import grouping
from factcheck.topics.grouping import group_claims

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic_case import build

# Words that make acronyms (MSMT, UN), synonyms in several languages, near-misses and
# reordered words, so that ties, acronyms and scores near the thresholds all come up.
WORDS = [
    "multilateral", "sanctions", "monitoring", "team", "msmt", "mst", "un", "panel",
    "united", "nations", "north", "korea", "dprk", "it", "workers", "worker", "of", "the",
    "kuzey", "kore", "group", "groups", "teams",
]  # fmt: skip
PROPERTIES = [
    "founded", "established", "istituito", "kuruldu", "créée", "found", "stolen", "rubato",
    "volé", "count", "number", "numero", "member count", "members", "host countries", "pays",
    "dissolved", "deaths", "death", "killed",
]  # fmt: skip
KINDS = {
    "count": {"kind": "count", "count": 3},
    "date": {"kind": "date", "date": "2024-10"},
    "text": {"kind": "text", "text": "x"},
}

subjects = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
kinds = st.sampled_from(sorted(KINDS))
topic_specs = st.builds(
    lambda n, kind, subj, props: {
        "id": f"t{n}.x",
        "kind": kind,
        "subjects": subj,
        "properties": props,
    },
    st.integers(0, 5),
    kinds,
    st.lists(subjects, min_size=1, max_size=3),
    st.lists(st.sampled_from(PROPERTIES), min_size=1, max_size=3),
)
claims_drawn = st.lists(
    st.tuples(subjects, st.sampled_from(PROPERTIES), kinds, st.booleans()), min_size=1, max_size=40
)


def _spec(topics: list[dict], auto: float, suggest: float) -> CaseSpec:
    unique = {t["id"]: t for t in topics}
    return CaseSpec.model_validate(
        {
            "title": "t",
            "topics": list(unique.values()),
            "grouping": {"auto": auto, "suggest": suggest},
        }
    )


def _normalized(drawn: list[tuple[str, str, str, bool]]) -> list[NormalizedClaim]:
    source = Source(id="s", title="S", outlet="O", language="en")
    out = []
    for index, (subject, prop, kind, scoped) in enumerate(drawn):
        claim = Claim.model_validate(
            {
                "subject": subject,
                "property": prop,
                "value": KINDS[kind],
                "scope": "Thailand" if scoped else None,
            }
        )
        ref = ClaimRef("s", index, "s.yaml", index + 1)
        out.append(normalize_claim(claim, source, ref, {}))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    claims_drawn,
    st.lists(topic_specs, max_size=4),
    st.sampled_from([(88, 70), (100, 100), (60, 40), (90, 0), (75, 75)]),
)
def test_blocked_grouping_equals_pairwise(
    drawn: list[tuple[str, str, str, bool]], topics: list[dict], levels: tuple[float, float]
) -> None:
    spec = _spec(topics, *levels)
    claims = _normalized(drawn)
    expected = pairwise(claims, spec)
    assert group_claims(claims, spec) == expected
    # and with every subject scored in one batch, as large cases are
    batch_from, grouping.BATCH_FROM = grouping.BATCH_FROM, 1
    try:
        assert group_claims(claims, spec) == expected
    finally:
        grouping.BATCH_FROM = batch_from


def test_the_example_case_groups_as_before(example_case: Path) -> None:
    case = load_case(example_case)
    claims = normalize_case(case, {})
    assert group_claims(claims, case.spec) == pairwise(claims, case.spec)
    # and with no catalog at all: every claim clustered
    spec = case.spec.model_copy(update={"topics": []})
    bare = [c._replace(claim=c.claim.model_copy(update={"topic": None})) for c in claims]
    assert group_claims(bare, spec) == pairwise(bare, spec)


def test_the_synthetic_case_with_distinct_subjects_groups_as_before(tmp_path: Path) -> None:
    case = load_case(build(tmp_path / "case", 3_000, distinct=grouping.BATCH_FROM + 50))
    claims = normalize_case(case, {})
    found = group_claims(claims, case.spec)
    assert found == pairwise(claims, case.spec)
    assert len({a.topic for a in found.assignments.values()}) > 100
