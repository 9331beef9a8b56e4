"""Topic grouping: catalog aliases, rapidfuzz with two thresholds, clustering without a catalog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from case_builders import source_doc

from factcheck.analyze import analyze

OCT_2024 = {"kind": "date", "date": "2024-10"}


def claim(subject: str, prop: str, value: dict = OCT_2024) -> dict:
    return {"subject": subject, "property": prop, "value": value}


def topic_of(report: object, source: str) -> str:
    return next(t.topic for t in report.topics for c in t.claims if c.source == source)  # type: ignore[attr-defined]


def test_empty_catalog_clusters_acronym_and_synonym(make_case: Callable[..., Path]) -> None:
    root = make_case(
        {"title": "no catalog"},
        {
            "a.yaml": source_doc("a", [claim("MSMT", "founded")]),
            "b.yaml": source_doc(
                "b", [claim("Multilateral Sanctions Monitoring Team", "established")]
            ),
            "c.yaml": source_doc(
                "c", [claim("MSMT", "istituito", {"kind": "date", "date": "2023-10"})]
            ),
            "d.yaml": source_doc("d", [claim("UN panel", "dissolved")]),
        },
    )
    report = analyze(root)
    assert topic_of(report, "a") == topic_of(report, "b") == topic_of(report, "c")
    assert topic_of(report, "d") != topic_of(report, "a")
    conflicts = [f for f in report.findings if f.rule == "FC101"]
    assert len(conflicts) == 1 and sorted(g.sources for g in conflicts[0].groups) == [
        ["a", "b"],
        ["c"],
    ]


def test_catalog_alias_then_fuzzy_then_suggestion(make_case: Callable[..., Path]) -> None:
    case = {
        "title": "catalog",
        "grouping": {"auto": 90, "suggest": 70},
        "topics": [
            {
                "id": "msmt.founded",
                "kind": "date",
                "subjects": ["Multilateral Sanctions Monitoring Team"],
                "properties": ["founded"],
            }
        ],
    }
    root = make_case(
        case,
        {
            "alias.yaml": source_doc(
                "alias", [claim("Multilateral Sanctions Monitoring Team", "créée")]
            ),
            "fuzzy.yaml": source_doc(
                "fuzzy", [claim("Multilateral Sanction Monitoring Team", "founded")]
            ),
            "maybe.yaml": source_doc("maybe", [claim("Sanctions Monitoring Team", "founded")]),
        },
    )
    report = analyze(root)
    claims = {c.source: c for t in report.topics for c in t.claims}
    assert topic_of(report, "alias") == "msmt.founded" and claims["alias"].match == "alias"
    assert topic_of(report, "fuzzy") == "msmt.founded" and claims["fuzzy"].match == "fuzzy"
    assert 90 <= claims["fuzzy"].score < 100
    # between the thresholds: not grouped, but suggested with its score
    assert topic_of(report, "maybe") != "msmt.founded"
    assert claims["maybe"].suggestion is not None
    assert claims["maybe"].suggestion.startswith("possibly the same topic as msmt.founded (score ")


def test_value_kind_keeps_count_and_list_topics_apart(make_case: Callable[..., Path]) -> None:
    root = make_case(
        {"title": "kinds"},
        {
            "a.yaml": source_doc("a", [claim("MSMT", "members", {"kind": "count", "count": 11})]),
            "b.yaml": source_doc(
                "b", [claim("MSMT", "members", {"kind": "set", "members": ["US"]})]
            ),
        },
    )
    report = analyze(root)
    assert topic_of(report, "a") != topic_of(report, "b")


def test_periods_split_rows_of_one_topic(make_case: Callable[..., Path]) -> None:
    amount = {"kind": "amount", "amount": 2, "scale": "billion", "currency": "USD"}
    root = make_case(
        {"title": "periods"},
        {
            "a.yaml": source_doc("a", [{**claim("DPRK", "stolen", amount), "period": "2025"}]),
            "b.yaml": source_doc(
                "b", [{**claim("DPRK", "stolen", amount), "period": "2024-01/.."}]
            ),
        },
    )
    rows = [t.id for t in analyze(root).topics]
    assert rows == ["dprk.stolen.amount@2024-01/2025-10-22", "dprk.stolen.amount@2025"]


def test_grouping_ignores_file_order(make_case: Callable[..., Path]) -> None:
    sources = {
        "a.yaml": source_doc("a", [claim("MSMT", "founded"), claim("panel", "dissolved")]),
        "b.yaml": source_doc("b", [claim("Multilateral Sanctions Monitoring Team", "set up")]),
    }
    first = analyze(make_case({"title": "t"}, sources, name="one"))
    reordered = {
        "z.yaml": source_doc("a", [claim("panel", "dissolved"), claim("MSMT", "founded")]),
        "b.yaml": sources["b.yaml"],
    }
    second = analyze(make_case({"title": "t"}, reordered, name="two"))
    assert [t.id for t in first.topics] == [t.id for t in second.topics]
    assert [f.id for f in first.findings] == [f.id for f in second.findings]


def test_an_unrelated_claim_of_another_kind_keeps_topic_ids(make_case: Callable[..., Path]) -> None:
    sources = {
        "a.yaml": source_doc("a", [claim("MSMT", "founded")]),
        "b.yaml": source_doc("b", [claim("MSMT", "founded", {"kind": "date", "date": "2023-10"})]),
    }
    before = analyze(make_case({"title": "t"}, sources, name="before"))
    sources["c.yaml"] = source_doc("c", [claim("MSMT", "founded", {"kind": "count", "count": 3})])
    after = analyze(make_case({"title": "t"}, sources, name="after"))
    date_conflict = [f.id for f in before.findings if f.rule == "FC101"]
    assert date_conflict and date_conflict == [f.id for f in after.findings if f.rule == "FC101"]
