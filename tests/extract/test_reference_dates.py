"""Dates a figure is compared with are no dates of the story; turnout and voters are topics."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


def _claims(text: str, lang: str) -> list[dict]:
    return drafted_claims(text, lang, published="2026-05-06")


def _years(text: str, lang: str) -> list[str]:
    """The topics of the drafted claims that date to a whole year."""
    return [c["topic"] for c in _claims(text, lang) if len(str(c["value"].get("date", ""))) == 4]


# a year of the story, then a year the turnout is compared with
COMPARED = {
    "en": "The election of 2026 drew fewer voters than in 2019.",
    "fr": "L'élection de 2026 a attiré moins d'électeurs par rapport à l'élection de 2019.",
    "de": "Die Wahl im Jahr 2026 lockte weniger Menschen an als im Jahr 2019.",
    "es": "Las elecciones de 2026 atrajeron menos público que en 2019.",
    "it": "Le elezioni del 2026 hanno attirato meno persone rispetto alle elezioni del 2019.",
    "pt": "A eleição de 2026 atraiu menos gente em relação a 2019.",
    "nl": "De verkiezing van 2026 trok minder mensen dan in 2019.",
    "nb": "Valget i 2026 trakk færre folk enn i 2019.",
    "tr": "2026 seçimi 2019'a kıyasla daha az ilgi gördü.",
    "ja": "2026年の選挙は2019年に比べて関心が低かった。",
    "ko": "2026년 선거는 2019년보다 관심이 적었다.",
    "zh": "2026年的选举比2019年冷清。",
}


@pytest.mark.parametrize("lang", sorted(COMPARED))
def test_a_year_compared_with_is_no_date_of_the_event(lang: str) -> None:
    claims = _claims(COMPARED[lang], lang)
    years = {str(c["value"].get("date")): c["topic"] for c in claims if "date" in c["value"]}
    assert years.get("2026") == "event_date", claims
    assert "2019" not in years, claims


# the turnout and the number of voters, each in its own topic
ELECTION = {
    "en": "Turnout was 64 %, and 3.1 million voters cast a ballot.",
    "fr": "La participation a atteint 64 % et 3,1 millions d'électeurs ont voté.",
    "de": "Die Wahlbeteiligung lag bei 64 Prozent, 3,1 Millionen Wähler gaben ihre Stimme ab.",
    "es": "La participación fue del 64 % y votaron 3,1 millones de electores.",
    "it": "L'affluenza è stata del 64% e hanno votato 3,1 milioni di elettori.",
    "pt": "A participação foi de 64% e votaram 3,1 milhões de eleitores.",
    "nl": "De opkomst was 64 procent; 3,1 miljoen kiezers brachten hun stem uit.",
    "nb": "Valgdeltakelsen var 64 prosent, og 3,1 millioner velgere stemte.",
    "tr": "Katılım oranı yüzde 64 oldu ve 3,1 milyon seçmen oy kullandı.",
    "ja": "投票率は64%で、有権者310万人が投票した。",
    "ko": "투표율은 64%였고 유권자 310만 명이 투표했다.",
    "zh": "投票率为64%，共有310万名选民投票。",
}


@pytest.mark.parametrize("lang", sorted(ELECTION))
def test_turnout_and_voters_are_topics_of_their_own(lang: str) -> None:
    topics = {c["value"]["kind"]: c["topic"] for c in _claims(ELECTION[lang], lang)}
    assert topics.get("percent") == "turnout", topics
    assert topics.get("count") == "voters", topics


def test_a_year_the_story_names_without_comparison_keeps_its_topic() -> None:
    assert _years("The election of 2026 was held in spring.", "en") == ["event_date"]
