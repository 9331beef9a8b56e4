"""A count of a country's people named with it ("日本人2人", "한국인 1명", "中国籍乘客20名")
is narrowed to that country: its nationals among the victims are not the whole toll."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("ja", "スイスで雪崩が起き、40人がけがをした。このほか日本人3人もけがをした。", "Japan"),
        ("ja", "スイスで雪崩が起き、40人がけがをした。このうち日本人観光客3人が入院。", "Japan"),
        ("ko", "스위스 눈사태로 40명이 다쳤다. 이 밖에 한국인 3명도 부상을 입었다.", "South Korea"),
        ("zh", "瑞士发生雪崩，40人受伤。此外还有中国籍游客3人受伤。", "China"),
    ],
)
def test_a_countrys_people_are_a_scope_of_their_own(lang: str, text: str, country: str) -> None:
    claims = drafted_claims(text, lang, published="2026-02-10")
    scopes = [c.get("scope") for c in claims if c["value"]["kind"] == "count"]
    assert scopes == [None, country], claims


def test_a_country_before_a_figure_is_still_no_scope_of_its_own() -> None:
    # whose rescuers they are, not where they were counted
    claims = drafted_claims("スイスで雪崩が起き、日本の救助隊40人が派遣された。", "ja")
    assert [c.get("scope") for c in claims if c["value"]["kind"] == "count"] == [None]
