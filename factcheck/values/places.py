"""Country names in any supported language to ISO 3166-1 alpha-2 codes (CLDR + pycountry), and
the names of countries' top-level regions to ISO 3166-2 codes (pycountry and its translations,
and each language's region aliases)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from factcheck.lang import SHARED, languages, section
from factcheck.values.place_names import alpha2_codes, is_uncased, kept_key, tables
from factcheck.values.place_names import region_names as region_names  # read by set.py
from factcheck.values.text import fold

# words and phrases whose lookups are kept: enough for the vocabulary of many articles
_WORDS_KEPT = 1 << 16
T = TypeVar("T")


def _strip_article(folded: str, articles: tuple[str, ...]) -> str:
    for article in articles:
        if article.endswith("'") and folded.startswith(article):
            return folded[len(article) :].strip()
        if folded.startswith(article + " "):
            return folded[len(article) + 1 :]
    return folded


def _cut_suffix(name: str, marks: tuple[str, ...]) -> str:
    for mark in marks:
        head, sep, tail = name.rpartition(mark)
        if sep and head and " " not in tail and len(tail) <= 5:
            return head
    return name


def _countries(lang: str, key: str) -> Any:
    return section(lang, "countries", key) or {}


def _kept(name: str, build: Callable[[], T]) -> T:
    """``build()``, kept pickled in the cache folder under everything the place tables and
    every language's country names are derived from: folding every language's aliases costs
    a process reading one article a tenth of a second."""
    from factcheck.cache.tables import keep_object, stored_object

    _, args, packages, files = kept_key()
    files = [*files, Path(__file__), *_language_files()]
    found = stored_object(name, args, packages, files)
    if found is None:
        found = build()
        keep_object(name, args, packages, files, found)
    return found  # type: ignore[no-any-return]


@cache
def _language_files() -> tuple[Path, ...]:
    """The files the indexes read of every language: its ``countries.yaml``, and the shared."""
    import factcheck.lang as lang_data

    return tuple(lang_data.ROOT / lang / "countries.yaml" for lang in (*languages(), SHARED))


_Index = tuple[dict[str, str], tuple[str, ...], tuple[str, ...], frozenset[str]]


class _Indexes(NamedTuple):
    """The names' indexes, and the words their names begin with and go on from, for
    countries and for regions."""

    countries: _Index
    regions: dict[str, tuple[str, ...]]
    heads: tuple[frozenset[str], frozenset[str]]
    stems: tuple[frozenset[str], frozenset[str]]


@cache
def _indexes() -> _Indexes:
    return _kept("place-indexes", _build_indexes)


def _build_indexes() -> _Indexes:
    countries, regions = _build_index(), _build_region_index()
    keys = (countries[0], regions)
    return _Indexes(
        countries, regions, (_heads(keys[0]), _heads(keys[1])), (_stems(keys[0]), _stems(keys[1]))
    )


def _index() -> _Index:
    return _indexes().countries


def _build_index() -> _Index:
    # each language's articles, aliases and CLDR names are read whatever a text's language
    articles = tuple(
        dict.fromkeys(fold(str(a)) for lang in languages() for a in _countries(lang, "articles"))
    )
    marks = tuple(section(SHARED, "countries", "suffix_apostrophes"))
    base = tables()
    index = dict(base.countries)
    for language in languages():
        for code, aliases in _countries(language, "aliases").items():
            for alias in aliases:
                index[fold(str(alias))] = code
    return index, articles, marks, base.alpha2


@lru_cache(maxsize=_WORDS_KEPT)  # lists repeat the same few members in every source
def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code for a country name or code, or None when unknown."""
    stripped = name.strip()
    # a code needs only the code table, not every language's names
    is_code = len(stripped) == 2 and stripped.isalpha() and stripped.isupper()
    if is_code and stripped in alpha2_codes():
        return stripped
    index, articles, marks, _ = _index()
    folded = fold(stripped)
    for candidate in (folded, _strip_article(folded, articles)):
        code = index.get(candidate) or index.get(_cut_suffix(candidate, marks))
        if code:
            return code
    return None


def _region_index() -> dict[str, tuple[str, ...]]:
    """Countries' top-level regions by folded name (several where countries share a name, "La
    Rioja"): pycountry's names, their translations into each language, and each language's
    region aliases (``regions`` in ``countries.yaml``), which come first."""
    return _indexes().regions


