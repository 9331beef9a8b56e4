"""Topic discovery of places and wholes: distances from different places, a whole stated
beside its parts, in each language."""

from __future__ import annotations

import pytest
from drafted import topic_quotes


def _topics(text: str, lang: str) -> dict[str, list[str]]:
    return topic_quotes(text, lang, published="2025-06-02")


@pytest.mark.parametrize(
    ("lang", "text", "near", "far"),
    [
        ("en", "The blast was felt 30 km from Lyon and 80 km from Geneva.", "30 km", "80 km"),
        ("fr", "L'explosion a eu lieu à 30 km de Lyon et à 80 km de Genève.", "30 km", "80 km"),
        ("es", "La explosión ocurrió a 30 km de Lyon y a 80 km de Ginebra.", "30 km", "80 km"),
        ("it", "L'esplosione è avvenuta a 30 km da Lione e a 80 km da Ginevra.", "30 km", "80 km"),
        ("pt", "A explosão ocorreu a 30 km de Lyon e a 80 km de Genebra.", "30 km", "80 km"),
        ("de", "Die Explosion war 30 km von Lyon und 80 km von Genf entfernt.", "30 km", "80 km"),
        ("nl", "De explosie was 30 km van Lyon en 80 km van Genève.", "30 km", "80 km"),
        ("nb", "Eksplosjonen skjedde 30 km fra Lyon og 80 km fra Genève.", "30 km", "80 km"),
        (
            "ja",
            "爆発はリヨンから30キロメートル、ジュネーブから80キロメートルの地点だった。",
            "30",
            "80",
        ),
        ("ko", "폭발은 리옹에서 30km, 제네바에서 80km 떨어진 곳에서 일어났다.", "30", "80"),
        ("zh", "爆炸发生在距离里昂30公里、距离日内瓦80公里的地方。", "30", "80"),
    ],
)
def test_distances_from_different_places_are_different_topics(
    lang: str, text: str, near: str, far: str
) -> None:
    topics = _topics(text, lang)
    distances = {t: qs for t, qs in topics.items() if t.startswith("distance")}
    near_topic = next(t for t, qs in distances.items() if any(near in q for q in qs))
    far_topic = next(t for t, qs in distances.items() if any(far in q for q in qs))
    assert near_topic != far_topic and near_topic.startswith("distance.from-"), topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The village lies 40 km from Lyon."),
        ("fr", "Le village se trouve à 40 km de Lyon."),
        ("es", "El pueblo está a 40 km de Lyon."),
        ("de", "Das Dorf liegt 40 km von Lyon entfernt."),
        ("zh", "该村位于里昂(Lyon)以北40公里处。"),
    ],
)
def test_a_distance_from_a_named_place_has_one_topic_in_every_language(
    lang: str, text: str
) -> None:
    assert "distance.from-lyon" in _topics(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The dam stands 120 km from the capital."),
        ("fr", "Le barrage se trouve à 120 km de la capitale."),
        ("es", "La presa está a 120 km de la capital."),
        ("de", "Der Staudamm liegt 120 km von der Hauptstadt entfernt."),
        ("ja", "ダムは首都から120キロメートルの場所にある。"),
        ("zh", "大坝距离首都120公里。"),
    ],
)
def test_a_place_named_by_its_role_is_keyed_alike_in_every_language(lang: str, text: str) -> None:
    assert "distance.from-capital" in _topics(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La secousse s'est produite à une profondeur de 12 kilomètres."),
        ("es", "El temblor se produjo a 12 km de profundidad."),
        ("it", "La scossa è avvenuta a una profondità di 12 km."),
    ],
)
def test_a_depth_is_no_distance_for_the_preposition_next_to_it(lang: str, text: str) -> None:
    assert "depth" in _topics(text, lang), _topics(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "whole", "part"),
    [
        (
            "en",
            "The strike lasted nine days in total; the blockade lasted three days.",
            "nine",
            "three",
        ),
        ("en", "Of the 40 paintings stolen, 30 were found in a barn.", "40", "30"),
        (
            "fr",
            "La grève a duré neuf jours au total ; le blocus a duré trois jours.",
            "neuf",
            "trois",
        ),
        ("de", "Insgesamt 40 Gemälde wurden gestohlen, 30 Gemälde wurden gefunden.", "40", "30"),
        (
            "nl",
            "In totaal 40 schilderijen werden gestolen, 30 schilderijen zijn teruggevonden.",
            "40",
            "30",
        ),
    ],
)
def test_a_figure_stated_as_a_whole_is_compared_only_with_wholes(
    lang: str, text: str, whole: str, part: str
) -> None:
    topics = _topics(text, lang)
    whole_topic = next(t for t, qs in topics.items() if any(whole in q for q in qs))
    part_topic = next(t for t, qs in topics.items() if any(part in q for q in qs))
    assert whole_topic.endswith(".total") and not part_topic.endswith(".total"), topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The strike lasted nine days in total."),
        ("de", "Insgesamt 40 Gemälde wurden gestohlen."),
        ("tr", "Aralarında Fransa ve İtalya'nın da bulunduğu toplam 9 ülke katıldı."),
    ],
)
def test_a_whole_its_text_gives_no_part_of_stays_in_its_topic(lang: str, text: str) -> None:
    topics = _topics(text, lang)
    assert topics and not any(t.endswith(".total") for t in topics), topics
