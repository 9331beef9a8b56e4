"""Where a text was filed and whose clock it tells time by are no places its figures are of:
a dateline's city in capitals before a dash ("LISBOA — ..."), or a country naming a clock
("한국시간") or its people ("한국인"), does not narrow the story's figures."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

FILED = {
    "pt": "LISBOA — Subiu para 14 o número de mortos nas cheias em Portugal. O governo de "
    "Portugal decretou três dias de luto.",
    "es": "MADRID.– Las inundaciones en España dejaron 14 muertos. El Gobierno de España "
    "decretó tres días de luto.",
    "en": "ROME - Floods in Italy have killed 14 people. Italy declared three days of mourning.",
    "it": "ROMA — Sono 14 i morti per le alluvioni in Italia. L'Italia osserva tre giorni di "
    "lutto.",
    "tr": "İSTANBUL – Türkiye'deki sellerde 14 kişi hayatını kaybetti. Türkiye üç günlük yas "
    "ilan etti.",
}


@pytest.mark.parametrize("lang", sorted(FILED))
def test_a_datelines_place_narrows_no_figure(lang: str) -> None:
    claims = drafted_claims(FILED[lang], lang)
    counts = [c for c in claims if c["value"]["kind"] == "count"]
    assert counts and all("scope" not in c for c in counts), counts


def test_a_countrys_clock_and_people_are_not_what_the_story_is_about() -> None:
    text = (
        "이탈리아 열차 탈선…부상 20명\n"
        "이탈리아 북부에서 한국시간 17일 오후 4시 열차가 탈선했다. 한국시간 18일 오전 현재 "
        "한국인 2명도 다친 것으로 확인됐다."
    )
    claims = drafted_claims(text, "ko")
    scopes = {c["quote"]: c.get("scope") for c in claims if c["value"]["kind"] == "count"}
    assert scopes.get("20") is None, scopes
    assert scopes.get("2") == "South Korea", scopes


CLOCKS = {
    "ja": "ノルウェー沖でフェリーから出火した。日本時間23日午前5時40分ごろ、"
    "乗客134人は全員脱出した。ノルウェー当局が発表した。",
    "zh": "挪威近海一艘渡轮起火。北京时间23日12时40分，134名乘客全部撤离。挪威当局说，无人死亡。",
    "ko": "노르웨이 앞바다에서 여객선에 불이 났다. 한국시간 23일 오후 1시 40분 승객 134명이 모두 "
    "대피했다고 노르웨이 당국이 밝혔다.",
    "en": "A ferry caught fire off Norway. Japan time 05:40 saw all 134 passengers off the ship, "
    "Norway's coastguard said.",
}


@pytest.mark.parametrize("lang", sorted(CLOCKS))
def test_a_country_naming_a_clock_narrows_no_figure(lang: str) -> None:
    claims = drafted_claims(CLOCKS[lang], lang, published="2026-11-24")
    counts = [c for c in claims if c["value"]["kind"] == "count"]
    assert counts and all("scope" not in c for c in counts), counts
