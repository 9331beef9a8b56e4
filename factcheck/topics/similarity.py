"""How alike two subjects or two properties are, on a 0-100 scale."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from factcheck.lang import SHARED, languages, section, vocabulary
from factcheck.values.text import match_key


@cache
def _words() -> dict[str, Any]:
    """The property canon and the acronym stop words of every language. Kept in the cache
    folder: reading them loads every language's data, most of what grouping a small case
    costs beside its own work."""
    import factcheck.lang as lang_data
    import factcheck.values.text as text_module
    from factcheck.cache.tables import kept

    files = [Path(__file__), Path(text_module.__file__)]
    for folder in (SHARED, *languages()):
        files += [lang_data.ROOT / folder / f"{name}.yaml" for name in ("properties", "subjects")]
    return kept("grouping-words", "all", (), files, _read_words)  # type: ignore[no-any-return]


def _read_words() -> dict[str, Any]:
    canon: dict[str, str] = {}
    for prop, words in vocabulary("properties").items():
        head = match_key(prop)
        for word in (prop, *words):
            canon.setdefault(match_key(word), head)
    stopwords = (w for lang in languages() for w in section(lang, "subjects", "acronym_stopwords"))
    return {"canon": canon, "stopwords": sorted({match_key(str(w)) for w in stopwords})}


def _property_canon() -> dict[str, str]:
    return _words()["canon"]  # type: ignore[no-any-return]


def canonical_property(text: str) -> str:
    """The canonical name of a property word ('istituito' -> 'founded'), else its match key."""
    key = match_key(text)
    return _property_canon().get(key, key)


@cache
def _acronym_stopwords() -> frozenset[str]:
    return frozenset(_words()["stopwords"])


def initials(words: list[str]) -> str:
    """The initials of a subject's words, stop words ('of', 'des', …) left out: 'msmt'."""
    skip = _acronym_stopwords()
    return "".join(w[0] for w in words if w not in skip)


def _is_acronym_of(short: str, long: str) -> bool:
    words = long.split()
    return (
        " " not in short and 2 <= len(short) <= 8 and len(words) >= 2 and initials(words) == short
    )


def subject_score(a: str, b: str) -> float:
    """Similarity of two subject strings (match keys), acronyms counted as equal."""
    if a == b:
        return 100.0
    if _is_acronym_of(a, b) or _is_acronym_of(b, a):
        return 100.0
    from rapidfuzz import fuzz  # on use: a case whose keys all match exactly never needs it

    return float(fuzz.token_sort_ratio(a, b))


def property_score(a: str, b: str) -> float:
    """Similarity of two canonical property strings."""
    if a == b:
        return 100.0
    from rapidfuzz import fuzz

    return float(fuzz.token_sort_ratio(a, b))
