"""Country and region names in cased scripts, found from the capital that heads them: the
longest name from each such word, with its ISO code."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck.cache.derived import derived_text
from factcheck.values.places import (
    country_code,
    may_begin_country,
    may_begin_region,
    may_continue_country,
    may_continue_region,
    top_region_code,
)

_MAX_WORDS = 5
# phrases whose country lookups are kept: enough for the vocabulary of many articles
NAMES_KEPT = 1 << 16
# how far into a word its capital head may stand ("l'Australie", "d'Italia")
_HEAD_REACH = 4
# a word, or an elided article glued to one ("l'Australie", "d’America")
_WORD = re.compile(r"[^\W\d_](?:[\w.\-]|['’](?=\w))*")
_STARTS_NAME = re.compile(r"(?:[^\W\d_]{1,2}['’])?[^\W\d_]")


@lru_cache(maxsize=NAMES_KEPT)
def _code(name: str) -> tuple[str, int] | None:
    """The country code of ``name``, else its top-level region's ISO 3166-2 code, and how many
    trailing characters (a full stop) to drop. In running text a bare ISO code is a country
    only where a language lists it as a name ("US", "UK"): "IT" and "PM" are words."""
    if len(name) == 2 and name.isupper():
        name = name.lower()
    for lookup in (country_code, top_region_code):
        code = lookup(name)
        if code is None and name.endswith("."):
            trimmed = lookup(name[:-1])
            if trimmed:
                return trimmed, 1
        if code:
            return code, 0
    return None


@lru_cache(maxsize=NAMES_KEPT)
def _opens_name(word: str) -> bool:
    """Whether ``word`` is shaped as a name's head and some country's or region's name may
    begin with it."""
    return _STARTS_NAME.match(word) is not None and _may_begin(word)


def _may_begin(word: str) -> bool:
    return may_begin_country(word) or may_begin_region(word)


def _may_continue(phrase: str, word: str) -> bool:
    return may_continue_country(phrase, word) or may_continue_region(phrase, word)


@cache
def _cased() -> re.Pattern[str]:
    """A character lower-casing changes, or any astral one (the caller checks those again),
    except four letters or more into a word: a name's head is never that far in."""
    # the set of such characters is kept in the pattern store (the interpreter's Unicode
    # data decides it): walking the whole plane costs a run on one article a few hundredths
    bmp = derived_text("cased", "", (__file__,), _lowered_by_case)
    # the character first, the letters before it after: most positions fail the set test alone
    return re.compile(f"(?s)[{bmp}\\U00010000-\\U0010ffff](?<![^\\W\\d_]{{{_HEAD_REACH}}}.)")


def _lowered_by_case() -> str:
    return "".join(re.escape(c) for c in map(chr, range(0x10000)) if c.lower() != c)


def cased_place_names(text: str) -> list[tuple[int, int, str]]:
    """Country and region names: (start, end, code), the longest name from each word with a
    capital head.

    Only the words around a cased character are cut: after a space or a line break, words are
    cut as they would be from the start of the text, and a name's words are single-spaced.
    """
    out: list[tuple[int, int, str]] = []
    done = 0  # the words before this offset are read
    for cased in _cased().finditer(text):
        p = cased.start()
        if p < done or text[p].lower() == text[p]:
            continue
        after_space = p == 0 or text[p - 1] in " \n"
        word = _WORD.match(text, p) if after_space else _word_at(text, p)
        if word is None:
            continue
        done = word.end()
        if p - word.start() >= _HEAD_REACH or not _opens_name(word.group()):
            continue
        words = [word]
        last = 0
        while last < _MAX_WORDS - 1:
            end = words[last].end()
            following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if following is None:
                break
            if not _may_continue(text[word.start() : end], following.group()):
                break
            words.append(following)
            last += 1
        for j in range(last, -1, -1):
            coded = _code(text[word.start() : words[j].end()])
            if coded:
                out.append((word.start(), words[j].end() - coded[1], coded[0]))
                done = words[j].end()
                break
    return out


def _word_at(text: str, p: int) -> re.Match[str] | None:
    """The word holding offset ``p``, cut as tokenizing the whole text would cut it."""
    restart = max(text.rfind(" ", 0, p), text.rfind("\n", 0, p)) + 1
    word = next((w for w in _WORD.finditer(text, restart) if w.end() > p), None)
    return word if word is not None and word.start() <= p else None
