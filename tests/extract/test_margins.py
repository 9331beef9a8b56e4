"""A company's gross margin and its operating margin are two figures of their own, in every
language: neither is a share of something else, nor the other margin."""

from __future__ import annotations

import pytest
from drafted import topic_quotes

MARGINS = {
    "de": (
        "Die Bruttomarge lag bei 48,3 Prozent, die operative Marge bei 27,6 Prozent.",
        "48,3 Prozent",
        "27,6 Prozent",
    ),
    "en": ("The gross margin was 48.3% and the operating margin 27.6%.", "48.3%", "27.6%"),
    "es": ("El margen bruto fue del 48,3 % y el margen operativo del 27,6 %.", "48,3 %", "27,6 %"),
    "fr": ("La marge brute a atteint 48,3 %, la marge opérationnelle 27,6 %.", "48,3 %", "27,6 %"),
    "it": (
        "Il margine lordo si è attestato al 48,3%, il margine operativo al 27,6%.",
        "48,3%",
        "27,6%",
    ),
    "ja": ("粗利益率は48.3％、営業利益率は27.6％だった。", "48.3％", "27.6％"),
    "ko": ("매출총이익률은 48.3%, 영업이익률은 27.6%였다.", "48.3%", "27.6%"),
    "nb": (
        "Bruttomarginen var 48,3 prosent og driftsmarginen 27,6 prosent.",
        "48,3 prosent",
        "27,6 prosent",
    ),
    "nl": (
        "De brutomarge kwam uit op 48,3 procent en de operationele marge op 27,6 procent.",
        "48,3 procent",
        "27,6 procent",
    ),
    "pt": ("A margem bruta foi de 48,3% e a margem operacional de 27,6%.", "48,3%", "27,6%"),
    "tr": (
        "Brüt kâr marjı yüzde 48,3, faaliyet kâr marjı yüzde 27,6 oldu.",
        "yüzde 48,3",
        "yüzde 27,6",
    ),
    "zh": ("毛利率为48.3%，营业利润率为27.6%。", "48.3%", "27.6%"),
}


@pytest.mark.parametrize("lang", sorted(MARGINS))
def test_gross_and_operating_margins_are_topics_of_their_own(lang: str) -> None:
    text, gross, operating = MARGINS[lang]
    topics = topic_quotes(text, lang)
    assert topics.get("gross_margin") == [gross], topics
    assert topics.get("margin") == [operating], topics
