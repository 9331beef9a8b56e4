"""The day a plane crashed is the day of the event: the verbs and nouns of a crash name it in
every language."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

CRASHED = {
    "de": ("Das Flugzeug stürzte am Samstag ab.", "Samstag"),
    "en": ("The plane crashed on Saturday.", "Saturday"),
    "es": ("El avión se estrelló el sábado.", "sábado"),
    "fr": ("L'avion s'est écrasé samedi.", "samedi"),
    "it": ("L'aereo è precipitato sabato.", "sabato"),
    "ja": ("旅客機は14日に墜落した。", "14日"),
    "ko": ("여객기는 14일 추락했다.", "14일"),
    "nb": ("Flyet styrtet lørdag.", "lørdag"),
    "nl": ("Het vliegtuig stortte zaterdag neer.", "zaterdag"),
    "pt": ("O avião caiu no sábado.", "sábado"),
    "tr": ("Uçak cumartesi günü düştü.", "cumartesi günü"),
    "zh": ("客机14日坠毁。", "14日"),
}


def _claims(text: str, lang: str) -> dict[str, dict[str, str]]:
    """Each drafted figure's quote with its claim."""
    return {c["quote"]: c for c in drafted_claims(text, lang, published="2026-06-14")}


@pytest.mark.parametrize("lang", sorted(CRASHED))
def test_the_day_a_plane_crashed_is_named_by_the_crash(lang: str) -> None:
    text, quote = CRASHED[lang]
    claim = _claims(text, lang)[quote]
    assert claim["topic"] == "event_date"
    assert "by '" in claim["note"]  # a word named it, not the kind of value alone
