"""Company results: revenue, profit, a rise and the staff are topics of their own."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


def _topics(text: str, lang: str) -> dict[str, str]:
    """Each drafted figure's quote with its topic."""
    return {c["quote"]: c["topic"] for c in drafted_claims(text, lang, published="2026-07-15")}


# revenue, a rise, net profit and the staff, in the order of the figures
RESULTS = {
    "en": (
        "The brewer's revenue reached $3.4 billion, a rise of 12%. Net profit was $410 "
        "million. It has 9,500 employees.",
        ["$3.4 billion", "12%", "$410 million", "9,500"],
    ),
    "fr": (
        "Le chiffre d'affaires du brasseur a atteint 3,4 milliards d'euros, en hausse de 12 %. "
        "Le bénéfice net s'élève à 410 millions d'euros. Il compte 9 500 salariés.",
        ["3,4 milliards d'euros", "12 %", "410 millions d'euros", "9 500"],
    ),
    "de": (
        "Der Umsatz der Brauerei stieg auf 3,4 Milliarden Euro, ein Plus von 12 Prozent. Der "
        "Nettogewinn lag bei 410 Millionen Euro. Sie hat 9500 Mitarbeiter.",
        ["3,4 Milliarden Euro", "12 Prozent", "410 Millionen Euro", "9500"],
    ),
    "es": (
        "Los ingresos de la cervecera alcanzaron 3.400 millones de euros, un aumento del 12 %. "
        "El beneficio neto fue de 410 millones de euros. Tiene 9.500 empleados.",
        ["3.400 millones de euros", "12 %", "410 millones de euros", "9.500"],
    ),
    "it": (
        "Il fatturato del birrificio ha raggiunto 3,4 miliardi di euro, con una crescita del "
        "12%. L'utile netto è stato di 410 milioni di euro. Ha 9.500 dipendenti.",
        ["3,4 miliardi di euro", "12%", "410 milioni di euro", "9.500"],
    ),
    "pt": (
        "A receita da cervejaria chegou a 3,4 bilhões de euros, alta de 12%. O lucro líquido "
        "foi de 410 milhões de euros. A empresa tem 9.500 funcionários.",
        ["3,4 bilhões de euros", "12%", "410 milhões de euros", "9.500"],
    ),
    "nl": (
        "De omzet van de brouwer bedroeg 3,4 miljard euro, een stijging van 12 procent. De "
        "nettowinst kwam uit op 410 miljoen euro. Het bedrijf heeft 9500 medewerkers.",
        ["3,4 miljard euro", "12 procent", "410 miljoen euro", "9500"],
    ),
    "nb": (
        "Bryggeriets omsetning var 3,4 milliarder euro, en økning på 12 prosent. "
        "Overskuddet ble 410 millioner euro. Selskapet har 9500 ansatte.",
        ["3,4 milliarder euro", "12 prosent", "410 millioner euro", "9500"],
    ),
    "tr": (
        "Bira üreticisinin geliri 3,4 milyar euroya ulaştı, artış yüzde 12 oldu. Net kârı "
        "410 milyon euro oldu. Şirketin 9.500 çalışanı var.",
        ["3,4 milyar euro", "yüzde 12", "410 milyon euro", "9.500"],
    ),
    "ja": (
        "同社の売上高は34億ユーロで、前年比12%増加した。純利益は4億1000万ユーロだった。"
        "従業員は9500人。",
        ["34億ユーロ", "12%", "4億1000万ユーロ", "9500"],
    ),
    "ko": (
        "이 회사의 매출은 34억 유로로 12% 증가했다. 순이익은 4억1000만 유로였다. "
        "직원은 9500명이다.",
        ["34억 유로", "12%", "4억1000만 유로", "9500"],
    ),
    "zh": (
        "该公司营收为34亿欧元，增长12%。净利润为4.1亿欧元。公司拥有员工9500名。",
        ["34亿欧元", "12%", "4.1亿欧元", "9500"],
    ),
}
EXPECTED = ["revenue", "rise", "net_profit", "employees"]


@pytest.mark.parametrize("lang", sorted(RESULTS))
def test_company_results_take_their_topics(lang: str) -> None:
    text, quotes = RESULTS[lang]
    topics = _topics(text, lang)
    found = [next((t for q, t in topics.items() if q.startswith(quote)), None) for quote in quotes]
    # a rise told of revenue in its clause is the rise of revenue ("rise.revenue")
    found = [t.split(".")[0] if t and t.startswith("rise.") else t for t in found]
    assert found == EXPECTED, topics


def test_a_fall_is_not_a_rise() -> None:
    topics = _topics("Sales fell 8% in the quarter, while costs rose 3%.", "en")
    assert topics == {"8%": "fall.revenue", "3%": "rise"}, topics


def test_the_period_a_figure_is_compared_with_is_not_its_period() -> None:
    text = "A receita foi de 3,4 bilhões de euros, alta de 12% em relação ao ano anterior."
    claims = drafted_claims(text, "pt", published="2026-07-15")
    amounts = [c for c in claims if c["value"]["kind"] == "amount"]
    assert amounts and all("period" not in c for c in amounts), amounts
