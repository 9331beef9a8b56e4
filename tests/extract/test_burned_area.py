"""The area a fire burned is an area, and the lives a disaster claimed are deaths, whatever
verb or noun each language tells them with."""

from __future__ import annotations

import pytest
from drafted import topic_quotes

BURNED = [
    ("en", "The blaze has burned 4,500 hectares of forest.", "4,500"),
    ("de", "Das Feuer hat 4500 Hektar Wald verbrannt.", "4500"),
    ("es", "El fuego ha calcinado 4.500 hectáreas de monte.", "4.500"),
    ("fr", "L'incendie a ravagé 4 500 hectares de forêt.", "4 500"),
    ("it", "Le fiamme hanno percorso 4.500 ettari di bosco.", "4.500"),
    ("pt", "O fogo já consumiu 4.500 hectares, que foram queimados em dois dias.", "4.500"),
    ("nl", "Er is 4500 hectare bos afgebrand.", "4500"),
    ("nb", "Brannen har svidd av 4500 hektar skog.", "4500"),
    ("tr", "Yangında 4 bin 500 hektar orman yandı.", "4 bin 500"),
    ("ja", "火災で森林4500ヘクタールが焼失した。", "4500"),
    ("ko", "산불로 산림 4천500㏊가 불에 탔다.", "4천500"),
    ("zh", "山火过火面积4500公顷，烧毁大片森林。", "4500"),
]


@pytest.mark.parametrize(("lang", "text", "burned"), BURNED)
def test_the_area_a_fire_burned_is_an_area(lang: str, text: str, burned: str) -> None:
    topics = topic_quotes(text, lang)
    assert any(burned in q for q in topics.get("area", [])), topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das Unglück forderte drei Menschenleben."),
        ("es", "La riada se cobró tres vidas."),
        ("it", "L'alluvione è costata tre vite umane."),
        ("nl", "De storm eiste drie levens."),
        ("nb", "Brannen har krevd tre menneskeliv."),
    ],
)
def test_lives_a_disaster_claimed_are_deaths(lang: str, text: str) -> None:
    assert list(topic_quotes(text, lang)) == ["deaths"]
