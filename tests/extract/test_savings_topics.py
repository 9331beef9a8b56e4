"""What a plan or a merger is to save is a topic of its own, in every language: "cost
savings" and "Kosteneinsparungen" hold the word for a cost, but the sum is no cost."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

SAVED = {
    "en": "The two retailers expect synergies of 120 million euros a year.",
    "de": "Die beiden Händler erwarten Synergien von 120 Millionen Euro im Jahr.",
    "nl": "De twee winkelketens rekenen op kostenbesparingen van 120 miljoen euro per jaar.",
    "fr": "Les deux distributeurs attendent 120 millions d'euros de synergies par an.",
    "it": "I due gruppi contano su sinergie per 120 milioni di euro l'anno.",
    "es": "Las dos cadenas prevén sinergias de 120 millones de euros al año.",
    "pt": "As duas redes preveem sinergias de 120 milhões de euros por ano.",
    "nb": "De to kjedene venter kostnadsbesparelser på 120 millioner euro i året.",
    "tr": "İki zincir yılda 120 milyon avroluk tasarruf bekliyor.",
    "ja": "両社は年間1億2000万ユーロのシナジーを見込む。",
    "zh": "两家公司预计每年可实现1.2亿欧元的协同效应。",
    "ko": "두 회사는 연간 1억2000만 유로의 시너지를 기대한다.",
}


@pytest.mark.parametrize("lang", sorted(SAVED))
def test_savings_are_a_topic_of_their_own(lang: str) -> None:
    claims = drafted_claims(SAVED[lang], lang)
    amounts = [c for c in claims if c["value"]["kind"] == "amount"]
    assert amounts, claims
    assert amounts[0]["topic"].startswith("savings"), amounts
