"""In a topic extract proposed, figures are compared by whose they are: the name each is
given with (seats of several parties) and who gives it (a crowd counted by the police and by
its organizers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from case_builders import analysed

CATALOG = {
    "title": "Regional vote",
    "topics": [
        {
            "id": "seats",
            "kind": "count",
            "label": "Seats",
            "proposed": True,
            "subjects": ["Seats"],
            "properties": ["seats"],
        }
    ],
}


def _claim(count: int, subject: str = "Seats", attribution: str | None = None) -> dict[str, Any]:
    claim: dict[str, Any] = {
        "topic": "seats",
        "subject": subject,
        "property": "seats",
        "value": {"kind": "count", "count": count},
    }
    if attribution:
        claim["attribution"] = attribution
    return claim


def _findings(tmp_path: Path, sources: dict[str, list[dict[str, Any]]]) -> list[str]:
    report = analysed(tmp_path, CATALOG, sources, "2026-05-04")
    return sorted(
        " vs ".join(sorted(g.value for g in f.groups))
        for f in report.findings
        if f.severity in ("error", "warning")
    )


def test_a_name_given_two_figures_is_a_conflict_though_another_name_agrees(
    tmp_path: Path,
) -> None:
    found = _findings(
        tmp_path,
        {
            "a": [_claim(60, "Green League"), _claim(58, "Harbour Party")],
            "b": [_claim(62, "Green League"), _claim(58, "Harbour Party")],
        },
    )
    assert found == ["60 vs 62"], found


def test_figures_of_different_names_are_not_compared(tmp_path: Path) -> None:
    found = _findings(
        tmp_path,
        {
            "a": [_claim(60, "Green League"), _claim(58, "Harbour Party")],
            "b": [_claim(60, "Green League")],
            "c": [_claim(58, "Harbour Party"), _claim(60, "Green League")],
        },
    )
    assert found == []


def test_names_alike_across_languages_match(tmp_path: Path) -> None:
    found = _findings(
        tmp_path,
        {
            "a": [_claim(19, "Movimento Insular"), _claim(4, "Juntos Pela Ilha")],
            "b": [_claim(19, "MOVIMENTO INSULAR"), _claim(5, "Juntos pela Ilha")],
        },
    )
    assert len(found) == 1 and "4" in found[0] and "5" in found[0], found


def test_a_topic_with_no_names_is_compared_as_before(tmp_path: Path) -> None:
    # one source giving two figures agrees with another wherever it shares one of them
    found = _findings(tmp_path, {"a": [_claim(60), _claim(58)], "b": [_claim(62), _claim(58)]})
    assert found == []
    found = _findings(tmp_path / "x", {"a": [_claim(60)], "b": [_claim(62)]})
    assert len(found) == 1


def test_figures_no_name_is_given_with_still_agree_as_a_whole(tmp_path: Path) -> None:
    # the threshold (24) and the seats in all (47) name no party: not held against each other
    found = _findings(
        tmp_path,
        {
            "a": [_claim(22, "Green League"), _claim(19, "Harbour Party"), _claim(47)],
            "b": [_claim(22, "Green League"), _claim(19, "Harbour Party"), _claim(24)],
        },
    )
    assert found == []


def test_different_claimants_are_not_a_conflict(tmp_path: Path) -> None:
    found = _findings(
        tmp_path,
        {
            "a": [_claim(3000, attribution="officials")],
            "b": [_claim(10000, attribution="organizers")],
            "c": [_claim(3000, attribution="officials"), _claim(10000, attribution="organizers")],
        },
    )
    assert found == []


def test_one_claimant_stated_differently_is_a_conflict(tmp_path: Path) -> None:
    found = _findings(
        tmp_path,
        {
            "a": [_claim(3000, attribution="officials")],
            "b": [_claim(10000, attribution="organizers")],
            "c": [_claim(4500, attribution="officials"), _claim(10000, attribution="organizers")],
        },
    )
    assert len(found) == 1 and "3000" in found[0] and "4500" in found[0], found


def test_a_name_written_in_full_is_the_same_name(tmp_path: Path) -> None:
    found = _findings(
        tmp_path,
        {
            "a": [_claim(60, "Green League"), _claim(58, "Harbour Party")],
            "b": [_claim(62, "Rival Green League"), _claim(58, "Harbour Party")],
        },
    )
    assert found == ["60 vs 62"], found


def test_a_name_holding_two_names_is_neither(tmp_path: Path) -> None:
    # the group formed by both companies, and each company's own figure
    found = _findings(
        tmp_path,
        {
            "a": [_claim(69, "Hansa"), _claim(49, "Van Rijn")],
            "b": [_claim(118, "Hansa Van Rijn"), _claim(69, "Hansa")],
            "c": [_claim(69, "Hansa"), _claim(49, "Van Rijn")],
        },
    )
    assert found == [], found


def test_claimants_no_source_sets_side_by_side_are_compared(tmp_path: Path) -> None:
    # two spokespeople, each quoted by one source on the same toll
    found = _findings(
        tmp_path,
        {
            "a": [_claim(40, attribution="Governor Alves")],
            "b": [_claim(45, attribution="officials")],
        },
    )
    assert found == ["40 vs 45"], found
