"""A weekday right before a figure with decimals is no day of the month: "vrijdag 1,2
miljard" is a sum given on Friday, not Friday the 1st."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.recognizers.recognize import recognize

SENTENCES = {
    "nl": "De provincie maakte vrijdag 1,2 miljard euro vrij voor de dijken.",
    "fr": "La région a débloqué vendredi 1,5 milliard d'euros pour les digues.",
    "es": "La región aprobó el viernes 1,2 millones de euros para los diques.",
    "it": "La regione ha stanziato venerdì 1,5 miliardi di euro per gli argini.",
    "pt": "A região liberou na sexta-feira (2) 1,2 bilhão de reais para os diques.",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_a_weekday_before_a_decimal_figure_names_no_day(lang: str) -> None:
    found = recognize(SENTENCES[lang], lang, date(2026, 10, 6))
    days = [m.value for m in found if m.kind == "date"]
    assert len(days) == 1 and days[0]["weekday"] == "friday", days
    assert days[0].get("date") in (None, "2026-10-02"), days  # pt names its day in brackets
    assert any(m.kind == "amount" for m in found), found
