"""Turkish words that begin other words name no concept in them: 'katılım' (turnout) begins
'katılımcı' (participant) and 'kat' (floor) begins it too, so neither is a stem."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


def _topics(text: str) -> dict[str, str]:
    """Each drafted figure's quote with its topic."""
    return {c["quote"]: c["topic"] for c in drafted_claims(text, "tr")}


@pytest.mark.parametrize(
    ("text", "quote", "topic"),
    [
        ("Seçime katılım yüzde 84 oldu.", "yüzde 84", "turnout"),
        ("Katılım oranı yüzde 84 olarak açıklandı.", "yüzde 84", "turnout"),
        ("Yangın 12 katlı binada çıktı.", "12", "floors"),
        ("Bina 30 kat yüksekliğinde.", "30", "floors"),
    ],
)
def test_turkish_words_still_name_their_concepts(text: str, quote: str, topic: str) -> None:
    assert _topics(text).get(quote) == topic


def test_participants_are_no_turnout_nor_floors() -> None:
    topics = _topics("Ankete katılımcıların yüzde 60'ı olumlu yanıt verdi.")
    assert topics.get("yüzde 60") not in ("turnout", "floors"), topics
