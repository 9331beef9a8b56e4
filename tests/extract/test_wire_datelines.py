"""A wire dateline's date ("LONDON, July 2 (Reuters) - ...") is the day the story was filed,
not a day of its events: it is drafted as no date of the story. A date opening a sentence
of the story is one."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# a story filed on one day about an event of another: the filing day, the event's day
FILED = {
    "en": (
        "VENLO, Netherlands, June 11 (Reuters) - Floods killed two people on Wednesday.",
        "June 11",
        "Wednesday",
    ),
    "de": (
        "BERLIN, 11. Juni (dpa) - Das Hochwasser hat am Mittwoch zwei Menschen getötet.",
        "11. Juni",
        "Mittwoch",
    ),
    "es": (
        "MADRID, 11 de junio (EFE) - Las inundaciones mataron a dos personas el miércoles.",
        "11 de junio",
        "miércoles",
    ),
    "fr": (
        "PARIS, 11 juin 2026 — Les crues ont fait deux morts mercredi.",
        "11 juin 2026",
        "mercredi",
    ),
    "zh": ("新华社北京6月11日电 洪水6月10日造成两人死亡。", "6月11日", "6月10日"),
}

# a dateline with no place, its agency in brackets: "June 11 (Reuters) - "
UNPLACED = {
    "en": ("June 11 (Wire) - Floods killed two people on Wednesday.", "June 11", "Wednesday"),
    "de": (
        "11. Juni (dpa) - Das Hochwasser hat am Mittwoch zwei Menschen getötet.",
        "11. Juni",
        "Mittwoch",
    ),
    "es": (
        "11 de junio (EFE) - Las inundaciones mataron a dos personas el miércoles.",
        "11 de junio",
        "miércoles",
    ),
}


@pytest.mark.parametrize("lang", sorted(UNPLACED))
def test_a_wire_dateline_with_no_place_is_no_date_of_the_story(lang: str) -> None:
    text, filed, event = UNPLACED[lang]
    quotes = {c["quote"]: c["topic"] for c in drafted_claims(text, lang, published="2026-06-11")}
    assert filed not in quotes, quotes
    assert quotes.get(event) == "event_date", quotes


def test_a_timeline_entry_opening_with_a_date_and_a_dash_is_a_date_of_the_story() -> None:
    text = "Timeline\nJune 9 - The quake struck the coast at dawn.\n"
    quotes = {c["quote"] for c in drafted_claims(text, "en", published="2026-06-11")}
    assert "June 9" in quotes, quotes


@pytest.mark.parametrize("lang", sorted(FILED))
def test_a_wire_datelines_date_is_no_date_of_the_story(lang: str) -> None:
    text, filed, event = FILED[lang]
    quotes = {c["quote"]: c["topic"] for c in drafted_claims(text, lang, published="2026-06-11")}
    assert filed not in quotes, quotes
    assert quotes.get(event) == "event_date", quotes


@pytest.mark.parametrize(
    "text",
    [
        "The quake struck on June 11 - a Wednesday - at dawn.",
        "On June 11 - the day of the vote - turnout was 60%.",
    ],
)
def test_a_date_opening_a_sentence_is_a_date_of_the_story(text: str) -> None:
    quotes = {c["quote"] for c in drafted_claims(text, "en", published="2026-06-11")}
    assert "June 11" in quotes
