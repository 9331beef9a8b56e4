"""A count whose counter counts things (incidents, machines, buildings) is never a count of
people, whatever word of people stands near: "37件" of fires beside "5人が軽いけが" is no
count of the injured."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# 37 fires reported, 5 people hurt: the first figure, then the second
FIRES = {
    "ja": ("発火事故は37件報告され、5人が軽いけがをした。", "37", "5"),
    "ko": ("발화 사고 37건이 보고됐고 5명이 다쳤다.", "37", "5"),
    "zh": ("已收到37起起火报告，5人受伤。", "37", "5"),
}


def _topics(text: str, lang: str) -> dict[str, str]:
    """Each drafted figure's quote with its topic."""
    return {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}


@pytest.mark.parametrize("lang", sorted(FIRES))
def test_incidents_are_no_count_of_the_injured(lang: str) -> None:
    text, incidents, people = FIRES[lang]
    topics = _topics(text, lang)
    assert topics.get(people) == "injured", topics
    assert incidents in topics, topics
    assert topics[incidents] != "injured", topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "地震で住宅30棟が倒壊し、12人が死亡した。"),
        ("ko", "지진으로 건물 30채가 무너지고 12명이 숨졌다."),
    ],
)
def test_buildings_counted_by_their_counter_stay_buildings(lang: str, text: str) -> None:
    topics = _topics(text, lang)
    assert topics.get("30", "").startswith("buildings"), topics
    assert topics.get("12") == "deaths", topics
