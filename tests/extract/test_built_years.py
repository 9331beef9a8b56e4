"""The year a structure was built is a topic of its own: a bridge 'built in 1958' is not the
day it collapsed, and two sources giving two years for it disagree."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# a bridge built in 1958, in each language's own words
BUILT = {
    "en": ("The old bridge, a concrete arch built in 1958, carried two lanes.", "1958"),
    "de": ("Die 1958 errichtete Betonbrücke hatte zwei Fahrspuren.", "1958"),
    "fr": ("Le vieux pont, une arche en béton construite en 1958, comptait deux voies.", "1958"),
    "it": ("Il vecchio ponte, un arco in cemento costruito nel 1958, aveva due corsie.", "1958"),
    "es": ("El viejo puente, un arco de hormigón construido en 1958, tenía dos carriles.", "1958"),
    "pt": ("A velha ponte, um arco de betão construído em 1958, tinha duas faixas.", "1958"),
    "nl": ("De oude betonnen brug, gebouwd in 1958, had twee rijstroken.", "1958"),
    "nb": ("Den gamle betongbrua, bygget i 1958, hadde to kjørefelt.", "1958"),
    "tr": ("1958'de inşa edilen eski beton köprünün iki şeridi vardı.", "1958"),
    "ja": ("この古い橋は1958年に建設されたコンクリート製のアーチ橋だった。", "1958年"),
    "ko": ("이 낡은 다리는 1958년 건설된 콘크리트 아치교였다.", "1958년"),
    "zh": ("这座旧桥建于1958年，是一座混凝土拱桥。", "1958年"),
}


@pytest.mark.parametrize("lang", sorted(BUILT))
def test_the_year_a_structure_was_built_is_its_own_topic(lang: str) -> None:
    text, quote = BUILT[lang]
    claims = drafted_claims(text, lang, published="2026-10-18")
    topics = {c["quote"]: c["topic"] for c in claims if c["value"]["kind"] == "date"}
    assert topics.get(quote) == "built", topics


# a takeover expected to close in the first half of 2027, in each language's own words
CLOSING = {
    "en": "The takeover still needs approval and is expected to close in the first half of 2027.",
    "de": "Der Vollzug der Übernahme wird für das erste Halbjahr 2027 erwartet.",
    "fr": "La finalisation de l'acquisition est attendue au premier semestre 2027.",
    "it": "Il perfezionamento dell'acquisizione è previsto nel primo semestre del 2027.",
    "es": "Las empresas prevén completar la adquisición en el primer semestre de 2027.",
    "pt": "A conclusão da aquisição está prevista para o primeiro semestre de 2027.",
    "nl": "De bedrijven verwachten de overname in de eerste helft van 2027 af te ronden.",
    "nb": "Partene regner med at oppkjøpet er gjennomført i første halvår 2027.",
    "tr": "Satın almanın 2027'nin ilk yarısında tamamlanması bekleniyor.",
    "ja": "買収は2027年上半期に完了する見通しだ。",
    "ko": "인수는 2027년 상반기에 완료될 예정이다.",
    "zh": "该收购预计于2027年上半年完成交割。",
}


@pytest.mark.parametrize("lang", sorted(CLOSING))
def test_when_a_deal_is_to_close_is_its_own_topic(lang: str) -> None:
    claims = drafted_claims(CLOSING[lang], lang, published="2026-09-08")
    dates = [c for c in claims if c["value"]["kind"] == "date"]
    assert [(c["topic"], c["value"].get("min")) for c in dates] == [("completed", "2027-01")]


# a day of the same sentence is not the year a thing was built
TOWED = {
    "en": ("The ferry, built in 1998, was towed into port on Monday afternoon.", "Monday"),
    "de": ("Die 1998 gebaute Fähre wurde am Montagnachmittag in den Hafen geschleppt.", None),
    "es": ("El buque, construido en 1998, fue remolcado el lunes hasta el puerto.", "lunes"),
    "nb": ("Ferga, som ble bygget i 1998, ble mandag slept inn til havna.", "mandag"),
}


@pytest.mark.parametrize("lang", sorted(TOWED))
def test_a_day_beside_the_year_built_is_not_when_it_was_built(lang: str) -> None:
    text, day = TOWED[lang]
    claims = drafted_claims(text, lang, published="2026-11-24")
    topics = {c["quote"]: c["topic"] for c in claims if c["value"]["kind"] == "date"}
    assert topics.get("1998") == "built", topics
    assert all(topic != "built" for quote, topic in topics.items() if quote != "1998"), topics
    if day is not None:
        assert day in topics, topics


# a day of the same sentence is not when a body was set up: 'launched on Thursday' is the event
LAUNCHED = {
    "en": "The shop, founded in 1952, reopened on Tuesday under heavy guard.",
    "fr": "La bijouterie, fondée en 1952, a rouvert mardi sous haute surveillance.",
    "pt": "A joalheria, fundada em 1952, reabriu nesta terça-feira sob forte segurança.",
}


@pytest.mark.parametrize("lang", sorted(LAUNCHED))
def test_a_day_beside_the_year_founded_is_not_when_it_was_set_up(lang: str) -> None:
    claims = drafted_claims(LAUNCHED[lang], lang, published="2026-12-09")
    topics = {c["quote"]: c["topic"] for c in claims if c["value"]["kind"] == "date"}
    assert topics.get("1952") == "founded", topics
    assert [q for q, topic in topics.items() if topic == "founded"] == ["1952"], topics
