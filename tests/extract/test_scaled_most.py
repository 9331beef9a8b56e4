"""The most a concept can count holds a scaled figure at its size: "10K" beside "countries"
is ten thousand, too many to be countries, whatever its digits say."""

from __future__ import annotations

import pytest
from drafted import count_topics

TEXTS = {
    "en": "Runners from 48 countries took part in the marathon, 15K and 10K races.",
    "fr": "Des coureurs de 48 pays ont pris part au marathon, qui réunissait 12 mille inscrits.",
    "es": "Corredores de 48 países participaron en el maratón, con 12 mil inscritos.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_scaled_count_is_no_count_of_countries(lang: str) -> None:
    topics = count_topics(TEXTS[lang], lang)
    assert topics.get(48, "").startswith("countries"), topics
    assert not any(t.startswith("countries") for n, t in topics.items() if n != 48), topics
