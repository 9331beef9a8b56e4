"""The words of a language that steer what a figure is about, beyond its concept words:
the side its verbs stand on, a copula before a predicate figure, the words that open what
someone said, those that make a date a point of comparison and those joining two clauses
(each language's ``attach.yaml``), and the tests discovery makes with them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.pipeline.concepts import ConceptHit
from factcheck.extract.recognizers.recognize import Mention
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load

# the full-width marks of Chinese and Japanese text break clauses as their Latin ones do; the
# ideographic comma (、) does not: it parts the items of a list, or a clause's opening words
CLAUSE_BREAK = re.compile(r"[;:,()\[\]—–，；：（）【】]|\s-\s")


@dataclass(frozen=True)
class Comparison:
    """A language's words that make a date a point of comparison: those before it, within
    ``reach`` characters of its clause ("compared with 2021", "rispetto alle elezioni del
    2021", "比2021年"), and those right after it ("2021年に比べ", "2021'e kıyasla")."""

    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    reach: int


@dataclass(frozen=True)
class Cues:
    """The words of a language that steer what a figure is about: the side its verbs stand
    on, a copula ending right before a predicate figure ("... are 1,591"), the words that
    open what someone said ("said that"), those that make a date a point of comparison
    ("compared with"), those joining two clauses ("... died and 45 were injured") and those
    that make a figure the level a change went to ("rose to 6.1 %")."""

    verb_side: str = "before"
    copula: re.Pattern[str] | None = None
    reported: re.Pattern[str] | None = None
    compared: Comparison | None = None
    joined: re.Pattern[str] | None = None
    # the words that make a figure the level a change went to: before it, after it
    change_to: re.Pattern[str] | None = None
    change_to_after: re.Pattern[str] | None = None
    # what may stand between a change's word and a measure it went by ("rose by 2 °C"); None
    # in a language that lists no such words, where no measure is read as a change
    change_by: re.Pattern[str] | None = None


NO_CUES = Cues()
_COMPARED_AFTER = 12  # characters from a date to a word of comparison after it
_NO_DIGITS = re.compile(r"\D*")


def compared_with(text: str, m: Mention, compared: Comparison | None) -> bool:
    """True for a date a figure is measured against: a point of reference, not a date of
    the story, so no topic is given it, and no amount takes it as its period."""
    if compared is None or m.kind not in ("date", "period"):
        return False
    if compared.before is not None:
        # with the words the date's own text begins with ("im Jahr 2019" after "als")
        lead = _NO_DIGITS.match(m.text)
        begins = m.start + (lead.end() if lead else 0)
        before = text[max(0, m.start - compared.reach) : begins]
        for found in compared.before.finditer(before):
            if not CLAUSE_BREAK.search(before, found.end()):
                return True
    # up to the next figure: "2026年の選挙は2019年に比べ" compares 2019, not 2026
    after = _NO_DIGITS.match(text, m.end, m.end + _COMPARED_AFTER)
    words = after.group() if after else ""
    return compared.after is not None and compared.after.search(words) is not None


def not_when_said(
    text: str, m: Mention, hit: ConceptHit, side: str, reported: re.Pattern[str] | None
) -> bool:
    """True where a verb of saying does not date the figure: words opening what was said
    stand between them ("said that on Monday": the figure is part of what was said), or a
    clause break does ("it derailed on Friday, the railway said")."""
    between = text[hit.end : m.start] if side == "before" else text[m.end : hit.start]
    if CLAUSE_BREAK.search(between):
        return True
    return reported is not None and reported.search(between) is not None


# characters from a word of comparison to the date it governs ("rispetto alle elezioni del
# 2021"), and where words are not spaced, where it must stand right before it ("比2021年")
_COMPARED_REACH = 40
_GLUED_REACH = 3


@cache
def language_cues(lang: str) -> Cues:
    """The words of ``lang`` that steer topic discovery (see ``Cues``)."""
    side = str(load(lang).section("attach").get("property_side", "before"))
    return Cues(
        side,
        _copula(lang),
        _reported(lang),
        _compared(lang),
        _joined(lang),
        _ending_here(lang, "change_to"),
        cue_pattern(lang, "change_to_after"),
        _change_gap(lang),
    )


def _change_gap(lang: str) -> re.Pattern[str] | None:
    """White space, with at most one of the words under ``change_by`` in the language's
    attach.yaml ("by", "um", "de"): all that may part a change's word from a measure it
    went by; None where the language has no ``change_by`` (an empty list: white space only)."""
    if "change_by" not in load(lang).section("attach"):
        return None
    words = cue_pattern(lang, "change_by")
    if words is None:
        return re.compile(r"\s*")
    return re.compile(rf"\s*(?:(?:{words.pattern})\s*)?", words.flags)


def changed_by(text: str, m: Mention, word: tuple[int, int], cues: Cues) -> bool:
    """True for a measure a change went by, its change's word (``word``, a span) right
    beside it ("rose by 2 °C", "um 2 Grad gestiegen", "2度上昇"): the size of the change, not
    a level. A figure a change came from ("from 20 °C") or went to is no such measure."""
    if m.extra.get("earlier") or change_target(text, m, cues):
        return False
    if cues.change_by is None:
        return False
    between = text[word[1] : m.start] if word[1] <= m.start else text[m.end : word[0]]
    return cues.change_by.fullmatch(between) is not None


def change_target(text: str, m: Mention, cues: Cues) -> bool:
    """True for a figure a change went to or came from ("rose to 6.1 %", "auf 6,1 Prozent",
    "6.1%に", "6.1%로", "from 5.8 %", "5.8%から"): a level, not the size of the change."""
    if m.extra.get("earlier"):  # "rose from 5.8 to 6.1 %": the level it came from
        return True
    if cues.change_to is not None and cues.change_to.search(text[max(0, m.start - 12) : m.start]):
        return True
    return cues.change_to_after is not None and cues.change_to_after.match(text, m.end) is not None


def _ending_here(lang: str, key: str) -> re.Pattern[str] | None:
    """The words under ``key`` in the language's attach.yaml, ending where the text searched
    ends (white space after them allowed)."""
    words = cue_pattern(lang, key)
    return re.compile(rf"(?:{words.pattern})\s*\Z", words.flags) if words is not None else None


def _reported(lang: str) -> re.Pattern[str] | None:
    """The words of ``lang`` that open what someone said ("said that", "a indiqué que",
    "…と述べた", "…했다고 밝혔다"): a figure they stand before belongs to what was said, not
    to when."""
    return cue_pattern(lang, "reported_speech")


def _compared(lang: str) -> Comparison | None:
    """The words of ``lang`` that make a date a point of comparison ("compared with 2021",
    "2021年に比べ"); within a few characters before the date where words are not spaced."""
    before, after = cue_pattern(lang, "compared_with"), cue_pattern(lang, "compared_after")
    if before is None and after is None:
        return None
    return Comparison(before, after, _COMPARED_REACH if load(lang).spaced else _GLUED_REACH)


def _joined(lang: str) -> re.Pattern[str] | None:
    """The words of ``lang`` joining two clauses ("seven died and 45 were injured"): a verb
    before one, seen from a figure after it, belongs to the other clause."""
    return cue_pattern(lang, "conjunctions")


@cache
def cue_pattern(lang: str, key: str) -> re.Pattern[str] | None:
    """The words listed under ``key`` in the language's attach.yaml, as whole words; one
    written with a leading hyphen is an ending glued to the word before it, one with a
    trailing hyphen a stem that endings are glued to."""
    return words_pattern(lang, [str(w) for w in load(lang).section("attach").get(key) or []])


def words_pattern(lang: str, words: list[str]) -> re.Pattern[str] | None:
    """``words`` of ``lang`` as whole words (see :func:`cue_pattern`), None for none."""
    lex = load(lang)
    if not words:
        return None
    if not lex.spaced:  # glued to the words around them: found anywhere
        return re.compile(alternation(w.strip("-") for w in words))
    letter = r"[^\W\d_]"
    # the words grouped by how they meet the letters around them, each group one alternation
    # under one guard: a guard on every word of a long list is tried at every character
    groups: dict[tuple[str, str], list[str]] = {}
    for word in words:
        start = "" if word.startswith("-") else f"(?<!{letter})"
        # a word ending in an apostrophe ("qu'") runs straight into the next, and one
        # written with a trailing hyphen takes endings glued to it ("수도 있-": "수도 있다는")
        end = f"(?!{letter})" if word[-1].isalpha() else ""
        groups.setdefault((start, end), []).append(word.strip("-"))
    forms = [f"{start}(?:{alternation(body)}){end}" for (start, end), body in groups.items()]
    return re.compile("|".join(forms), re.I)


def _copula(lang: str) -> re.Pattern[str] | None:
    """A copula of ``lang`` ending right where a figure starts ("sind 12"), else None."""
    words = load(lang).section("attach").get("copulas")
    if not words:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words)})\s+$", re.I)


