"""A country or city that only labels the zone of a time beside it ("한국시간", "heure de
Paris", "Japan time") is not where the story is: the local time beside it is read on the
clock of the place the story is about."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

LOCAL = {"kind": "time", "time": "12:50", "place_zone": "Asia/Yangon"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A quake struck central Myanmar. It hit at 12:50 local time (15:20 Japan time)."),
        (
            "fr",
            "Un séisme a frappé le nord du Myanmar. Il a eu lieu à 12 h 50, heure locale (8 h 20, "
            "heure de Paris).",
        ),
        ("es", "Un sismo sacudió Myanmar a las 12:50 hora local (7:20 hora de Madrid)."),
        (
            "ko",
            "미얀마 중부에서 강진이 발생했다. 지진은 현지시간 28일 낮 12시 50분(한국시간 28일 "
            "오후 3시 20분) 발생했다.",
        ),
        (
            "ja",
            "ミャンマー中部で強い地震があった。地震は現地時間28日午後0時50分（日本時間28日"
            "午後3時20分）に発生した。",
        ),
        ("zh", "缅甸中部发生强烈地震。地震发生在当地时间28日12时50分（北京时间28日14时20分）。"),
    ],
)
def test_the_local_time_is_on_the_clock_of_the_story(lang: str, text: str) -> None:
    claims = drafted_claims(text, lang, published="2025-03-28")
    times = [c["value"] for c in claims if c["value"]["kind"] == "time"]
    local = [{k: v for k, v in t.items() if k != "date"} for t in times if "zone" not in t]
    assert local == [LOCAL], times
