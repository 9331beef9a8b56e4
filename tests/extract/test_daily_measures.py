"""A measure of the weather is of the day its clause names: "14 m/s on Tuesday" and "6 m/s
on Thursday" are two days' figures, not one figure given twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import compared, drafted_claims

# a Friday; Tuesday before it is 17 November
PUBLISHED = "2026-11-20"


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("en", "On Tuesday the wind at the pad reached 50 kilometres per hour.", "2026-11-17"),
        ("de", "Am Dienstag erreichte der Wind an der Rampe 14 Meter pro Sekunde.", "2026-11-17"),
        ("fr", "Mardi, le vent a atteint 50 km/h sur le pas de tir.", "2026-11-17"),
        ("nb", "Tirsdag nådde vinden ved rampen 14 meter per sekund.", "2026-11-17"),
        ("it", "Il 18 novembre la temperatura è scesa a 25 gradi Fahrenheit.", "2026-11-18"),
        ("ko", "11월 18일 서울의 기온은 영하 4도까지 내려갔다.", "2026-11-18"),
        ("zh", "11月18日北京气温降至零下6摄氏度。", "2026-11-18"),
    ],
)
def test_a_weather_measure_is_of_the_day_its_clause_names(lang: str, text: str, day: str) -> None:
    measures = [c for c in drafted_claims(text, lang, published=PUBLISHED) if "value" in c]
    dated = [c.get("period") for c in measures if c["value"]["kind"] == "quantity"]
    assert dated == [day], measures


def test_a_measure_of_no_day_has_no_period() -> None:
    claims = drafted_claims("The wind reached 50 kilometres per hour.", "en", published=PUBLISHED)
    assert [c.get("period") for c in claims] == [None]


def test_two_days_winds_are_no_conflict_but_one_days_are(tmp_path: Path) -> None:
    articles = {
        "en.txt": "Launch scrubbed\n\nOn Tuesday the wind at the pad reached 50 kilometres per "
        "hour, and the launch was called off.\n",
        "de.txt": "Start gelungen\n\nAm Donnerstag erreichte der Wind an der Rampe nur 6 Meter "
        "pro Sekunde.\n",
        "fr.txt": "Lancement réussi\n\nLa fusée a décollé sans encombre. Jeudi, le vent soufflait "
        "à 11 mètres par seconde sur le pas de tir.\n",
    }
    report = compared(tmp_path, articles, PUBLISHED)
    errors = [f for f in report.findings if f.severity == "error"]
    assert len(errors) == 1, errors
    assert "6 m/s (de)" in errors[0].message and "11 m/s (fr)" in errors[0].message
    assert "14" not in errors[0].message


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Winds of 20 miles per hour, with gusts of 30 mph, swept the course."),
        ("de", "Der Wind wehte mit 30 km/h, in Böen mit bis zu 60 km/h."),
        ("fr", "Le vent soufflait à 30 km/h avec des rafales à 60 km/h."),
        ("es", "El viento soplaba a 30 km/h, con ráfagas de 60 km/h."),
        ("it", "Il vento soffiava a 30 km/h, con raffiche fino a 60 km/h."),
        ("pt", "O vento soprava a 30 km/h, com rajadas de 60 km/h."),
        ("nl", "De wind waaide met 30 km/u, met windstoten tot 60 km/u."),
        ("nb", "Vinden blåste med 9 meter per sekund, med vindkast opp mot 13 meter per sekund."),
        ("zh", "风速为每秒9米，阵风达到每秒13米。"),
    ],
)
def test_gusts_are_a_figure_of_their_own_beside_the_wind(lang: str, text: str) -> None:
    claims = drafted_claims(text, lang, published=PUBLISHED)
    assert [c["topic"] for c in claims if c["value"]["kind"] == "quantity"] == ["speed", "gusts"]
