"""Everything factcheck knows about each language, as data: one folder per language.

``factcheck/lang/<xx>/`` holds one YAML file per kind of data (``numbers.yaml``,
``dates.yaml``, ``countries.yaml``, ...); a file's name is its section's name. The list of
supported languages is the list of those folders. ``_shared/`` holds what every language
uses (currency symbols, date shapes written with digits) and the id lists of keyed
vocabularies: a vocabulary such as ``properties`` is ``_shared/properties.yaml`` (its ``ids``)
plus one ``properties.yaml`` per language, keyed by those ids. CLDR (babel) supplies the rest
(see ``factcheck.lang.lexicon``). ``_generic/`` reads a text in a language with no folder: the
figures written alike in every language (digits, numeric dates, currency symbols and codes).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

from factcheck.data import FAST_SAFE_LOADER

ROOT = Path(__file__).parent
SHARED = "_shared"
# the data that reads a text in a language with no folder: language-independent figures only
GENERIC = "_generic"


class LanguageDataError(ValueError):
    """A language data file that cannot be used: bad YAML or an unknown vocabulary id."""


@cache
def languages() -> tuple[str, ...]:
    """The supported languages: the folders of ``factcheck/lang/``, sorted by code."""
    return tuple(sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name[:1] not in "_."))


@cache  # asked a few times per article, and each asks every language's aliases
def supported(tag: str) -> str:
    """The supported language a BCP 47 tag names ("nb-NO", "no" -> "nb"), else ValueError."""
    base = tag.split("-")[0].split("_")[0].lower()
    for lang in languages():
        if base == lang or base in map(str, section(lang, "language", "aliases")):
            return lang
    raise ValueError(f"unsupported language '{tag}' (use one of {', '.join(languages())})")


def language_tag(tag: str) -> str:
    """``tag`` when it is a BCP 47 language tag CLDR knows ("sv", "pt-BR"), else ValueError."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"'{tag}' is not a language tag (e.g. en, pt-BR, sv)") from None
    return tag


def reading(tag: str) -> str:
    """The folder whose data reads a text in ``tag``: its supported language, else GENERIC."""
    try:
        return supported(tag)
    except ValueError:
        return GENERIC


def cldr_locales(lang: str) -> tuple[str, ...]:
    """The CLDR locales a language's data is drawn from, its main one first: the ``cldr`` list
    of its ``language.yaml`` (Portuguese reads Brazil's and Portugal's), else its own code."""
    listed = section(lang, "language").get("cldr")
    return tuple(str(x) for x in listed) if listed is not None else (lang,)


def _read(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=FAST_SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        raise LanguageDataError(f"{path}: not valid YAML ({exc})") from None


def _files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).glob("*.yaml"))


def _parsed_key(folder: str) -> tuple[str, str, tuple[str, ...], list[Path]]:
    """How a folder's parsed files are filed in the cache folder: by the files' contents,
    the parser's version and this module's source."""
    return "lang-files", folder, ("PyYAML",), [Path(__file__), *_files(folder)]


@cache
def _stored(folder: str) -> dict[str, Any] | None:
    """Every data file of ``folder`` as a run before parsed it, if it kept them (YAML takes
    far longer to parse than pickled data to load)."""
    from factcheck.cache.tables import stored_object

    found = stored_object(*_parsed_key(folder))
    return found if isinstance(found, dict) else None


@cache
def sections(folder: str) -> dict[str, Any]:
    """The data files of ``folder`` (a language code or ``_shared``), by file name."""
    from factcheck.cache.tables import keep_object

    stored = _stored(folder)
    if stored is not None:
        return stored
    parsed = {path.stem: _file(folder, path.stem) for path in _files(folder)}
    keep_object(*_parsed_key(folder), parsed)
    return parsed


@cache
def _file(folder: str, name: str) -> Any:
    """One data file of ``folder``, read once; an empty dict when there is none."""
    stored = _stored(folder)
    if stored is not None:
        return stored.get(name, {})
    path = ROOT / folder / f"{name}.yaml"
    return _read(path) if path.is_file() else {}


def section(folder: str, *path: str) -> Any:
    """The entry at ``path`` in ``folder``'s data: the file, then keys (empty dict if absent)."""
    if not path:
        return sections(folder)
    # one file is read, not the whole folder: a command that needs a language's countries
    # does not pay for its date grammar
    node: Any = _file(folder, path[0])
    for key in path[1:]:
        node = node.get(key, {}) if isinstance(node, dict) else {}
    return node


def forget() -> None:
    """Drop every file and table read so far: the next call reads the folders again."""
    for cached in (languages, supported, sections, _file, _stored, legacy_encodings, vocabulary):
        cached.cache_clear()


@cache
def legacy_encodings() -> tuple[str, ...]:
    """The 8-bit encodings texts in the supported languages were written in before UTF-8."""
    found = (str(e) for lang in languages() for e in section(lang, "language", "encodings") or [])
    return tuple(dict.fromkeys(found))


@cache
def vocabulary(name: str) -> dict[str, tuple[str, ...]]:
    """A keyed vocabulary (``properties``, ``concepts``, ...): its words per shared id, over
    every language in folder order. A language's file may leave ids out, not add new ones.
    """
    ids = [str(i) for i in section(SHARED, name, "ids") or []]
    words: dict[str, list[str]] = {i: [] for i in ids}
    for lang in languages():
        for key, entries in (section(lang, name) or {}).items():
            if str(key) not in words:
                raise LanguageDataError(
                    f"{ROOT / lang / name}.yaml: unknown {name} id '{key}' "
                    f"(the ids are listed in {ROOT / SHARED / name}.yaml)"
                )
            words[str(key)] += [str(e) for e in entries or []]
    return {i: tuple(w) for i, w in words.items()}
