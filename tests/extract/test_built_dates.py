"""When a bridge, a building or a ship was built is a date of its own topic, in every
language, and only a year or a month is: a day named near the word is of something else."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

BUILT = {
    "en": "The stone bridge, built in 1874, carried the main road.",
    "de": "Die 1874 erbaute Steinbrücke trug die Hauptstraße.",
    "nl": "De stenen brug, gebouwd in 1874, droeg de hoofdweg.",
    "fr": "Le pont de pierre, construit en 1874, portait la route principale.",
    "it": "Il ponte di pietra, costruito nel 1874, portava la strada principale.",
    "es": "El puente de piedra, construido en 1874, llevaba la carretera principal.",
    "pt": "A ponte de pedra, construída em 1874, levava a estrada principal.",
    "nb": "Steinbrua, bygget i 1874, bar hovedveien.",
    "tr": "1874'te inşa edilen taş köprü ana yolu taşıyordu.",
    "ja": "1874年に建設された石橋は幹線道路を支えていた。",
    "zh": "这座建于1874年的石桥承载着主干道。",
    "ko": "1874년에 건설된 돌다리는 간선도로를 떠받치고 있었다.",
}


@pytest.mark.parametrize("lang", sorted(BUILT))
def test_the_year_something_was_built(lang: str) -> None:
    claims = drafted_claims(BUILT[lang], lang)
    assert [c["topic"] for c in claims if c["value"]["kind"] == "date"] == ["built"], claims


def test_a_weekday_near_the_word_is_no_date_it_was_built() -> None:
    text = "The ferry, built in 1991 at a Danish yard, was towed into port on Monday afternoon."
    topics = {c["quote"]: c["topic"] for c in drafted_claims(text, "en")}
    assert topics.get("1991") == "built", topics
    assert topics.get("Monday") != "built", topics
