"""The holidays the ``holidays`` package names in a language, for the countries that language
lists (``holiday_countries`` in its date grammar), and their days in a given year."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

from factcheck.cache.tables import kept, language_files
from factcheck.extract.recognizers.dates.when import When, of_date
from factcheck.lang.lexicon import load


def holiday_key(name: str) -> str:
    """A holiday name as looked up: lower case, single spaces."""
    return re.sub(r"\s+", " ", name.lower())


def _calendars(lang: str, year: int) -> list[dict[date, str]]:
    """Each listed country's holidays of ``year``, named in ``lang`` (or the package's default
    language for the country when it has none in ``lang``)."""
    import holidays

    out = []
    supported = holidays.list_supported_countries()
    for country in load(lang).section("dates").get("holiday_countries", []):
        if str(country) not in supported:  # a country the package has no calendar for
            continue
        kind = holidays.country_holidays(str(country))
        # the country's own spelling of the language ("pt_BR"), else none: a name in another
        # language would be no name of this one
        spoken = [x for x in kind.supported_languages if x.split("_")[0] == lang]
        default = kind.default_language or ""
        code = default if default.split("_")[0] == lang else (spoken[0] if spoken else None)
        if code is None:
            continue
        found = holidays.country_holidays(str(country), years=year, language=code)
        out.append(dict(found.items()))
    return out


@cache
def package_holidays(lang: str) -> dict[str, None]:
    """The names of the holidays the ``holidays`` package gives the countries ``lang`` lists
    (``holiday_countries``), lower case; days it marks as observed or several at once left out.
    Kept in the cache folder: the package builds a whole calendar per country and year."""
    files = (Path(__file__), *language_files(lang))
    return kept("holiday-names", lang, ("holidays",), files, lambda: _package_holidays(lang))


def _package_holidays(lang: str) -> dict[str, None]:
    names: dict[str, None] = {}
    for year in (2019, 2020, 2024):  # years whose leap, weekday and Easter layouts differ
        for calendar in _calendars(lang, year):
            for name in calendar.values():
                if ";" not in name and "(" not in name:
                    names.setdefault(holiday_key(name))
    return names


@cache
def package_day(lang: str, name: str, year: int) -> When | None:
    """The day the package gives the holiday ``name`` (a key) in ``year``, if any country has it."""
    for calendar in _calendars(lang, year):
        for day, named in sorted(calendar.items()):
            if holiday_key(named) == name:
                return of_date(day)
    return None