def _build_region_index() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for language in languages():
        for code, aliases in _countries(language, "regions").items():
            for alias in aliases:
                found.setdefault(fold(str(alias)), []).append(str(code))
    for name, codes in tables().regions.items():
        found.setdefault(name, []).extend(codes)
    return {name: tuple(dict.fromkeys(codes)) for name, codes in found.items()}


def top_region_codes(name: str) -> tuple[str, ...]:
    """The ISO 3166-2 codes of the countries' top-level regions named ``name``."""
    _, articles, marks, _ = _index()
    folded = fold(name.strip())
    index = _region_index()
    for candidate in (folded, _strip_article(folded, articles)):
        codes = index.get(candidate) or index.get(_cut_suffix(candidate, marks))
        if codes:
            return codes
    return ()


def top_region_code(name: str) -> str | None:
    """The ISO 3166-2 code of a country's top-level region named ``name`` (the first of the
    countries that have one), or None."""
    codes = top_region_codes(name)
    return codes[0] if codes else None


def _heads(keys: Iterable[str]) -> frozenset[str]:
    """The first words of the indexed names, folded."""
    return frozenset(key.split(" ", 1)[0] for key in keys)


def _name_heads(regions: bool = False) -> frozenset[str]:
    return _indexes().heads[regions]


def _may_begin(word: str, regions: bool) -> bool:
    _, articles, marks, _ = _index()
    if len(word.rstrip(".")) == 2 or " " in (folded := fold(word)) or folded in articles:
        return True
    heads = _name_heads(regions)
    forms = {folded, folded[:-1] if folded.endswith(".") else folded}
    forms |= {_strip_article(form, articles) for form in forms}
    return any(form in heads or _cut_suffix(form, marks) in heads for form in forms)


@lru_cache(maxsize=_WORDS_KEPT)
def may_begin_country(word: str) -> bool:
    """False when no name or code ``country_code`` knows can begin with the word ``word``.

    Lets a reader skip the longer phrases a word starts without trying each: True for a code,
    a bare article ("the" of "the Netherlands") and any word a name's first word can be read
    from (after an elided article, a trailing full stop or a case suffix is cut).
    """
    return _may_begin(word, regions=False)


@lru_cache(maxsize=_WORDS_KEPT)
def may_begin_region(word: str) -> bool:
    """``may_begin_country`` for the names ``top_region_code`` knows."""
    return _may_begin(word, regions=True)


def _stems(keys: Iterable[str]) -> frozenset[str]:
    """Every run of leading words of an indexed name that more words follow, with a space."""
    out: set[str] = set()
    for key in keys:
        words = key.split(" ")
        out.update(" ".join(words[:i]) + " " for i in range(1, len(words)))
    return frozenset(out)


def _name_stems(regions: bool = False) -> frozenset[str]:
    return _indexes().stems[regions]


def _may_continue(phrase: str, word: str, regions: bool) -> bool:
    if not fold(word):
        return True
    _, articles, _, _ = _index()
    stems = _name_stems(regions)
    lead = fold(phrase) + " "
    # a stand-in next word lets the article rule see the article as followed by a word
    unarticled = _strip_article(lead + "x", articles)[:-1]
    return lead in stems or unarticled in stems or not unarticled.strip()


@lru_cache(maxsize=_WORDS_KEPT)
def may_continue_country(phrase: str, word: str) -> bool:
    """False when no name ``country_code`` knows is ``phrase``, the word ``word``, and more.

    Only a name's first and last words are trimmed (an article, a full stop, a case suffix),
    so the words of ``phrase`` must lead a name as they are, or after a leading article. A
    word that folds to nothing ("ͺ") leaves the folded phrase as it is, so it may follow.
    """
    return _may_continue(phrase, word, regions=False)


@lru_cache(maxsize=_WORDS_KEPT)
def may_continue_region(phrase: str, word: str) -> bool:
    """``may_continue_country`` for the names ``top_region_code`` knows."""
    return _may_continue(phrase, word, regions=True)


@cache
def uncased_names() -> dict[str, str]:
    """Country names written in scripts without capitals, as written, with their codes.

    Texts in those scripts are searched for these names rather than for capitalized words;
    a qualifier CLDR adds in brackets ("ミャンマー (ビルマ)") is left out.
    """
    names = dict(tables().uncased)
    for language in languages():
        for code, aliases in _countries(language, "aliases").items():
            for alias in aliases:
                if is_uncased(str(alias)):
                    names[str(alias)] = code
    return names


def country_name(code: str, language: str = "en") -> str:
    """The CLDR name of a country code in ``language`` (the code itself when unknown)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language, sep="-").territories.get(code, code)
    except (UnknownLocaleError, ValueError):
        return code
