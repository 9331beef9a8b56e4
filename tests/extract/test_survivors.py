"""Passengers who survived a crash are survivors among the passengers: the passengers'
word says who they were, what happened to them decides the topic, and the survivors among
passengers are compared with other counts of them, not with every survivor."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

SURVIVED = {
    "de": ("Sechs Passagiere überlebten den Absturz.", "Sechs"),
    "en": ("Six passengers survived the crash.", "Six"),
    "es": ("Seis pasajeros sobrevivieron al accidente.", "Seis"),
    "fr": ("Six passagers ont survécu à l'accident.", "Six"),
    "it": ("Sei passeggeri sono sopravvissuti.", "Sei"),
    "ja": ("乗客6人が生存した。", "6"),
    "ko": ("승객 6명이 살아남았다.", "6"),
    "nb": ("Seks passasjerer overlevde ulykken.", "Seks"),
    "nl": ("Zes passagiers overleefden de crash.", "Zes"),
    "pt": ("Seis passageiros sobreviveram ao acidente.", "Seis"),
    "tr": ("Kazadan 6 yolcu kurtuldu ve hayatta kaldı.", "6"),
    "zh": ("6名乘客幸存。", "6"),
}


def _claims(text: str, lang: str) -> dict[str, dict[str, str]]:
    """Each drafted figure's quote with its claim."""
    return {c["quote"]: c for c in drafted_claims(text, lang, published="2026-06-14")}


@pytest.mark.parametrize("lang", sorted(SURVIVED))
def test_passengers_who_survived_are_survivors(lang: str) -> None:
    text, quote = SURVIVED[lang]
    assert _claims(text, lang)[quote]["topic"] == "survivors.passengers"
