"""Names of time zones as a language writes them, from CLDR: "Greenwich Mean Time",
"格林威治標準時間", "Myanmar Time", and the language's ``place_zones`` templates filled with
CLDR's city and country names ("Yangon time", "hora de Madrid", "in Italia", "仰光时间").

A country names its main clock: the one most of its zones keep (Spain's is the peninsula's,
not the Canaries'), and none when it spans more than two clocks (the United States, Russia)
or when its main clock keeps fewer than half of its zones. In a template ("Regina time") a
city names its own clock; named alone, only a city on its country's main clock says where a
text is: "Regina" or "Nome" are words before they are Canadian or Alaskan towns. Each name maps
to what a time's ``zone`` holds: an IANA zone, or a UTC offset for a standard or summer
time name ("Central European Summer Time" is +02:00 whatever the day).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TypeVar
from zoneinfo import TZPATH, ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.core import get_global

from factcheck.cache.tables import kept, language_files
from factcheck.data import load_data
from factcheck.extract.recognizers import width as width_module
from factcheck.extract.recognizers import words as words_module
from factcheck.extract.recognizers.width import plain_apostrophes
from factcheck.extract.recognizers.words import trie
from factcheck.lang import cldr_locales
from factcheck.lang.lexicon import load
from factcheck.values import zones as zones_module
from factcheck.values.zones import check_zone, offsets

T = TypeVar("T")
LOCAL = "local"
# cities of these areas name a place's clock, mainland ones first; Antarctic stations and
# ocean islands named after common words ("Christmas", "Wake", "Casey") do not
_SPACES = re.compile(r"\s+")
_AREAS = ("Europe", "Asia", "America", "Africa", "Australia")
_ALTERNATIVE = re.compile(r"\s*\(([^)]*)\)")  # "Myanmar (Burma)": two names of one country
_VARIANTS = ("generic", "standard", "daylight")


def _offset_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _offsets(zone: str) -> tuple[int, int]:
    """A zone's offsets in January and July of a recent year, in minutes east of UTC."""
    info = ZoneInfo(zone)
    found = []
    for month in (1, 7):
        offset = datetime(2025, month, 15, 12, tzinfo=info).utcoffset() or timedelta(0)
        found.append(int(offset.total_seconds() // 60))
    return found[0], found[1]


@cache
def _metazone_members() -> dict[str, tuple[str, ...]]:
    """CLDR's metazones ("Europe_Central") and the IANA zones that use them, sorted."""
    members: dict[str, list[str]] = {}
    for zone, metazone in get_global("meta_zones").items():
        members.setdefault(str(metazone), []).append(str(zone))
    return {k: tuple(sorted(v)) for k, v in members.items()}


@cache
def _metazone_zones(metazone: str) -> dict[str, str]:
    """What a metazone's generic, standard and daylight names stand for."""
    usable = []
    for zone in _metazone_members().get(metazone, ()):
        try:
            usable.append((zone, _offsets(zone)))
        except (ZoneInfoNotFoundError, ValueError):
            continue
    if not usable:
        return {}
    # CLDR's zone for the metazone as a whole ("Central European Time": Paris, not Ceuta,
    # the first of its zones by name); else a zone that keeps summer time, which follows
    # the generic name through the year
    golden = load_data("metazone_zones.yaml").get(metazone)
    kept_summer = next(((z, o) for z, o in usable if o[0] != o[1]), usable[0])
    zone, (january, july) = next(((z, o) for z, o in usable if z == golden), kept_summer)
    standard, daylight = min(january, july), max(january, july)
    return {
        "generic": zone,
        "standard": _offset_text(standard),
        "daylight": _offset_text(daylight),
    }


def on_place_clock(zone: str, place: str | None) -> str:
    """The zone a generic metazone name read as ``zone`` stands for in a text about a place
    on the clock ``place``: the place's own when it keeps the same metazone ("Central
    European Time" in an article about Spain is Madrid's clock), else ``zone``."""
    if place is None or place == zone:
        return zone
    metazones = get_global("meta_zones")
    same = metazones.get(place) is not None and metazones.get(place) == metazones.get(zone)
    return place if same else zone


@cache
def country_zone(code: str) -> str | None:
    """The IANA zone of a country's (or a region's country's) main clock, if any."""
    return _country_zones().get(code.split("-")[0])


@cache
def _country_zones() -> dict[str, str | None]:
    """Every territory's main clock, derived once and read back from the cache folder on
    later runs: deriving it loads CLDR's global data and each zone's rules, which cost a
    process one or two hundredths of a second for the countries of a few articles."""
    return kept("country-zones", None, ("babel", "tzdata"), _zone_sources(), _main_clocks)


def _main_clocks() -> dict[str, str | None]:
    territories = sorted(str(t) for t in get_global("territory_zones"))
    return {territory: _main_clock(territory) for territory in territories}


def _main_clock(territory: str) -> str | None:
    clocks: dict[str, tuple[int, ...]] = {}
    for zone in sorted(str(z) for z in get_global("territory_zones").get(territory, ())):
        try:
            check_zone(zone)
        except ValueError:
            continue
        clocks[zone] = offsets(zone, None)
    if not clocks:
        return None
    most = _most_of().get(territory)
    if most in clocks:  # "America/Santiago: most of Chile", "Asia/Nicosia: most of Cyprus"
        return most
    keep = Counter(clocks.values())
    best = max(keep, key=lambda clock: keep[clock])
    if len(keep) > 2 or keep[best] * 2 < len(clocks):
        return None  # no main clock: "in Russia" or "in Brazil" says no time zone
    return min((z for z, clock in clocks.items() if clock == best), key=_rank)


@cache
def _most_of() -> dict[str, str]:
    """The zones the time zone database says keep the clock of most of a country
    (zone1970.tab: "America/Santiago  most of Chile"), by the country's code."""
    try:
        from importlib.resources import files

        table = files("tzdata").joinpath("zoneinfo", "zone1970.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[str, str] = {}
    for line in table.splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 4 or not fields[3].startswith("most of "):
            continue
        out.setdefault(fields[0].split(",")[0], fields[2])
    return out


def _rank(zone: str) -> tuple[int, str]:
    """Mainland zones before islands' ("Europe/Madrid" before "Africa/Ceuta" or "Atlantic/
    Canary"), in a fixed order."""
    area = zone.split("/")[0]
    return (_AREAS.index(area) if area in _AREAS else len(_AREAS), zone)


def _split(name: str) -> list[str]:
    """ "Myanmar (Burma)" -> ["Myanmar", "Burma"]."""
    outer = _ALTERNATIVE.sub("", name).strip()
    return [n for n in [outer, *_ALTERNATIVE.findall(name)] if n.strip()]


def _cities(locale: Locale) -> dict[str, str]:
    """CLDR's city names of a locale for the zones of inhabited continents, to the zone."""
    out: dict[str, str] = {}
    for zone in sorted(get_global("zone_territories")):
        parts = zone.split("/")
        if len(parts) != 2 or parts[0] not in _AREAS:
            continue
        city = (locale.time_zones.get(zone) or {}).get("city") or parts[1]
        for name in _split(str(city).replace("_", " ")):
            out.setdefault(name, zone)
    return out


def _places(locale: Locale) -> dict[str, str]:
    """City and country names of a CLDR locale, to their IANA zone (a country's main one)."""
    out = _cities(locale)
    for territory in sorted(get_global("territory_zones")):
        zone = country_zone(territory)
        if zone is not None and territory in locale.territories:
            for name in _split(str(locale.territories[territory])):
                out.setdefault(name, zone)
    return out


def _on_main_clock(zone: str) -> bool:
    """Whether ``zone`` keeps its country's main clock (Ceuta keeps Madrid's; Regina keeps
    no main clock of Canada's, which has none)."""
    territory = get_global("zone_territories").get(zone)
    main = country_zone(str(territory)) if territory else None
    return main is not None and offsets(main, None) == offsets(zone, None)


def _city_zones(lang: str) -> dict[str, str]:
    """``lang``'s CLDR city names on their country's main clock, to their zone, then its
    country names, to no zone."""
    names: dict[str, str] = {}
    for code in cldr_locales(lang):
        locale = Locale.parse(code)
        for name, zone in _cities(locale).items():
            if (len(name) > 2 or not name.isascii()) and _on_main_clock(zone):
                names.setdefault(name, zone)  # no two letters of a Latin word
    if not names:
        return names
    for code in cldr_locales(lang):
        for country in Locale.parse(code).territories.values():
            for name in _split(str(country)):
                names.setdefault(name, "")
    return names


@cache
def _city_names(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The pattern of ``lang``'s CLDR city names, and the zone of each. Country names are
    in the pattern too, mapped to no zone, so that a city name inside a country's
    ("罗马" in "罗马尼亚") is not read where no spaces part words."""
    names = _kept("city-zones", lang, lambda: _city_zones(lang))
    if not names:
        return None, names
    return re.compile(_kept("city-pattern", lang, lambda: _city_pattern(lang, names))), names


def _city_pattern(lang: str, names: dict[str, str]) -> str:
    spaced = load(lang).section("language").get("word_spaces", True) is not False
    body = trie(names)
    return rf"(?<![^\W_]){body}(?![^\W_])" if spaced else body


def city_names(lang: str) -> dict[str, str]:
    """``lang``'s city names, each to its IANA zone, and its country names, to no zone."""
    return _city_names(lang)[1]


def city_mentions(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The cities of ``text`` CLDR names a time zone after: (start, end, IANA zone)."""
    pattern, names = _city_names(lang)
    if pattern is None:
        return []
    found = ((m.start(), m.end(), names[m.group()]) for m in pattern.finditer(text))
    return [(start, end, zone) for start, end, zone in found if zone]


def _metazone_names(locale: Locale, variants: tuple[str, ...] = _VARIANTS) -> dict[str, str]:
    """A locale's long metazone names ("Central European Summer Time") -> zone or offset,
    of the ``variants`` (generic, standard, daylight) asked for."""
    out: dict[str, str] = {}
    for metazone, names in sorted(locale.meta_zones.items()):
        zones = _metazone_zones(str(metazone))
        for variant, name in sorted(dict(names.get("long") or {}).items()):
            if variant in zones and variant in variants:
                out.setdefault(str(name), zones[variant])
    return out


@cache
def generic_zone_names(lang: str) -> frozenset[str]:
    """The generic metazone names of ``lang`` ("Central European Time", "heure d'Europe
    centrale"), keyed as ``cldr_zone_names``: those that name a metazone, not one place."""
    return frozenset(_kept("generic-zone-names", lang, lambda: sorted(_generic_names(lang))))


def _generic_names(lang: str) -> set[str]:
    out: set[str] = set()
    for code in cldr_locales(lang):
        out |= set(_as_read(_metazone_names(Locale.parse(code), ("generic",))))
    return out


def _zone_sources() -> tuple[Path, ...]:
    """What a table of clocks is derived from besides a language's files: this module, the
    zone module and its data, and a system's time zone database where one is used."""
    tz_database = (Path(folder) / "tzdata.zi" for folder in TZPATH)
    data = Path(zones_module.__file__).parent.parent / "data"
    zone_data = (data / "zones.yaml", data / "metazone_zones.yaml")
    return (Path(__file__), Path(zones_module.__file__), *zone_data, *tz_database)


def _kept(table: str, lang: str, build: Callable[[], T]) -> T:
    """A table of ``lang``'s zone names, derived once and read back from the cache folder on
    later runs (deriving one walks every zone of CLDR and of the time zone database)."""
    sources = (*_zone_sources(), *language_files(lang))
    # the trie of city names is spelled there, and apostrophes read as ASCII ones here
    spelled = (Path(words_module.__file__), Path(width_module.__file__))
    return kept(table, lang, ("babel", "tzdata"), (*spelled, *sources), build)


@cache
def cldr_zone_names(lang: str) -> dict[str, str]:
    """Zone names of ``lang`` from CLDR and its ``place_zones`` templates -> zone, keyed as a
    text is read: lower case, ASCII apostrophes ("ora dell'Europa centrale"), single spaces
    (worked out with the table: a language has thousands)."""
    return _kept("zone-names", lang, lambda: _as_read(_zone_names(lang)))


def _as_read(names: dict[str, str]) -> dict[str, str]:
    return {_SPACES.sub(" ", plain_apostrophes(k.lower())): v for k, v in names.items()}


def _zone_names(lang: str) -> dict[str, str]:
    data = load(lang).section("times")
    templates = [str(t) for t in data.get("place_zones", [])]
    local = [str(k) for k, v in (data.get("zones") or {}).items() if v == LOCAL]
    out: dict[str, str] = {}
    for code in cldr_locales(lang):
        locale = Locale.parse(code)
        for name, zone in _metazone_names(locale).items():
            out.setdefault(name, zone)
        places = _places(locale) if templates else {}
        for template in templates:
            fills = local if "{local}" in template else [""]
            for word in fills:
                for place, zone in places.items():
                    phrase = template.replace("{local}", word).replace("{place}", place)
                    out.setdefault(phrase, zone)
    return out
