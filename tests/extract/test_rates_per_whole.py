"""A figure per so many people is a rate, one quantity per its base, and the whole it is per
is no figure of the story: "38.2 cases per 100,000 inhabitants" drafts one claim, of cases
per population, which converts across bases ("3.82 per 10,000" is the same rate)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from drafted import drafted_claims

RATES = {
    "en": ("Measles reached 38.2 cases per 100,000 inhabitants in the province.", "38.2"),
    "fr": ("Le taux d'incidence de la rougeole atteint 38,2 pour 100 000 habitants.", "38,2"),
    "es": ("El sarampión llegó a 38,2 casos por cada 100.000 habitantes.", "38,2"),
    "it": ("Il morbillo ha raggiunto 38,2 casi ogni 100.000 abitanti.", "38,2"),
    "pt": ("O sarampo chegou a 38,2 casos por 100 mil habitantes.", "38,2"),
    "de": ("Die Masern erreichten 38,2 Fälle pro 100.000 Einwohner.", "38,2"),
    "nl": ("De mazelen bereikten 38,2 gevallen per 100.000 inwoners.", "38,2"),
    "nb": ("Meslingene nådde 38,2 tilfeller per 100 000 innbyggere.", "38,2"),
    "tr": ("Kızamıkta 100 bin kişi başına 38,2 vaka görüldü.", "38,2"),
    "ja": ("はしかの感染者は人口10万人当たり38.2人に達した。", "38.2"),
    "zh": ("麻疹发病率达到每10万人38.2例。", "38.2"),
    "ko": ("홍역 확진자는 인구 10만 명당 38.2명에 이르렀다.", "38.2"),
}


@pytest.mark.parametrize("lang", sorted(RATES))
def test_a_rate_per_a_whole_is_a_rate(lang: str) -> None:
    text, rate = RATES[lang]
    claims = drafted_claims(text, lang)
    assert len(claims) == 1, claims  # the 100,000 it is per is no figure of the story
    (claim,) = claims
    assert rate in claim["quote"] and claim["topic"].endswith("incidence"), claim
    assert claim["value"] == {
        "kind": "quantity",
        "value": Decimal(rate.replace(",", ".")),
        "unit": "per_100000",
    }


def test_rates_per_other_wholes_are_rates_per_their_own_base() -> None:
    claims = drafted_claims("O sarampo chegou a 3,8 casos a cada 10 mil habitantes.", "pt")
    assert [(c["topic"], c["value"]["unit"]) for c in claims] == [
        ("unnamed.incidence", "per_10000")
    ], claims


def test_a_count_of_a_round_whole_is_still_a_count() -> None:
    claims = drafted_claims("The city has 100,000 inhabitants and 12 hospitals.", "en")
    assert "100,000" in [c["quote"] for c in claims], claims


PER_ONE = {
    "ja": "新規患者数は1医療機関当たり7.4人で、前週の5.1人から増えた。",
    "ko": "의료기관당 신규 환자 수는 7.4명으로 전주의 5.1명보다 늘었다.",
    "zh": "每个定点医疗机构平均报告病例7.4例，前一周为5.1例。",
}


@pytest.mark.parametrize("lang", sorted(PER_ONE))
def test_a_count_with_a_fraction_is_a_rate_per_one(lang: str) -> None:
    claims = drafted_claims(PER_ONE[lang], lang)
    assert [c["topic"] for c in claims] == ["cases.rate", "cases.rate"], claims


def test_a_magnitude_read_as_a_count_is_no_count_of_aftershocks() -> None:
    claims = drafted_claims("截至16日，当地已记录到300余次4.0级以上余震。", "zh")
    topics = {c["quote"]: c["topic"] for c in claims}
    assert topics.get("4.0") != "aftershocks", topics
    # the noun after it is what the count before it counts
    assert topics.get("300余") == "aftershocks", topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Zahl der Toten stieg von 80 auf 100."),
        ("fr", "Le nombre de cas a été multiplié par 10 en un mois."),
        ("it", "I casi sono stati moltiplicati per 10 in un mese."),
    ],
)
def test_a_factor_or_a_level_is_no_whole(lang: str, text: str) -> None:
    claims = drafted_claims(text, lang)
    assert not any(".per-" in c["topic"] for c in claims), claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "はしかの感染者は人口10万人当たり38.2人に達した。"),
        ("fr", "Les cas de rougeole atteignent 38,2 pour 100 000 habitants."),
    ],
)
def test_the_words_for_cases_name_cases_per_population(lang: str, text: str) -> None:
    assert [c["topic"] for c in drafted_claims(text, lang)] == ["incidence"]
