"""One language's data for the recognizers: its folder's files merged with CLDR (babel), cached."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import factcheck.lang as lang_module
from factcheck.lang import GENERIC, SHARED, cldr_locales, section, sections, supported

V = TypeVar("V")
_SCALE_NAMES = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}


@dataclass(frozen=True)
class Lexicon:
    """Everything the recognizers know about one language."""

    lang: str
    data: dict[str, Any]
    decimal: str
    groups: tuple[str, ...]
    months: dict[str, int]
    scales: dict[str, Decimal]
    currency_words: dict[str, str]
    currency_symbols: dict[str, str]
    shared: dict[str, Any] = field(repr=False, default_factory=dict)
    # letters of the scripts its words are written in that may touch a figure or a particle
    # (a character-class body; empty for languages written in cased, spaced scripts)
    glue: str = ""
    # whether its words are separated by spaces (Korean is, with particles glued on)
    spaced: bool = True
    # ordinal words (lower case) and the number each stands for: the ``ordinals`` listed,
    # and each of the ``ordinal_stems`` with each of the ``ordinal_endings``
    ordinals: dict[str, int] = field(default_factory=dict)

    def section(self, *path: str) -> Any:
        """The language's entry at ``path``: a file of its folder, then keys (empty if absent)."""
        return section(self.lang, *path)

    def shared_section(self, *path: str) -> Any:
        """The entry at ``path`` in the data every language shares (``_shared/``)."""
        return section(SHARED, *path)


def scale_name(factor: Decimal) -> str | None:
    """The canonical scale word (thousand … trillion) for a power of a thousand."""
    exponent = len(str(int(factor))) - 1 if factor >= 1000 else 0
    return _SCALE_NAMES.get(exponent) if factor == Decimal(10) ** exponent else None


def _cldr_months(locale: str) -> dict[str, int]:
    from babel.dates import get_month_names

    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale=locale).items():
                months[name.lower().rstrip(".")] = number
    return months


def _cldr_wide_months(locale: str) -> dict[str, int]:
    from babel.dates import get_month_names

    return {
        name.lower(): number
        for context in ("format", "stand-alone")
        for number, name in get_month_names("wide", context, locale=locale).items()
    }


@cache
def glued_months(lang: str) -> dict[str, int]:
    """The month names with a case ending glued to them (Turkish "martta", "nisandan"): each
    full name, never an abbreviation ("mar" + "ta" is no month), with each of the language's
    ``month_endings``."""
    endings = [str(e) for e in section(lang, "dates").get("month_endings", [])]
    if not endings:
        return {}
    names = _merged(_cldr_wide_months, cldr_locales(lang))
    return {f"{name}{ending}": number for name, number in names.items() for ending in endings}


def _cldr_scales(locale: str) -> dict[str, Decimal]:
    from babel import Locale

    scales: dict[str, Decimal] = {}
    long_forms = Locale.parse(locale)._data["compact_decimal_formats"].get("long", {})
    for patterns in long_forms.values():
        for magnitude, pattern in patterns.items():
            word = re.sub(r"[0#¤]", "", pattern.pattern).strip().lower()
            # "00 mila" at 10000 and "0万" at 10000: the zeros say what the word is worth
            exponent = len(magnitude) - max(1, pattern.pattern.count("0"))
            if word and exponent:
                scales[word] = Decimal(10) ** exponent
    return scales


def _currency_names(locale: str) -> dict[str, str]:
    from babel import Locale
    from babel.numbers import get_currency_name

    names: dict[str, str] = {}
    for code, name in Locale.parse(locale).currencies.items():
        if len(code) == 3:
            names[name.lower()] = code
            names[get_currency_name(code, count=2, locale=locale).lower()] = code
    return names


def declined_names(names: dict[str, str], forms: dict[str, Any]) -> dict[str, str]:
    """The other forms of the currency names of two words or more that decline a word of theirs
    (``forms``: ``first`` or ``last`` word, each a table from an ending to the endings it turns
    into: German "kanadischer Dollar" also as "kanadischen Dollar", the stem of the Turkish
    compound "Kanada doları" in "Kanada dolarlık"); the longest ending a word has decides."""
    out: dict[str, str] = {}
    for name, code in names.items():
        parts = name.split(" ")
        if len(parts) < 2:
            continue
        for position, table in forms.items():
            index = 0 if position == "first" else -1
            word = parts[index]
            ending = max((e for e in table if word.endswith(str(e))), key=len, default=None)
            if ending is None:
                continue
            stem = word[: len(word) - len(str(ending))]
            for other in table[ending]:
                parts_now = list(parts)
                parts_now[index] = f"{stem}{other}"
                out.setdefault(" ".join(parts_now), code)
    return out


