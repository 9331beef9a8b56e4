"""What a count counts, as discovery reads it: a noun of its own after the figure ("two
display cases"), a noun that only says people ("150 people", "명"), or a part of things named
after it ("two of the suspects")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck.extract.pipeline.concepts import ConceptHit, concepts
from factcheck.extract.recognizers.recognize import Mention
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load

_LETTERS = re.compile(r"[^\W\d_]+")


def is_noun(name: str) -> bool:
    """True for a concept whose words are the things counted."""
    concept = concepts().get(name)
    return concept is not None and concept.noun


def past_own_noun(text: str, hit: ConceptHit, m: Mention, stop: frozenset[str]) -> ConceptHit:
    """``hit`` (before ``m``) without its concepts of counted nouns when a word that is not in
    ``stop`` stands between: "the burglars went for two display cases" counts display cases,
    while "killed 12 villagers" and "the toll of 12 villagers" stay tolls."""
    if all(w.lower() in stop for w in _LETTERS.findall(text, hit.end, m.start)):
        return hit
    known = concepts()
    return replace(hit, concepts=tuple(c for c in hit.concepts if c in known and not known[c].noun))


@cache
def not_counted(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``lang`` that follow a figure without being what it counts, and the
    nouns and counters that count people without saying who ("people", "명")."""
    data = load(lang).section("nouns")
    stop = frozenset(str(w).lower() for w in data.get("stop") or [])
    generic = frozenset(str(w).lower() for w in data.get("generic") or [])
    return stop, generic


def _is_generic(noun: str, lang: str) -> bool:
    """Whether ``noun`` counts people without saying who, with a case ending where the
    language's nouns carry one ("kişiyi", "kişinin": nouns.yaml's ``endings`` letters)."""
    word = noun.lower()
    generic = not_counted(lang)[1]
    if word in generic:
        return True
    endings = _endings(lang)
    return any(word[:-cut] in generic for cut in range(1, min(endings, len(word) - 1) + 1))


@cache
def _endings(lang: str) -> int:
    """How many letters of case ending a noun of ``lang`` may carry (0: none)."""
    return int(load(lang).section("nouns").get("endings") or 0)


@cache
def _partitive(lang: str) -> re.Pattern[str] | None:
    """The words of ``lang`` that make a count a part of the things named after them."""
    words = [str(w) for w in load(lang).section("attach").get("part_of") or []]
    return re.compile(rf"\s+(?:{alternation(words)})(?![^\W\d_])", re.I) if words else None


def part_of(text: str, lang: str, m: Mention) -> int | None:
    """For a count of a part of the things named after it ("two of the suspects", "deux des
    suspects", "dos de los sospechosos" count some suspects, not the suspects), where the
    words naming them begin; None for any other figure."""
    pattern = _partitive(lang)
    found = pattern.match(text, m.end) if pattern is not None else None
    return found.end() if found is not None else None


@cache
def _partitive_before(lang: str) -> re.Pattern[str] | None:
    """The words of ``lang`` that make a count a part of the things after them, ending the
    text searched, after the word they follow ("of the " of "two of the 40 tourists")."""
    words = [str(w) for w in load(lang).section("attach").get("part_of") or []]
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words)})\s+\Z", re.I) if words else None


def whole_of_part(text: str, lang: str, m: Mention) -> bool:
    """True for a count of the things a part is counted of ("40" in "two of the 40 tourists
    were injured"): what happened to the part did not happen to all of them."""
    pattern = _partitive_before(lang)
    return pattern is not None and pattern.search(text[max(0, m.start - 24) : m.start]) is not None


@cache
def _among_them(lang: str) -> re.Pattern[str] | None:
    """The words of ``lang`` that make a count a part of a count before it, in the window
    before the figure, with nothing but words (no clause break) between them and it."""
    words = [str(w) for w in load(lang).section("attach").get("among_them") or []]
    if not words:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words)})(?:[^\W\d_]|[^\S\n]){{0,20}}\Z", re.I)


def among_them(text: str, lang: str, m: Mention) -> bool:
    """True for a count a word before it makes a part of a count before that ("12 died,
    including three firefighters", "dont trois pompiers", "其中3名消防员")."""
    pattern = _among_them(lang)
    return pattern is not None and pattern.search(text[max(0, m.start - 30) : m.start]) is not None


def counts_people(m: Mention, lang: str) -> bool:
    """True for a count whose noun or counter says it counts people ("150 people", "1,700명")."""
    return _is_generic(str(m.extra.get("noun") or ""), lang)


def counts_own_noun(m: Mention, lang: str) -> frozenset[str] | None:
    """For a count of a noun of its own that says what it counts ("two display cases", not
    "two people"), the words that may stand between a noun before it and it ("of", "the");
    None for any other figure."""
    span = m.extra.get("noun_span")
    if not span or span[0] < m.end:
        return None
    stop = not_counted(lang)[0]
    if _is_generic(str(m.extra.get("noun") or ""), lang):
        return None
    return stop
