"""A point of the compass makes a length a distance, but a word spelt like one that is no
compass point ("est" for 'is', "este" for 'this', "doğum" for 'birth', "batırıldı" for 'was
sunk') does not."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


def _topic(text: str, lang: str, quote: str) -> str:
    """The topic drafted for the figure quoted ``quote`` (which must be drafted)."""
    topics = {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}
    assert quote in topics, topics
    return str(topics[quote])


EAST = {
    "fr": ("Le village se trouve à 20 km à l'est.", "20 km"),
    "es": ("El pueblo está situado a 20 km al este.", "20 km"),
    "tr": ("Köy, kentin 20 kilometre doğusunda bulunuyor.", "20 kilometre"),
}


@pytest.mark.parametrize("lang", sorted(EAST))
def test_a_length_to_the_east_is_a_distance(lang: str) -> None:
    text, quote = EAST[lang]
    assert _topic(text, lang, quote).startswith("distance")


LOOK_ALIKES = {
    "fr": ("La hausse du fleuve est de 3 mètres.", "3 mètres"),
    "es": ("El río subió este jueves 3 metros.", "3 metros"),
    "tr": ("Tekne 2 metrelik dalgalar arasında batırıldı.", "2 metrelik"),
}


@pytest.mark.parametrize("lang", sorted(LOOK_ALIKES))
def test_a_word_spelt_like_a_compass_point_makes_no_distance(lang: str) -> None:
    text, quote = LOOK_ALIKES[lang]
    assert not _topic(text, lang, quote).startswith("distance")
