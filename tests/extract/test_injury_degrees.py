"""People lightly or seriously hurt are injured: the words for the degree of an injury
(軽傷, 경상, 轻伤) name the injured as the plain word does."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

HURT = {
    "ja": ["事故で5人が軽傷を負った。", "事故で5人が重傷を負った。"],
    "ko": ["사고로 5명이 경상을 입었다.", "사고로 5명이 중상을 입었다."],
    "zh": ["事故造成5人受轻伤。", "事故造成5人受重伤。"],
}


@pytest.mark.parametrize("lang", sorted(HURT))
def test_the_lightly_and_seriously_hurt_are_injured(lang: str) -> None:
    for text in HURT[lang]:
        topics = {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}
        assert topics.get("5") == "injured", (text, topics)
