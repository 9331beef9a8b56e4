"""Everyone on board, the passengers and the crew are three topics: "212 people on board,
198 passengers and 14 crew members" states a whole and its two parts, which agree."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# a ferry's people on board, passengers and crew: 212, 198 and 14
ABOARD = {
    "en": "The ferry had 212 people on board, 198 passengers and 14 crew members.",
    "de": "An Bord waren 212 Menschen, 198 Passagiere und 14 Besatzungsmitglieder.",
    "es": "A bordo viajaban 212 personas, 198 pasajeros y 14 tripulantes.",
    "fr": "Il y avait 212 personnes à bord, 198 passagers et 14 membres d'équipage.",
    "it": "A bordo c'erano 212 persone, 198 passeggeri e 14 membri dell'equipaggio.",
    "ko": "여객선에는 승객 198명과 승무원 14명 등 모두 212명이 탑승했다.",
    "nb": "Om bord var 212 personer, 198 passasjerer og 14 i mannskapet.",
    "nl": "Aan boord waren 212 mensen, 198 passagiers en 14 bemanningsleden.",
    "pt": "A bordo seguiam 212 pessoas, 198 passageiros e 14 tripulantes.",
    "tr": "Feribotta 212 kişi vardı: 198 yolcu ve 14 mürettebat.",
    "zh": "这艘渡轮载有212人，其中乘客198名、船员14名。",
}


def _topics(text: str, lang: str) -> dict[str, str]:
    """Each drafted figure's quote with its topic."""
    return {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}


@pytest.mark.parametrize("lang", sorted(ABOARD))
def test_on_board_passengers_and_crew_are_apart(lang: str) -> None:
    topics = _topics(ABOARD[lang], lang)
    assert topics.get("212") == "on_board", topics
    assert topics.get("198") == "passengers", topics
    assert topics.get("14") == "crew", topics


def test_a_noun_before_the_next_figure_is_that_figures() -> None:
    topics = _topics("フェリーには乗客198人と乗員14人の計212人が乗っていた。", "ja")
    assert topics.get("198") == "passengers", topics
    assert topics.get("14") == "crew", topics
    assert topics.get("212") != "crew", topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "여객선이 침몰해 최소 9명이 숨지고 16명이 실종됐다."),
        ("zh", "事故造成9人死亡16人失踪。"),
    ],
)
def test_a_verb_before_the_next_figure_still_says_what_a_figure_is(lang: str, text: str) -> None:
    topics = {c["quote"].split()[-1]: c["topic"] for c in drafted_claims(text, lang)}
    assert topics.get("9") == "deaths", topics
    assert topics.get("16") == "missing", topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "乗客は182人、乗員は8人だった。"),
        ("ko", "승객은 182명, 승무원은 8명이었다."),
        ("zh", "乘客为182人，船员为8人。"),
    ],
)
def test_a_noun_marked_as_topic_before_the_next_figure_is_that_figures(
    lang: str, text: str
) -> None:
    topics = _topics(text, lang)
    assert topics.get("182") == "passengers", topics
    assert topics.get("8") == "crew", topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "승객과 승무원 212명을 태운 여객선이 침몰해 최소 9명이 숨지고 16명이 실종됐다."),
        ("zh", "这艘载有212人的渡轮沉没，已造成9人死亡、16人失踪。"),
    ],
)
def test_a_verb_past_the_next_figure_is_that_figures(lang: str, text: str) -> None:
    topics = {c["quote"].split()[-1]: c["topic"] for c in drafted_claims(text, lang)}
    assert topics.get("212") == "on_board", topics
    assert topics.get("9") == "deaths", topics