_SOURCE_REACH = 40  # characters before a concept word searched for 'according to'
# at most one short word (an article) between 'according to' and the source it names
_ARTICLE = r"(?:[^\W\d_]{1,4}\s+)?"


def not_sources(text: str, lang: str, hits: list[ConceptHit]) -> list[ConceptHit]:
    """``hits`` without the words that name who gave a figure ("according to police",
    "volgens de politie", "polise göre", "警察によると"): the police who counted a crowd
    say nothing of what the crowd is."""
    before, after = _according(lang)
    said = claimed_by(lang)
    if before is None and after is None and said is None:
        return hits
    kept = []
    for hit in hits:
        head = text[max(0, hit.start - _SOURCE_REACH) : hit.start]
        if before is not None and before.search(head):
            continue
        if after is not None and after.match(text, hit.end):
            continue
        if said is not None and said.match(text, hit.end):  # "police put the crowd at"
            continue
        kept.append(hit)
    return kept


@cache
def claimed_by(lang: str) -> re.Pattern[str] | None:
    """The verbs of ``lang`` a claimant gives a figure by (attach.yaml ``claim_verbs``), as a
    pattern matching from the end of the claimant's word: "police [also] put", "la PSP
    estimou"."""
    verbs = [str(w) for w in load(lang).section("attach").get("claim_verbs") or []]
    if not verbs:
        return None
    return re.compile(rf"\s+{_ARTICLE}(?:{alternation(verbs)})(?![^\W\d_])", re.I)


@cache
def _according(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words of ``lang`` before and after the source of a figure (attach.yaml
    ``according_to`` and ``according_after``), as patterns ending and starting there."""
    lex = load(lang)
    data = lex.section("attach")
    first = [str(w) for w in data.get("according_to") or []]
    then = [str(w) for w in data.get("according_after") or []]
    gap = rf"\s*{_ARTICLE}" if lex.spaced else ""
    edge = r"(?<![^\W\d_])" if lex.spaced else ""
    end = r"(?![^\W\d_])" if lex.spaced else ""  # 'göre', not 'görevlendirildi'
    before = re.compile(rf"{edge}(?:{alternation(first)}){gap}$", re.I) if first else None
    after = re.compile(rf"[^\W\d_]{{0,3}}\s*(?:{alternation(then)}){end}", re.I) if then else None
    return before, after
