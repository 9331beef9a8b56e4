"""Named days with a year ("Easter Monday 2021", "Navidad de 2019"): the localized names of
the ``holidays`` package for the countries a language lists, and the lexicon's own."""

from __future__ import annotations

from datetime import date

from dateutil.easter import easter  # type: ignore[import-untyped]

from factcheck.extract.recognizers.dates.atoms import DateMatch, Scan
from factcheck.extract.recognizers.dates.grammar import Grammar
from factcheck.extract.recognizers.dates.names import holiday_key, package_day
from factcheck.extract.recognizers.dates.when import When, of_date


def holiday_date(name: str, year: int, g: Grammar) -> When | None:
    """The day of a named holiday in ``year``: fixed ("12-25"), from Easter ("easter-7"), or
    as the ``holidays`` package computes it for a country of the language."""
    spec = g.holiday_days.get(holiday_key(name))
    if spec is None:
        return package_day(g.lang, holiday_key(name), year) if 1900 <= year <= 2099 else None
    if spec.startswith("easter"):
        return of_date(date.fromordinal(easter(year).toordinal() + int(spec[6:] or 0)))
    month, day = (int(x) for x in spec.split("-"))
    when = When(year, month, day)
    return when if when.valid() else None


def scan_holidays(scan: Scan, g: Grammar) -> None:
    """Named days followed (or, in some languages, preceded) by a year."""
    for m in scan.finditer(g, "holidays"):
        if not scan.free(m.start(), m.end()):
            continue
        index, parts = g.holidays.groups(m)
        when = holiday_date(parts["HOL"][0], int(parts["Y"][0]), g)
        if when is not None:
            claim = {"date": when.iso()}
            scan.add(DateMatch(m.start(), m.end(), f"holiday:{index}", when, when, "date", claim))
