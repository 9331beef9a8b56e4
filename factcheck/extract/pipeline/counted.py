"""What a count counts, as discovery reads it: a noun of its own after the figure ("two
display cases"), a noun that only says people ("150 people", "명"), or a part of things named
after it ("two of the suspects")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache, lru_cache

from factcheck.extract.pipeline.concepts import ConceptHit, concept_matcher, concepts
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
    before the figure, with nothing but words (no clause break) between them and it; an
    age's figure glued to its word is one ("9명 가운데 50대 여성 1명이")."""
    words = [str(w) for w in load(lang).section("attach").get("among_them") or []]
    if not words:
        return None
    gap = r"(?:[^\W\d_]|[^\S\n]|\d{1,3}(?=[^\W\d_]))"
    # where words are spaced, one begins a word; else it may follow a particle ("のうち")
    start = r"(?<![^\W\d_])" if load(lang).spaced else ""
    return re.compile(rf"{start}(?:{alternation(words)}){gap}{{0,20}}\Z", re.I)


def among_them(text: str, lang: str, m: Mention) -> bool:
    """True for a count a word before it makes a part of a count before that ("12 died,
    including three firefighters", "dont trois pompiers", "其中3名消防员")."""
    pattern = _among_them(lang)
    return pattern is not None and pattern.search(text[max(0, m.start - 30) : m.start]) is not None


def counts_anyone(m: Mention, lang: str) -> bool:
    """True for a count whose noun or counter counts people without saying who they are
    ("12 people", "12人", "12명"): no topic of its own, the noun tells nothing about it."""
    return _is_generic(str(m.extra.get("noun") or ""), lang)


def counts_people(m: Mention, lang: str) -> bool | None:
    """True for a count whose noun or counter says it counts people ("150 people", "1,700명"),
    or whose noun is a word of a concept of people ("8,000 residents", "198 passengers");
    False for one whose counter counts things ("37件", "37건": incidents); None when neither
    says."""
    noun = str(m.extra.get("noun") or "").lower()
    if _is_generic(noun, lang) or (bool(noun) and _names_people(noun, lang)):
        return True
    return False if noun in _thing_counters(lang) else None


@cache
def _thing_counters(lang: str) -> frozenset[str]:
    """The counters of ``lang`` that count things, never people (nouns.yaml ``things``)."""
    return frozenset(str(w).lower() for w in load(lang).section("nouns").get("things") or [])


@lru_cache(maxsize=4096)
def _names_people(noun: str, lang: str) -> bool:
    """Whether ``noun`` is a word of a concept of people in ``lang``."""
    known = concepts()
    hits = concept_matcher(lang).hits(noun)
    return any(known[c].people for hit in hits for c in hit.concepts if c in known)


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


def noun_starts(mentions: list[Mention]) -> frozenset[int]:
    """Where the nouns the counts of ``mentions`` are followed by begin."""
    spans = (m.extra.get("noun_span") for m in mentions if m.kind == "count")
    return frozenset(span[0] for span in spans if span)


def past_others_nouns(
    text: str, hits: list[ConceptHit], m: Mention, starts: frozenset[int]
) -> list[ConceptHit]:
    """``hits`` without the words another count counts, for ``m``, a count of a noun of its
    own: in "1.2 million power banks in 15 countries", "countries" is what 15 counts, not
    what 1.2 million does. A noun a comma parts from ``m`` before it may still name it ("of
    the nine objects stolen, eight remain")."""
    own = (m.extra.get("noun_span") or (None,))[0]
    return [
        h
        for h in hits
        if h.start == own
        or h.start not in starts
        or (h.end <= m.start and "," in text[h.end : m.start])
    ]


def past_next_nouns(
    text: str, lang: str, hits: list[ConceptHit], m: Mention, starts: tuple[int, ...]
) -> list[ConceptHit]:
    """``hits`` without the words that belong to another count than ``m`` (``starts``: where
    the counts of the text begin, in order), in a language that may put a counted noun before
    its figure and its verb after it: in "乗客198人と乗員14人の計212人", 乗員 is what 14
    counts, neither 198 nor 212; in "212명을 태운 배가 침몰해 9명이 숨지고", 숨지고 says
    what 9 is, not 212. A word right after ``m`` counts as the next figure's only where a
    word joining a list parts them (と, 과, 和), or a verb whose ending closes its clause
    ("사망자가 12명으로 늘었고 부상자는 312명"): in "9명이 숨지고 16명이", 숨지고 is 9's."""
    joins, gap_after, closes = _list_joins(lang), _noun_gap(lang), _clause_closed(lang)
    beyond = bisect_right(starts, m.start)
    following = starts[beyond] if beyond < len(starts) else len(text)
    kept = []
    for h in hits:
        if h.start >= following:
            continue  # past the next figure: that figure's word
        gap = gap_after.match(text, h.end)
        at = gap.end() if gap is not None else h.end
        listed = (
            h.start < m.end
            or (joins is not None and joins.search(text, m.end, h.start))
            or (closes is not None and closes.search(text, m.end, h.start))
        )
        if at == m.start or not _starts_at(starts, at) or not listed:
            kept.append(h)
    return kept


def _starts_at(starts: tuple[int, ...], at: int) -> bool:
    """Whether a count begins at ``at``."""
    index = bisect_left(starts, at)
    return index < len(starts) and starts[index] == at


@cache
def _noun_gap(lang: str) -> re.Pattern[str]:
    """What may stand between a noun and the figure counting it: a suffix making it a noun
    of people or of a number (attach.yaml ``noun_suffixes``: "負傷者", "死亡人数"), spaces,
    and a particle marking the noun as the clause's topic or subject (``noun_particles``)."""
    attach = load(lang).section("attach")
    words = [str(w) for w in attach.get("noun_particles") or []]
    suffixes = [str(w) for w in attach.get("noun_suffixes") or []]
    suffix = f"(?:{alternation(suffixes)}){{0,2}}" if suffixes else ""
    return re.compile(rf"{suffix}\s*(?:(?:{alternation(words)})\s*)?" if words else r"\s*")


@cache
def _clause_closed(lang: str) -> re.Pattern[str] | None:
    """A verb whose ending closes its clause (attach.yaml ``clause_endings``: "늘었고")."""
    words = [str(w) for w in load(lang).section("attach").get("clause_endings") or []]
    return re.compile(rf"[^\W\d_](?:{alternation(words)})(?![^\W\d_])") if words else None


@cache
def _list_joins(lang: str) -> re.Pattern[str] | None:
    """The words of ``lang`` that join the items of a list (attach.yaml ``list_joins``)."""
    words = [str(w) for w in load(lang).section("attach").get("list_joins") or []]
    return re.compile(alternation(words)) if words else None
