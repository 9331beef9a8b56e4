"""A weekday a story opens with is the event's day: in a proposed topic of dates where the
sources give several days (the theft's, the arrests'), a wrong weekday is not hidden by
falling on another of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from case_builders import analysed

CATALOG = {
    "title": "Museum theft",
    "topics": [
        {
            "id": "event_date",
            "kind": "date",
            "label": "Date of the event",
            "proposed": True,
            "subjects": ["Date of the event"],
            "properties": ["date"],
        }
    ],
}


def _day(value: dict[str, Any]) -> dict[str, Any]:
    return {
        "topic": "event_date",
        "subject": "Date of the event",
        "property": "date",
        "value": {"kind": "date", **value},
    }


def _errors(tmp_path: Path, sources: dict[str, list[dict[str, Any]]]) -> list[list[str]]:
    report = analysed(tmp_path, CATALOG, sources, "2026-03-20")
    return [sorted(g.value for g in f.groups) for f in report.findings if f.severity == "error"]


# 8 March 2026 is a Sunday, 14 March a Saturday
THEFT, ARREST = {"date": "2026-03-08"}, {"date": "2026-03-14"}


def test_a_wrong_weekday_falling_on_another_day_of_the_story_is_flagged(tmp_path: Path) -> None:
    found = _errors(
        tmp_path,
        {
            "a": [_day(THEFT), _day(ARREST)],
            "b": [_day({"weekday": "saturday"})],
            "c": [_day(THEFT), _day(ARREST)],
        },
    )
    assert ["8 March 2026", "Saturday"] in found, found


def test_the_right_weekday_is_no_conflict(tmp_path: Path) -> None:
    found = _errors(
        tmp_path,
        {
            "a": [_day(THEFT), _day(ARREST)],
            "b": [_day({"weekday": "sunday"})],
            "c": [_day(THEFT), _day(ARREST)],
        },
    )
    assert found == []


def test_a_weekday_opening_no_story_is_compared_as_before(tmp_path: Path) -> None:
    # the weekday comes after the source's own day: it may be the arrests'
    found = _errors(
        tmp_path,
        {
            "a": [_day(THEFT), _day(ARREST)],
            "b": [_day(THEFT), _day({"weekday": "saturday"})],
            "c": [_day(THEFT), _day(ARREST)],
        },
    )
    assert found == []


def test_a_weekday_two_stories_open_with_is_a_day_of_its_own(tmp_path: Path) -> None:
    # two sources open with the Saturday the suspects were arrested
    found = _errors(
        tmp_path,
        {
            "a": [_day(THEFT), _day(ARREST)],
            "b": [_day({"weekday": "saturday"})],
            "c": [_day({"weekday": "saturday"}), _day(THEFT)],
            "d": [_day(THEFT), _day(ARREST)],
        },
    )
    assert found == []


def _unchecked(tmp_path: Path, sources: dict[str, list[dict[str, Any]]]) -> list[list[str]]:
    # a topic proposed from the kind of value alone: no word named what its days are of
    catalog = {**CATALOG, "topics": [{**CATALOG["topics"][0], "by_kind": True}]}
    report = analysed(tmp_path, catalog, sources, "2026-03-20")
    return [sorted(g.value for g in f.groups) for f in report.findings if f.severity == "error"]


def test_a_wrong_opening_weekday_is_flagged_where_no_word_named_the_days(
    tmp_path: Path,
) -> None:
    found = _unchecked(
        tmp_path,
        {
            "a": [_day(THEFT), _day(ARREST)],
            "b": [_day({"weekday": "saturday"})],
            "c": [_day(THEFT)],
        },
    )
    assert ["8 March 2026", "Saturday"] in found, found


def test_other_days_are_not_compared_where_no_word_named_the_days(tmp_path: Path) -> None:
    # a's and c's second days may be of other things: only the opening weekday is compared
    found = _unchecked(
        tmp_path,
        {
            "a": [_day(THEFT), _day(ARREST)],
            "b": [_day({"weekday": "sunday"})],
            "c": [_day(THEFT), _day({"date": "2026-03-17"})],
        },
    )
    assert found == []


# 24 September 2026 is a Thursday, 23 September a Wednesday; May 2025 an earlier attempt,
# with whose days the split puts the Thursdays
def test_a_day_that_falls_on_another_source_s_weekday_agrees_with_it(tmp_path: Path) -> None:
    found = _errors(
        tmp_path,
        {
            "a": [_day({"date": "2025-05"}), _day({"weekday": "thursday"})],
            "b": [_day({"date": "2026-09-24"})],
            "c": [_day({"date": "2025-05"}), _day({"weekday": "thursday"})],
        },
    )
    assert found == []


def test_a_day_that_falls_on_no_weekday_given_stands_apart(tmp_path: Path) -> None:
    found = _errors(
        tmp_path,
        {
            "a": [_day({"date": "2025-05"}), _day({"weekday": "thursday"})],
            "b": [_day({"date": "2026-09-23"})],
            "c": [_day({"date": "2025-05"}), _day({"weekday": "thursday"})],
        },
    )
    assert found and any("23 September 2026" in group for group in found[0]), found


def test_a_wrong_opening_weekday_is_one_finding_not_two(tmp_path: Path) -> None:
    # the whole row sets the Tuesday apart too; the finding on the opening day says it alone
    found = _errors(
        tmp_path,
        {
            "a": [_day(THEFT), _day(ARREST)],
            "b": [_day({"weekday": "tuesday"})],
            "c": [_day(THEFT), _day(ARREST)],
        },
    )
    assert found == [["8 March 2026", "Tuesday"]], found
