"""The day a news story's opening sentence names is the day of its event, where no concept
word names it; a day in a later sentence with no word of the story stays a candidate."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# a title, an opening sentence with a weekday no concept word names, then a later sentence
# with another weekday and no word of the story
STORIES = {
    "en": "Rocket reaches orbit\nThe rocket put seven small satellites into orbit on "
    "Thursday. The company's board will meet again on Monday.",
    "de": "Rakete erreicht den Orbit\nDie Rakete hat am Donnerstag sieben Kleinsatelliten in "
    "eine Umlaufbahn gebracht. Der Vorstand trifft sich am Montag erneut.",
    "fr": "La fusée atteint l'orbite\nLa fusée a placé jeudi sept petits satellites en orbite. "
    "Le conseil se réunira de nouveau lundi.",
    "it": "Il razzo raggiunge l'orbita\nIl razzo ha portato giovedì sette piccoli satelliti in "
    "orbita. Il consiglio si riunirà di nuovo lunedì.",
    "nl": "Raket bereikt baan\nDe raket bracht donderdag zeven kleine satellieten in een baan. "
    "Het bestuur komt maandag opnieuw bijeen.",
    "nb": "Raketten nådde bane\nRaketten sendte torsdag sju små satellitter i bane. Styret "
    "møtes igjen mandag.",
}
THURSDAY = {
    "en": "Thursday",
    "de": "Donnerstag",
    "fr": "jeudi",
    "it": "giovedì",
    "nl": "donderdag",
    "nb": "torsdag",
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_the_day_of_the_opening_sentence_is_the_event_day(lang: str) -> None:
    claims = drafted_claims(STORIES[lang], lang, published="2026-09-25")
    days = {c["quote"]: c["topic"] for c in claims if c["value"]["kind"] == "date"}
    assert days.get(THURSDAY[lang]) == "event_date", days
    assert all(topic != "event_date" for q, topic in days.items() if q != THURSDAY[lang]), days


# the opening sentence names the day counted back from publication: "yesterday", "ayer"
YESTERDAY = {
    "en": (
        "Rocket reaches orbit\nThe rocket put seven satellites into orbit yesterday.",
        "yesterday",
    ),
    "es": ("El cohete en órbita\nEl cohete puso ayer siete satélites en órbita.", "ayer"),
    "fr": ("La fusée en orbite\nLa fusée a été lancée hier depuis la Norvège.", "hier"),
    "de": ("Rakete im Orbit\nDie Rakete hat gestern sieben Satelliten ausgesetzt.", "gestern"),
}


@pytest.mark.parametrize("lang", sorted(YESTERDAY))
def test_yesterday_in_the_opening_sentence_is_the_event_day(lang: str) -> None:
    text, word = YESTERDAY[lang]
    claims = drafted_claims(text, lang, published="2026-10-14")
    days = {c["quote"]: c["topic"] for c in claims if c["value"]["kind"] == "date"}
    assert days.get(word) == "event_date", days
