"""A figure told as what may come ("could exceed 10,000") is compared only with other
projections, never with the figures counted so far, in each language."""

from __future__ import annotations

import pytest
from drafted import topic_quotes

# (language, a projected toll, the toll counted so far)
TOLLS = [
    ("en", "The death toll could exceed 10,000, according to a model.", "The toll rose to 1,644."),
    (
        "de",
        "Die Zahl der Toten könnte auf über 10.000 steigen.",
        "Die Zahl der Toten stieg auf 1.644.",
    ),
    (
        "fr",
        "Le bilan des morts pourrait dépasser 10 000 selon un modèle.",
        "Le bilan atteint 1 644 morts.",
    ),
    (
        "es",
        "El número de muertos podría superar los 10.000.",
        "El número de muertos llegó a 1.644.",
    ),
    (
        "it",
        "Il bilancio dei morti potrebbe superare i 10.000.",
        "Il bilancio è salito a 1.644 morti.",
    ),
    ("pt", "O número de mortos pode ultrapassar 10.000.", "O número de mortos chegou a 1.644."),
    ("nl", "Het dodental zou kunnen oplopen tot meer dan 10.000.", "Het dodental steeg tot 1.644."),
    ("nb", "Dødstallet kan stige til over 10 000.", "Dødstallet steg til 1644."),
    ("tr", "Ölü sayısı 10.000'i aşabilir.", "Ölü sayısı 1.644'e yükseldi."),
    ("ja", "死者は1万人を超える可能性がある。", "死者は1644人に増えた。"),
    ("ko", "사망자가 1만 명을 넘을 수도 있다는 전망이다.", "사망자는 1,644명으로 늘었다."),
    ("zh", "死亡人数可能超过1万人。", "死亡人数升至1644人。"),
]


@pytest.mark.parametrize(("lang", "projection", "counted"), TOLLS)
def test_a_projected_toll_has_a_topic_of_its_own(lang: str, projection: str, counted: str) -> None:
    assert list(topic_quotes(projection, lang)) == ["deaths.projected"]
    assert list(topic_quotes(counted, lang)) == ["deaths"]


def test_a_bare_count_after_a_toll_takes_its_projection() -> None:
    topics = topic_quotes("The toll stands at 1,700 so far, and it may pass 10,000.", "en")
    assert topics == {"deaths": ["1,700"], "deaths.projected": ["10,000"]}


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "It could have been worse; 12 people died.", "deaths"),
        ("en", "The region, which could flood again, counted 12 dead.", "deaths"),
        ("es", "Podría ser peor, dijo; el sismo dejó 12 muertos.", "deaths"),
    ],
)
def test_a_word_of_possibility_in_another_clause_projects_nothing(
    lang: str, text: str, topic: str
) -> None:
    assert list(topic_quotes(text, lang)) == [topic]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "사망자는 1,644명으로 늘었다."),
        ("ko", "부상자는 40명이다."),
        ("ko", "실종자는 12명이다."),
    ],
)
def test_a_korean_noun_of_people_takes_the_topic_particle(lang: str, text: str) -> None:
    assert not any(topic.startswith("count.") for topic in topic_quotes(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Economists expect inflation of about 24% by the end of the year."),
        ("de", "Ökonomen erwarten bis Jahresende eine Inflation von rund 24 Prozent."),
        ("fr", "Les économistes prévoient une inflation de 24 % en fin d'année."),
        ("es", "Los analistas esperan una inflación del 24 % a final de año."),
        ("tr", "Ekonomistler yıl sonu enflasyonunun yüzde 24 olmasını bekliyor."),
    ],
)
def test_a_rate_economists_expect_is_a_projection(lang: str, text: str) -> None:
    assert "inflation.projected" in topic_quotes(text, lang)