def _merged(read: Callable[[str], dict[str, V]], locales: tuple[str, ...]) -> dict[str, V]:
    """One CLDR table over several locales: the main locale's entry wins where they differ."""
    merged: dict[str, V] = {}
    for locale in locales:
        for key, value in read(locale).items():
            merged.setdefault(key, value)
    return merged


def script_letters(scripts: list[str]) -> str:
    """The code points of ``scripts`` (names in _shared/scripts.yaml) as a class body."""
    table = section(SHARED, "scripts")
    return "".join(str(part) for name in scripts for part in table.get(name, []))


@cache
def load(lang: str) -> Lexicon:
    """The merged lexicon of ``lang`` (a supported language or one of its tags, or GENERIC),
    as a run before merged it where the cache folder holds it (CLDR's tables are slow to
    read)."""
    from factcheck.cache.tables import keep_object, language_files, stored_object

    lang = lang if lang == GENERIC else supported(lang)
    files = [Path(__file__), Path(lang_module.__file__), *language_files(lang)]
    key = ("lexicon", lang, ("babel", "PyYAML"), files)
    found = stored_object(*key)
    if not isinstance(found, Lexicon):
        found = _merge(lang)
        # the data files are kept parsed on their own: not twice
        keep_object(*key, replace(found, data={}, shared={}))
    return replace(found, data=sections(lang), shared=sections(SHARED))


def _merge(lang: str) -> Lexicon:
    from babel.numbers import get_decimal_symbol, get_group_symbol

    data = sections(lang)
    locales = cldr_locales(lang)
    numbers = section(lang, "numbers")
    decimal = str(numbers.get("decimal") or get_decimal_symbol(locales[0]))
    # Print runs use a CLDR group mark, a plain space, or (with a decimal comma) a dot.
    groups = [str(g) for g in numbers.get("groups", [])]
    groups += [get_group_symbol(locale) for locale in locales]
    groups += [" ", "\u00a0", "\u202f"]
    if decimal == "," and "." not in groups:
        groups.append(".")
    months = _merged(_cldr_months, locales)
    months.update({k.lower(): v for k, v in section(lang, "dates", "months").items()})
    months = {**glued_months(lang), **months}
    scales = _merged(_cldr_scales, locales)
    scales.update({k.lower(): Decimal(v) for k, v in section(lang, "numbers", "scales").items()})
    currency_words = _merged(_currency_names, locales)
    # codes that are no country's money ("gold", "silver"): read only when written as codes
    unnamed = set(section(SHARED, "currencies", "not_by_name") or [])
    currency_words = {k: v for k, v in currency_words.items() if v not in unnamed}
    currency_words.update({k.lower(): v for k, v in section(lang, "currencies", "words").items()})
    forms = section(lang, "currencies", "name_forms") or {}
    currency_words = {**declined_names(currency_words, forms), **currency_words}
    spaced = bool(section(lang, "language").get("word_spaces", True))
    ordinals = {str(k).lower(): int(v) for k, v in numbers.get("ordinals", {}).items()}
    for stem, value in numbers.get("ordinal_stems", {}).items():
        for ending in numbers.get("ordinal_endings", [""]):
            ordinals.setdefault(f"{stem}{ending}".lower(), int(value))
    if not spaced:  # CLDR's "パナマ バルボア" is "パナマバルボア" or "パナマ・バルボア" in text
        for joined in ("", "・"):
            currency_words.update({k.replace(" ", joined): v for k, v in currency_words.items()})
    return Lexicon(
        lang=lang,
        data=data,
        decimal=decimal,
        groups=tuple(dict.fromkeys(groups)),
        months=months,
        scales=scales,
        currency_words=currency_words,
        currency_symbols=dict(section(SHARED, "currencies", "symbols")),
        shared=sections(SHARED),
        glue=script_letters(list(section(lang, "language", "scripts") or [])),
        spaced=spaced,
        ordinals=ordinals,
    )
