"""The stories bench on a made-up story: gold -> claim mapping, placing found figures in topics
and the whole catalog mode (scoring and value matching: test_bench_stories_match.py).

Made-up mini gold data only; the corpus texts are never used here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import stories  # noqa: E402
from stories_gold import GoldClaim, GoldStory, story_from_data  # noqa: E402
from stories_mapping import (  # noqa: E402
    Validators,
    build_plan,
    claim_data,
    validate_plan,
    write_case,
)
from stories_match import (  # noqa: E402
    View,
    right_topic,
)
from stories_values import MappingError, number_kind, value_of  # noqa: E402

# ---------------------------------------------------------------- a made-up story

BODY_A = "Club news\nThe club had 9 members when it was set up in 2024.\n"
BODY_B = "Club report\nSet up in 2024, the club counts 11 members today.\n"


def _gold(extra_claims: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "story": "chess-club-2025",
        "description": "A made-up club.",
        "articles": [
            {
                "id": "K01",
                "file": "01_en_a.txt",
                "language": "en",
                "outlet": "Paper A",
                "published": "2025-01-10",
                "claims": [
                    {"id": "K01.1", "topic": "members", "value": 9, "qualifier": "exact",
                     "quote": "9 members"},
                    {"id": "K01.2", "topic": "founded", "value": "2024", "precision": "year",
                     "quote": "in 2024"},
                    *(extra_claims or []),
                ],
            },
            {
                "id": "K02",
                "file": "02_en_b.txt",
                "language": "en",
                "outlet": "Paper B",
                "published": "2025-01-12",
                "claims": [
                    {"id": "K02.1", "topic": "members", "value": 11, "qualifier": "exact",
                     "quote": "11 members"},
                    {"id": "K02.2", "topic": "founded", "value": "2024", "precision": "year",
                     "quote": "in 2024"},
                ],
            },
        ],
        "conflicts": [
            {"id": "KC1", "topic": "members", "claims": ["K01.1", "K02.1"],
             "expected_flag": "required"},
        ],
        "non_conflicts": [{"topic": "founded", "claims": ["K01.2", "K02.2"]}],
    }  # fmt: skip


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "stories" / "chess-club-2025"
    folder.mkdir(parents=True)
    (folder / "01_en_a.txt").write_text("# source: x | Paper A | en | 2025-01-10\n" + BODY_A)
    (folder / "02_en_b.txt").write_text("# source: y | Paper B | en | 2025-01-12\n" + BODY_B)
    (folder / "gold.yaml").write_text(yaml.safe_dump(_gold()), encoding="utf-8")
    return folder


def _story(data: dict[str, Any], folder: Path) -> GoldStory:
    return story_from_data(data, folder)


# ---------------------------------------------------------------- mapping


@pytest.mark.parametrize(
    ("fields", "value"),
    [
        ({"value": "2025-10-19", "precision": "day"}, {"kind": "date", "date": "2025-10-19"}),
        ({"value": "Tuesday", "precision": "weekday"}, {"kind": "date", "weekday": "tuesday"}),
        (
            {"value": ["2025-10-20", "2025-10-19"], "precision": "day"},
            {"kind": "date", "min": "2025-10-19", "max": "2025-10-20"},
        ),
        ({"value": [18, 19], "unit": "century"}, {"kind": "date", "min": "1701", "max": "1900"}),
        ({"value": [5], "unit": "century"}, {"kind": "date", "min": "0401", "max": "0500"}),
        (
            {"value": "09:30", "date": "2025-10-19", "tz": "Europe/Paris"},
            {"kind": "time", "time": "09:30", "date": "2025-10-19", "zone": "Europe/Paris"},
        ),
        ({"value": "21:05"}, {"kind": "time", "time": "21:05"}),
        (
            {"amount": 88000000, "currency": "EUR"},
            {"kind": "amount", "amount": 88000000, "currency": "EUR"},
        ),
        ({"value": 60, "unit": "percent"}, {"kind": "percent", "value": 60}),
        ({"value": 7, "unit": "minutes"}, {"kind": "duration", "value": 7, "unit": "minute"}),
        ({"value": 10, "unit": "miles"}, {"kind": "quantity", "value": 10, "unit": "mi"}),
        ({"value": 2.5, "unit": "GW"}, {"kind": "quantity", "value": 2.5, "unit": "GW"}),
        ({"value": 8, "unit": "people"}, {"kind": "count", "count": 8, "unit": "people"}),
        ({"value": 3}, {"kind": "count", "count": 3}),
        (
            {"value": {"min": 6, "max": 7}, "unit": "minutes", "qualifier": "range"},
            {"kind": "duration", "min": 6, "max": 7, "unit": "minute"},
        ),
        (
            {"value": ["NO", "SE"], "list_complete": False},
            {"kind": "set", "of": "country", "members": ["NO", "SE"], "complete": False},
        ),
        (
            {"value": ["FR-IDF"], "list_complete": True},
            {"kind": "set", "of": "region", "members": ["FR-IDF"], "complete": True},
        ),
        (
            {"value": ["ring", "ring", 4.5]},
            {"kind": "set", "of": "name", "members": ["ring", "ring", "4.5"]},
        ),
        ({"value": "the harbour"}, {"kind": "text", "text": "the harbour"}),
    ],
)
def test_value_of_each_gold_shape(fields: dict[str, Any], value: dict[str, Any]) -> None:
    assert value_of(fields) == value


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("percent of turnover", ("percent", None)),
        ("seconds", ("duration", "second")),
        ("km", ("quantity", "km")),
        ("magnitude", ("quantity", "magnitude")),
        ("floors", ("count", "floors")),
        (None, ("count", None)),
    ],
)
def test_number_kind_by_unit(unit: str | None, kind: tuple[str, str | None]) -> None:
    assert number_kind(unit) == kind


def test_value_of_rejects_what_has_no_value() -> None:
    with pytest.raises(MappingError):
        value_of({"value": None})
    with pytest.raises(MappingError):
        value_of({"value": "Someday", "precision": "weekday"})


def test_claim_copies_fields_and_finds_offsets(tmp_path: Path) -> None:
    gold = _gold()
    claim_fields = {
        "id": "K01.3",
        "topic": "members_range",
        "value": {"min": 8, "max": 10},
        "unit": "percent of members",
        "qualifier": "range",
        "as_of": "2025-01-09T18:00",
        "attribution": "the chair",
        "scope": "juniors",
        "superseded": True,
        "note": "a note",
        "quote": "had 9 members",
    }
    story = _story(gold, tmp_path)
    data = claim_data(story, GoldClaim("K01.3", "K01", "members_range", claim_fields), BODY_A)
    assert data["subject"] == "chess"
    assert data["property"] == "members range"
    assert data["value"] == {"kind": "percent", "min": 8, "max": 10}
    assert data["qualifier"] == "exact"
    assert data["as_of"] == "2025-01-09T18:00"
    assert data["superseded"] is True
    assert data["scope"] == "juniors"
    assert data["offsets"] == [BODY_A.index("had 9"), BODY_A.index("had 9") + len("had 9 members")]
    assert data["note"] == "a note; unit as labelled: percent of members"


def test_unknown_gold_field_is_not_expressible(story_dir: Path) -> None:
    gold = _gold([{"id": "K01.9", "topic": "members", "value": 9, "colour": "red"}])
    plan = build_plan(_story(gold, story_dir))
    assert "colour" in plan.dropped["K01.9"]


def test_conversion_joins_its_claim_as_also(story_dir: Path) -> None:
    extra: list[dict[str, Any]] = [
        {"id": "K01.3", "topic": "prize", "amount": 1000, "currency": "EUR", "qualifier": "exact"},
        {"id": "K01.4", "topic": "prize_usd", "amount": 1100, "currency": "USD",
         "qualifier": "about", "role": "conversion", "conversion_of": "K01.3", "note": "bracket"},
        {"id": "K01.5", "topic": "start", "value": "10:00", "tz": "Europe/Oslo"},
        {"id": "K01.6", "topic": "start_utc", "value": "09:00", "tz": "UTC", "qualifier": "about",
         "role": "conversion", "conversion_of": "K01.5"},
    ]  # fmt: skip
    plan = build_plan(_story(_gold(extra), story_dir))
    written = {c.gold_ids[0]: c for c in plan.written()}
    prize = written["K01.3"]
    assert prize.gold_ids == ("K01.3", "K01.4")
    assert prize.data["value"]["also"] == [
        {"amount": 1100, "currency": "USD", "qualifier": "about"}
    ]
    assert prize.data["note"] == "conversion: bracket"
    start = written["K01.5"].data["value"]
    assert start["also"] == [{"time": "09:00", "zone": "UTC", "qualifier": "about"}]
    assert "K01.4" not in written and "K01.6" not in written
    assert {t["id"] for t in plan.topics} == {"members", "founded", "prize", "start"}


def test_topics_sources_and_evolving(story_dir: Path) -> None:
    gold = _gold([{"id": "K01.3", "topic": "members", "value": 10, "as_of": "2025-01-09"}])
    gold["articles"][1]["published"] = None
    plan = build_plan(_story(gold, story_dir))
    topics = {t["id"]: t for t in plan.topics}
    assert topics["members"]["evolving"] is True
    assert topics["members"]["kind"] == "count"
    assert "evolving" not in topics["founded"]
    first, second = (s.header for s in plan.sources)
    assert first == {
        "id": "k01",
        "title": "01_en_a",
        "outlet": "Paper A",
        "language": "en",
        "published": "2025-01-10",
        "kind": "news",
    }
    assert "published" not in second


def test_validation_drops_claims_topics_and_sources(story_dir: Path) -> None:
    plan = build_plan(_story(_gold(), story_dir))

    def topic(data: dict[str, Any]) -> str | None:
        return "no dates" if data["kind"] == "date" else None

    def source(data: dict[str, Any]) -> str | None:
        return "bad outlet" if data["outlet"] == "Paper B" else None

    validate_plan(plan, Validators(claim=lambda data: None, source=source, topic=topic))
    assert plan.dropped == {
        "K01.2": "topic founded: no dates",
        "K02.2": "topic founded: no dates",
        "K02.1": "source k02: bad outlet",
    }
    assert [s.header["id"] for s in plan.sources] == ["k01"]
    assert [t["id"] for t in plan.topics] == ["members"]


def test_written_files_round_trip_and_lines_name_claims(story_dir: Path, tmp_path: Path) -> None:
    plan = build_plan(_story(_gold(), story_dir))
    written = write_case(plan, tmp_path / "case")
    text = (tmp_path / "case" / "sources" / "k01.yaml").read_text(encoding="utf-8")
    loaded = yaml.safe_load(text)
    assert loaded["claims"] == [c.data for c in plan.sources[0].claims]
    lines = text.splitlines()
    for (file, line), claim in written.claims.items():
        if file == "k01.yaml":
            assert yaml.safe_load(lines[line - 1].strip()[2:]) == claim.data
    case = yaml.safe_load((tmp_path / "case" / "case.yaml").read_text(encoding="utf-8"))
    assert [t["id"] for t in case["topics"]] == [t["id"] for t in plan.topics]


# ---------------------------------------------------------------- end-to-end placing


def test_right_topic_is_where_most_of_a_gold_topic_lands(tmp_path: Path) -> None:
    story = _story(_gold(), tmp_path)
    views = {
        ("a", 1): View("count", "members", {}),
        ("b", 1): View("count", "members", {}),
        ("c", 1): View("count", "other", {}),
        ("d", 1): View("date", "founded", {}),
    }
    found = {"K01.1": {("a", 1)}, "K02.1": {("b", 1)}, "K01.2": {("d", 1)}}
    assert right_topic(story, found, views) == {"K01.1", "K02.1", "K01.2"}
    found["K02.1"] = {("c", 1)}  # a tie between two topics goes to the first by name
    assert right_topic(story, found, views) == {"K01.1", "K01.2"}


# ---------------------------------------------------------------- the whole catalog mode


def test_catalog_mode_flags_the_conflict_and_not_the_agreement(story_dir: Path) -> None:
    story = stories.load_story(story_dir)
    result = stories.score_catalog(story, story_dir.parent.parent / "work", stories.rule_kinds())
    assert result.error is None
    assert str(result.expressed) == "4/4"
    (conflict,) = result.conflicts
    assert conflict.split
    (look_alike,) = result.look_alikes
    assert not look_alike.split


def test_main_exits_2_without_the_stories_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert stories.main(["--stories", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_main_prints_the_table(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert stories.main(["--stories", str(story_dir.parent), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "chess-club-2025" in out
    assert "KC1 required flagged" in out


def test_load_problems_drop_what_they_name(story_dir: Path, tmp_path: Path) -> None:
    plan = build_plan(_story(_gold(), story_dir))
    written = write_case(plan, tmp_path / "case")
    claim_line = next(line for (file, line), c in written.claims.items() if file == "k02.yaml")
    topic_line = next(line for line, topic in written.topics.items() if topic == "founded")
    drop = stories._drop_problem
    assert drop(plan, written, "c/sources/k02.yaml", claim_line, "bad") is True
    assert plan.dropped == {"K02.1": "load: bad"}
    assert drop(plan, written, "c/case.yaml", topic_line, "odd") is True
    assert plan.dropped["K01.2"] == "topic founded: load: odd"
    assert drop(plan, written, "c/sources/k01.yaml", 1, "header") is True
    assert [s.file_name for s in plan.sources] == ["k02.yaml"]
    assert drop(plan, written, "c/elsewhere.yaml", 1, "?") is False


def test_a_claim_the_case_refuses_is_dropped_and_the_rest_scored(story_dir: Path) -> None:
    extra = [{"id": "K01.3", "topic": "founded", "value": 5, "quote": "9 members"}]
    story = _story(_gold(extra), story_dir)
    result = stories.score_catalog(story, story_dir.parent.parent / "work", stories.rule_kinds())
    assert result.error is None
    assert str(result.expressed) == "4/5"
    assert result.dropped["K01.3"].startswith("load: ")
    assert result.conflicts[0].split
