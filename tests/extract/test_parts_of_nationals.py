"""A count that is a part of a country's nationals counted before it ("うち3人", "其中3人",
"이 중 3명") is of that country too: three of twelve Japanese tourists hurt are no part of
the whole toll's comparison."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

PARTS = {
    "ja": (
        "スイスで雪崩が起き、40人がけがをした。日本人観光客12人が巻き込まれ、うち3人が軽傷を負った。",
        "Japan",
    ),
    "zh": ("瑞士发生雪崩，40人受伤。中国籍游客12人被困，其中3人受轻伤。", "China"),
    "ko": (
        "스위스 눈사태로 40명이 다쳤다. 한국인 관광객 12명이 고립됐으며 이 중 3명이 다쳤다.",
        "South Korea",
    ),
}


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_a_part_of_nationals_is_of_their_country(lang: str) -> None:
    text, country = PARTS[lang]
    claims = drafted_claims(text, lang, published="2026-02-10")
    scopes = [c.get("scope") for c in claims if c["value"]["kind"] == "count"]
    assert scopes == [None, country, country], claims


def test_a_part_of_a_count_of_no_country_stays_unscoped() -> None:
    claims = drafted_claims("雪崩で観光客12人が巻き込まれ、うち3人が軽傷を負った。", "ja")
    assert [c.get("scope") for c in claims if c["value"]["kind"] == "count"] == [None, None]


def test_nationals_win_over_the_place_opening_the_sentence() -> None:
    claims = drafted_claims("スイスで雪崩、日本人3人けが", "ja", published="2026-02-10")
    assert [c.get("scope") for c in claims if c["value"]["kind"] == "count"] == ["Japan"]


def test_an_age_between_the_word_and_the_part_is_no_break() -> None:
    text = "스위스 눈사태로 40명이 다쳤다. 한국인 관광객 12명 가운데 30대 남성 1명이 다쳤다."
    claims = drafted_claims(text, "ko", published="2026-02-10")
    scopes = [c.get("scope") for c in claims if c["value"]["kind"] == "count"]
    assert scopes[-1] == "South Korea", claims


def test_the_home_countrys_nationals_are_a_part_too() -> None:
    text = "東京で火災があり、12人がけがをした。このうち日本人観光客5人は病院に運ばれた。"
    claims = drafted_claims(text, "ja", published="2026-02-10")
    scopes = [c.get("scope") for c in claims if c["value"]["kind"] == "count"]
    assert scopes == [None, "Japan"], claims


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("ja", "台風で40人がけがをした。中国人観光客12人のうち3人が軽傷を負った。", "China"),
        (
            "ko",
            "태풍으로 40명이 다쳤다. 섬에 있던 중국인 관광객 12명 가운데 3명이 다쳤다.",
            "China",
        ),
    ],
)
def test_nationals_and_their_part_written_apart_or_after_a_particle(
    lang: str, text: str, country: str
) -> None:
    claims = drafted_claims(text, lang, published="2026-02-10")
    scopes = [c.get("scope") for c in claims if c["value"]["kind"] == "count"]
    assert scopes == [None, country, country], claims
