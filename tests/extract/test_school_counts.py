"""A count of schools is a topic of its own in every language, whatever counter counts them
(校, 所, 곳)."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

SCHOOLS = {
    "en": "The storm damaged 27 schools across the province.",
    "de": "Der Sturm beschädigte 27 Schulen in der Provinz.",
    "nl": "De storm beschadigde 27 scholen in de provincie.",
    "fr": "La tempête a endommagé 27 écoles dans la province.",
    "it": "La tempesta ha danneggiato 27 scuole nella provincia.",
    "es": "La tormenta dañó 27 escuelas en la provincia.",
    "pt": "A tempestade danificou 27 escolas na província.",
    "nb": "Stormen skadet 27 skoler i fylket.",
    "tr": "Fırtına ildeki 27 okula zarar verdi.",
    "ja": "嵐で県内の小中学校27校が被害を受けた。",
    "zh": "暴风雨导致全省27所学校受损。",
    "ko": "폭풍으로 도내 초·중학교 27곳이 피해를 입었다.",
}


@pytest.mark.parametrize("lang", sorted(SCHOOLS))
def test_a_count_of_schools(lang: str) -> None:
    topics = [c["topic"] for c in drafted_claims(SCHOOLS[lang], lang)]
    assert topics == ["schools"], topics
