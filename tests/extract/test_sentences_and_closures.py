"""A prison term and how long something stays closed are durations of their own."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# a prison term, then how long a road stays closed
TERMS = {
    "en": ("The court jailed him for eight years.", "The road will stay closed for three weeks."),
    "fr": ("Il a été condamné à huit ans de prison.", "La route restera fermée trois semaines."),
    "de": ("Er wurde zu acht Jahren Haft verurteilt.", "Die Straße bleibt drei Wochen gesperrt."),
    "es": ("Fue condenado a ocho años de prisión.", "La carretera seguirá cerrada tres semanas."),
    "it": ("È stato condannato a otto anni di carcere.", "La strada resterà chiusa tre settimane."),
    "pt": ("Ele foi condenado a oito anos de prisão.", "A estrada ficará fechada três semanas."),
    "nl": ("Hij kreeg acht jaar gevangenisstraf.", "De weg blijft drie weken afgesloten."),
    "nb": ("Han ble dømt til åtte års fengsel.", "Veien blir stengt i tre uker."),
    "tr": ("Sanık sekiz yıl hapis cezasına çarptırıldı.", "Yol üç hafta kapalı kalacak."),
    "ja": ("被告に懲役8年の判決が言い渡された。", "道路は3週間閉鎖される。"),
    "ko": ("법원은 그에게 징역 8년을 선고했다.", "도로는 3주 동안 폐쇄된다."),
    "zh": ("法院判处他有期徒刑8年。", "道路将关闭3周。"),
}


def _duration_topics(text: str, lang: str) -> list[str]:
    return [c["topic"] for c in drafted_claims(text, lang) if c["value"]["kind"] == "duration"]


@pytest.mark.parametrize("lang", sorted(TERMS))
def test_a_prison_term_and_a_closure_take_their_topics(lang: str) -> None:
    term, closure = TERMS[lang]
    assert _duration_topics(term, lang) == ["sentence"]
    assert _duration_topics(closure, lang) == ["closure"]
