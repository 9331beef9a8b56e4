"""A word that means both "from" and "of" ('de', 'del', 'van', 'of') makes a length a
distance only with a place after it, or a word for "at" before the figure."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


def _length_topics(text: str, lang: str) -> list[str]:
    return [c["topic"] for c in drafted_claims(text, lang) if c["value"]["kind"] == "quantity"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nearly 40 metres of the old pier collapsed overnight."),
        ("es", "El muelle, con 180 metros de longitud, se reabrirá en mayo."),
        ("pt", "Cerca de 40 metros do cais antigo foram arrastados pelo mar."),
        ("fr", "Un tronçon de 40 mètres du quai a été emporté par la tempête."),
        ("it", "Un tratto di 40 metri della banchina è stato spazzato via."),
        ("nl", "Bijna 40 meter van de oude pier is weggeslagen."),
    ],
)
def test_a_length_of_a_thing_is_no_distance(lang: str, text: str) -> None:
    assert not [t for t in _length_topics(text, lang) if t.startswith("distance")]


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "The wreck lies within 3 km of the coast.", "distance.from-coast"),
        ("es", "El pesquero se hundió a 12 kilómetros de Vigo.", "distance.from-vigo"),
        ("es", "Los restos aparecieron a unos 300 metros del muelle.", "distance"),
        ("pt", "O barco afundou a cerca de 12 quilómetros da costa.", "distance.from-coast"),
        ("fr", "Le chalutier a coulé à 12 km de Brest.", "distance.from-brest"),
        ("it", "Il peschereccio è affondato a 12 chilometri da Bari.", "distance.from-bari"),
        ("nl", "De kotter zonk op 12 kilometer van de kust.", "distance.from-coast"),
    ],
)
def test_a_length_from_a_place_or_at_a_distance_is_one(lang: str, text: str, topic: str) -> None:
    assert _length_topics(text, lang) == [topic]
