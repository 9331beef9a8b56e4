"""The place names CLDR and pycountry give every supported language, kept as a shipped table.

Reading them is slow: CLDR's territory names for each language's locales, and pycountry's
ISO 3166-2 names with their gettext translations, take about a second, which every command
that reads a country or a region would pay at start. ``place_names.json`` beside this module
holds what that reading gives, with the key it was built for (each language's CLDR locales
and the versions of babel and pycountry); when the key differs, the tables are read live.
Regenerate the file after adding a language or upgrading either package:

    python -m factcheck.values.place_names
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from factcheck.lang import cldr_locales, languages
from factcheck.values.text import fold

TABLE_FILE = Path(__file__).with_name("place_names.json")


@dataclass(frozen=True)
class PlaceTables:
    """CLDR and pycountry's names, before each language's own aliases are added."""

    # folded country name -> alpha-2 code (pycountry's names, then CLDR's in language order)
    countries: dict[str, str]
    # folded region name -> ISO 3166-2 codes of the top-level regions it names
    regions: dict[str, list[str]]
    # CLDR country names written in scripts without capitals, as written -> alpha-2 code
    uncased: dict[str, str]
    alpha2: frozenset[str]


def table_key() -> dict[str, Any]:
    """What the tables depend on: each language's CLDR locales, babel's and pycountry's versions."""
    from factcheck.cache.tables import package_version

    return {
        "locales": {lang: list(cldr_locales(lang)) for lang in languages()},
        "babel": package_version("babel"),
        "pycountry": package_version("pycountry"),
    }


def region_names(name: str) -> list[str]:
    """'Catalunya [Cataluña]' and 'Murcia, Región de' give 'Catalunya', 'Cataluña', 'Murcia'."""
    head, _, bracket = name.partition(" [")
    names = [name, head, bracket.rstrip("]")] if bracket else [name]
    return [part for n in names if n for part in (n, n.split(", ")[0])]


def _bracket_parts(name: str) -> list[str]:
    """The name before a closing bracket and, where it is a name (capitalized), the one in it:
    "Myanmar (Burma)" gives "Myanmar" and "Burma"; "Saint-Martin (partie néerlandaise)" only
    "Saint-Martin"."""
    head, _, rest = name.partition(" (")
    inner = rest.rstrip(")").strip()
    return [head.strip()] + ([inner] if inner[:1].isupper() else [])


def is_uncased(name: str) -> bool:
    """True for a name written in letters without capitals (スペイン, 西班牙, 스페인)."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.lower() == c.upper() for c in letters)


def _translations(language: str) -> list[Any]:
    """pycountry's ISO 3166-2 name translations for the CLDR locales of ``language``."""
    import gettext

    import pycountry

    found = []
    for locale in cldr_locales(language):
        try:
            found.append(
                gettext.translation(
                    "iso3166-2", str(Path(pycountry.__file__).parent / "locales"), [locale]
                )
            )
        except OSError:
            continue
    return found


def build_tables() -> PlaceTables:
    """Read the tables from CLDR and pycountry (slow)."""
    import pycountry
    from babel import Locale

    alpha2 = {c.alpha_2 for c in pycountry.countries}
    countries: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                countries.setdefault(fold(name), country.alpha_2)
    uncased: dict[str, str] = {}
    bracketed: list[tuple[str, str]] = []
    for language in languages():
        for locale in cldr_locales(language):
            for code, name in Locale.parse(locale).territories.items():
                if code in alpha2:
                    countries.setdefault(fold(name), code)
                    # a qualifier CLDR adds in brackets ("ミャンマー (ビルマ)") is left out
                    bare = name.split(" (")[0].strip()
                    if is_uncased(bare):
                        uncased.setdefault(bare, code)
                    elif bare != name:
                        bracketed.append((name, code))
    # "Myanmar (Burma)", "Myanmar (Birmanie)": each name alone names the country too, once
    # every full name is known, so that no bracketed one ("Hong Kong (China)") takes another
    # country's name
    for name, code in bracketed:
        for part in _bracket_parts(name):
            countries.setdefault(fold(part), code)
    regions: dict[str, list[str]] = {}
    top = [r for r in pycountry.subdivisions if r.parent_code is None]
    translations = [t for language in languages() for t in _translations(language)]
    for region in sorted(top, key=lambda r: r.code):
        names = {region.name} | {t.gettext(region.name) for t in translations}
        for name in sorted({part for n in sorted(names) for part in region_names(n)}):
            regions.setdefault(fold(name), []).append(region.code)
    return PlaceTables(countries, regions, uncased, frozenset(alpha2))


def _as_json(tables: PlaceTables) -> dict[str, Any]:
    return {
        "key": table_key(),
        "countries": tables.countries,
        "regions": tables.regions,
        "uncased": tables.uncased,
        "alpha2": sorted(tables.alpha2),
    }


@cache
def tables() -> PlaceTables:
    """The shipped tables when they were built for this installation, else read live; kept
    pickled in the cache folder, as reading the JSON and checking its key cost a report
    that names one country a twentieth of a second."""
    from factcheck.cache.tables import keep_object, stored_object

    key = kept_key()
    found = stored_object(*key)
    if isinstance(found, PlaceTables):
        return found
    found = _read_tables()
    keep_object(*key, found)
    return found


@cache
def alpha2_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes of :func:`tables`, kept on their own: a list written in
    codes needs them alone, not every language's country names (most of a small report's
    reading of the tables)."""
    from factcheck.cache.tables import keep_object, stored_object

    name, args, packages, files = kept_key()
    found = stored_object(f"{name}-alpha2", args, packages, files)
    if isinstance(found, frozenset):
        return found
    found = tables().alpha2
    keep_object(f"{name}-alpha2", args, packages, files, found)
    return found


def kept_key() -> tuple[str, str, tuple[str, ...], list[Path]]:
    """Everything :func:`_read_tables` depends on: the shipped file, the sources that derive
    the tables and each language's ``language.yaml`` (its CLDR locales)."""
    import factcheck.lang as lang_data
    import factcheck.values.text as text_module

    sources = [TABLE_FILE, Path(__file__), Path(str(text_module.__file__))]
    listed = (lang_data.ROOT / lang / "language.yaml" for lang in languages())
    return (
        "place-tables",
        "all",
        ("babel", "pycountry"),
        sources + [path for path in listed if path.is_file()],
    )


def _read_tables() -> PlaceTables:
    try:
        stored = json.loads(TABLE_FILE.read_bytes())
    except (OSError, ValueError):
        return build_tables()
    if not isinstance(stored, dict) or stored.get("key") != table_key():
        return build_tables()
    return PlaceTables(
        stored["countries"], stored["regions"], stored["uncased"], frozenset(stored["alpha2"])
    )


def write_tables(path: Path = TABLE_FILE) -> None:
    """Build the tables from CLDR and pycountry and write them to ``path``, atomically."""
    from factcheck.io.yamlio import write_atomic

    text = json.dumps(_as_json(build_tables()), ensure_ascii=False, sort_keys=True)
    write_atomic(path, text + "\n")


if __name__ == "__main__":
    write_tables()
