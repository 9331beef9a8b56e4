"""Rainfall is a topic of its own: millimetres, centimetres or inches of rain, in every
language; a rise of a river in metres is no rainfall, rain named beside it or not."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


def _topics(text: str, lang: str) -> dict[str, str]:
    """Each drafted figure's quote with its topic."""
    return {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}


# a day's rain on a valley, and the figure that says it
RAIN = {
    "en": ("The storm dumped 120 millimetres of rain on the valley in a day.", "120 millimetres"),
    "de": ("Innerhalb eines Tages fielen im Tal 120 Millimeter Regen.", "120 Millimeter"),
    "es": ("En un día cayeron en el valle 120 milímetros de lluvia.", "120 milímetros"),
    "fr": ("Il est tombé 120 millimètres de pluie en un jour dans la vallée.", "120 millimètres"),
    "it": ("In un giorno sono caduti nella valle 120 millimetri di pioggia.", "120 millimetri"),
    "ja": ("谷では一晩で120ミリの雨が降った。", "120ミリ"),
    "ko": ("계곡에는 하루 동안 120㎜의 비가 내렸다.", "120㎜"),
    "nb": ("Det falt 120 millimeter regn i dalen på ett døgn.", "120 millimeter"),
    "nl": ("In het dal viel op één dag 120 millimeter regen.", "120 millimeter"),
    "pt": ("Em um dia caíram no vale 120 milímetros de chuva.", "120 milímetros"),
    "tr": ("Vadiye bir günde 120 milimetre yağış düştü.", "120 milimetre"),
    "zh": ("山谷一天内降雨120毫米。", "120毫米"),
}


@pytest.mark.parametrize("lang", sorted(RAIN))
def test_millimetres_of_rain_are_rainfall(lang: str) -> None:
    text, quote = RAIN[lang]
    assert _topics(text, lang).get(quote) == "rainfall"


# the rain stated the other way round: the word first, the figure after it
RAIN_FIRST = {
    "en": ("Rainfall reached 7 inches in the hills.", "7 inches"),
    "de": ("Die Niederschlagsmenge erreichte 18 Zentimeter.", "18 Zentimeter"),
    "ja": ("降水量は200ミリに達した。", "200ミリ"),
    "pt": ("A chuva acumulada chegou a 18 centímetros.", "18 centímetros"),
}


@pytest.mark.parametrize("lang", sorted(RAIN_FIRST))
def test_rain_named_before_its_figure_is_rainfall(lang: str) -> None:
    text, quote = RAIN_FIRST[lang]
    assert _topics(text, lang).get(quote) == "rainfall"


# a river rising in metres while it rains: no rainfall
RIVER = {
    "en": ("The rain pushed the river up by 2 metres overnight.", "2 metres"),
    "de": ("Der Pegel stieg trotz nachlassendem Regen um 2 Meter.", "2 Meter"),
    "ja": ("川の水位は2メートル上昇し、雨は続いている。", "2メートル"),
    "nl": ("Door de regen steeg de rivier 2 meter.", "2 meter"),
}


@pytest.mark.parametrize("lang", sorted(RIVER))
def test_a_river_rising_in_metres_is_no_rainfall(lang: str) -> None:
    text, quote = RIVER[lang]
    topics = _topics(text, lang)
    assert quote in topics, topics
    assert topics[quote] != "rainfall"


def test_japanese_milli_units_are_not_millimetres() -> None:
    units = {
        c["quote"]: c["value"].get("unit")
        for c in drafted_claims("線量は20ミリシーベルト、遅延は20ミリ秒、雨は80ミリだった。", "ja")
    }
    assert units.get("80ミリ") == "mm"
    assert "mm" not in {units.get("20ミリシーベルト"), units.get("20ミリ秒")}, units
