"""A counter of one kind of thing names what a count counts when no word does ("7채" are
houses, "12棟" buildings), and what happened to each of two counts of one sentence is the
word of its own clause ("40 destroyed, 250 damaged")."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


def _topics(text: str, lang: str) -> dict[str, str]:
    """Each drafted figure's quote with its topic."""
    return {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "thing"),
    [
        ("ja", "山火事で12棟が焼けたという。", "buildings"),
        ("zh", "暴雨过后，村里有12栋倒塌。", "buildings"),
        ("ko", "산사태로 마을의 12채가 무너졌다.", "homes"),
        ("zh", "停电一度波及12户。", "homes"),
    ],
)
def test_a_counter_of_one_kind_of_thing_names_it(lang: str, text: str, thing: str) -> None:
    topics = _topics(text, lang)
    assert topics.get("12", "").startswith(thing), topics


@pytest.mark.parametrize(
    "text",
    [
        "洪水造成40栋房屋完全损毁、250栋房屋受损。",
        "台风过后，全毁的房屋有40栋，受损的房屋有250栋。",
    ],
)
def test_chinese_homes_destroyed_and_damaged(text: str) -> None:
    topics = _topics(text, "zh")
    assert topics.get("40") == "homes.destroyed", topics
    assert topics.get("250") == "homes.damaged", topics


def test_a_korean_verb_closing_its_clause_tells_of_the_figure_before_it() -> None:
    topics = _topics("태풍으로 주택 40채가 완전히 무너졌고 250채가 부분 파손됐다.", "ko")
    assert topics.get("40") == "homes.destroyed", topics
    assert topics.get("250") == "homes.damaged", topics


def test_a_japanese_partial_damage_is_damage() -> None:
    topics = _topics("台風による住宅被害は全壊が40棟、一部損壊が250棟に上った。", "ja")
    assert topics.get("40") == "homes.destroyed", topics
    assert topics.get("250", "").endswith(".damaged"), topics
