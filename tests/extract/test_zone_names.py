"""Which clock a country or a city names, from CLDR's zones."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.core import get_global

from factcheck.extract.recognizers import zone_names
from factcheck.extract.recognizers.zone_names import city_mentions, country_zone


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("ES", "Europe/Madrid"),  # the peninsula's clock, not the Canaries'
        ("PT", "Europe/Lisbon"),
        ("MM", "Asia/Yangon"),
        ("CN", "Asia/Shanghai"),
        ("US", None),  # many clocks: the name of the country says none
        ("RU", None),
        ("BR", None),
        ("AU", None),
        # clocks the time zone database says most of the country keeps
        ("CL", "America/Santiago"),  # not Easter Island's, nor Magallanes'
        ("MN", "Asia/Ulaanbaatar"),  # not Hovd's, first by name
        ("CY", "Asia/Nicosia"),
        ("KZ", "Asia/Almaty"),
    ],
)
def test_a_country_names_its_main_clock_or_none(country: str, zone: str | None) -> None:
    assert country_zone(country) == zone


def test_the_clocks_read_back_are_the_ones_derived_for_every_territory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
    zone_names._country_zones.cache_clear()
    derived = zone_names._country_zones()  # derived now, and kept in tmp_path
    assert any((tmp_path / "tables").iterdir())
    zone_names._country_zones.cache_clear()
    monkeypatch.setattr(zone_names, "_main_clocks", lambda: pytest.fail("derived again"))
    assert zone_names._country_zones() == derived
    assert derived == {t: zone_names._main_clock(t) for t in get_global("territory_zones")}
    assert derived["ES"] == "Europe/Madrid" and derived["US"] is None
    zone_names._country_zones.cache_clear()


@pytest.mark.parametrize(
    ("text", "lang", "cities"),
    [
        ("La Regina parlò a lungo; a Roma pioveva.", "it", ["Roma"]),
        ("Nome e cognome del sindaco di Lisbona.", "it", ["Lisbona"]),
        ("En Mérida llovía; en Madrid, no.", "es", ["Madrid"]),
        ("罗马尼亚总统昨天访问了东京。", "zh", ["东京"]),
        ("ルーマニアの首相がローマに到着した。", "ja", ["ローマ"]),
    ],
)
def test_a_city_alone_names_a_clock_only_as_a_whole_name_on_its_country_s_main_clock(
    text: str, lang: str, cities: list[str]
) -> None:
    assert [text[start:end] for start, end, _ in city_mentions(text, lang)] == cities


@pytest.mark.parametrize(
    ("lang", "name", "zone"),
    [
        ("en", "central european time", "Europe/Paris"),
        ("fr", "heure d'europe centrale", "Europe/Paris"),
        ("de", "mitteleuropäische zeit", "Europe/Paris"),
        ("es", "hora de europa central", "Europe/Paris"),
        ("ja", "中央ヨーロッパ時間", "Europe/Paris"),
        ("en", "eastern european time", "Europe/Bucharest"),
        ("en", "eastern time", "America/New_York"),
        ("en", "gulf standard time", "+04:00"),  # a standard time's name: its offset
    ],
)
def test_a_generic_metazone_name_is_the_zone_cldr_gives_the_metazone_for_the_world(
    lang: str, name: str, zone: str
) -> None:
    assert zone_names.cldr_zone_names(lang)[name] == zone
    assert (name in zone_names.generic_zone_names(lang)) == (not zone.startswith("+"))


@pytest.mark.parametrize(
    ("zone", "place", "clock"),
    [
        ("Europe/Paris", "Europe/Madrid", "Europe/Madrid"),  # Spain keeps Central European time
        ("Europe/Paris", "Europe/Athens", "Europe/Paris"),  # Greece keeps Eastern European time
        ("Europe/Paris", None, "Europe/Paris"),
        ("America/New_York", "America/Toronto", "America/Toronto"),
    ],
)
def test_a_generic_name_s_zone_is_the_place_s_clock_only_in_the_same_metazone(
    zone: str, place: str | None, clock: str
) -> None:
    assert zone_names.on_place_clock(zone, place) == clock
