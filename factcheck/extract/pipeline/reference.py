"""The place a distance is measured from: "10 km from Mandalay", "à 16 km de Sagaing",
"距离首都100公里", "マンダレーから16キロ".

Two distances from different places are different figures, so the place is part of what a
distance is about. A language names it after a word (``attach.yaml``: ``distance_from``,
"from", "de", "距离") or right before one glued to it (``distance_from_glued``, "から",
"에서", "西北"). The place is read as a name (a capitalized word; in a script without
capitals, the run of letters next to the word, or the Latin name glossed in brackets after
it) or as a role every language has a word for (``place_roles``: the capital, the coast),
which keys it alike across languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load
from factcheck.values.text import match_key

_REACH = 50  # characters between a figure and the word that introduces its place
_CLAUSE = re.compile(r"[,;:.!?，；：。！？、\n]")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_BETWEEN = re.compile(r"[\s\"'“”«»]*")
_GLOSS = re.compile(r"[(（]\s*([A-Za-z][A-Za-z .'’\-]{1,40}?)\s*[)）]")
_WORDS_READ = 6  # words of a place phrase read for its name or role ("de la ville de X")
_UNSPACED_RUN = 6  # characters of a place written with no spaces, at most


@dataclass(frozen=True)
class _Grammar:
    before: re.Pattern[str] | None  # a word the place follows
    glued: re.Pattern[str] | None  # a word that follows the place
    roles: dict[str, str]  # folded role word -> role key
    unspaced: bool
    starts_after: re.Pattern[str] | None  # particles a place written with no spaces follows
    # of the words before a place, those that also mean "of" (folded), and the words for
    # "at" whose figure they follow when they say a distance with no place named
    of_words: frozenset[str]
    at: re.Pattern[str] | None


@cache
def _grammar(lang: str) -> _Grammar:
    lex = load(lang)
    data = lex.section("attach")
    spaced = lex.section("language").get("word_spaces", True) is not False
    before = [str(w) for w in data.get("distance_from") or []]
    glued = [str(w) for w in data.get("distance_from_glued") or []]
    roles = {
        match_key(str(word)): str(role)
        for role, words in (data.get("place_roles") or {}).items()
        for word in words or []
    }
    particles = [str(w) for w in data.get("place_starts_after") or []]
    at = [str(w) for w in data.get("distance_at") or []]
    edge = r"(?<![^\W\d_])" if spaced else ""
    # a word ending in an apostrophe is glued to the place ("d'Alep")
    tail = r"(?:(?<=['’])|\s+|(?=[(（]))" if spaced else ""
    return _Grammar(
        re.compile(rf"{edge}(?:{alternation(before)}){tail}", re.I) if before else None,
        re.compile(f"(?:{alternation(glued)})", re.I) if glued else None,
        roles,
        not spaced,
        re.compile(f"(?:{alternation(particles)})") if particles else None,
        frozenset(match_key(str(w)) for w in data.get("distance_of") or []),
        # "a unos 300 metros": up to two words between the word for "at" and the figure
        re.compile(rf"{edge}(?:{alternation(at)})\s+(?:[^\W\d_]+\s+){{0,2}}$", re.I)
        if at
        else None,
    )


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause around ``start``-``end``, at most ``_REACH`` either side."""
    low = max(0, start - _REACH)
    breaks = [b.end() for b in _CLAUSE.finditer(text, low, start)]
    high_end = min(len(text), end + _REACH)
    after = _CLAUSE.search(text, end, high_end)
    return (breaks[-1] if breaks else low), (after.start() if after else high_end)


def _role(grammar: _Grammar, words: str) -> str | None:
    return grammar.roles.get(match_key(words))


def _name_after(text: str, at: int, stop: int, grammar: _Grammar) -> str | None:
    """The place named from ``at`` on: the first role word or capitalized name."""
    if grammar.unspaced:
        run = text[at:stop]
        for length in range(min(len(run), _UNSPACED_RUN), 0, -1):
            role = _role(grammar, run[:length])
            if role:
                return role
        gloss = _GLOSS.search(run)
        if gloss:
            return gloss.group(1)
        letters = re.match(r"[^\W\d_]+", run)
        return letters.group()[:_UNSPACED_RUN] if letters else None
    position = at
    for _ in range(_WORDS_READ):
        found = _WORD.match(text, position)
        if found is None or found.start() >= stop:
            return None
        word = found.group()
        role = _role(grammar, word)
        if role:
            return role
        if word[0].isupper():
            name = [word]
            follow = re.compile(r"\s+([A-Z][\w'’\-]*)")
            more = follow.match(text, found.end())
            while more and more.end() <= stop and len(name) < 3:
                name.append(more.group(1))
                more = follow.match(text, more.end())
            return " ".join(name)
        position = found.end()
        position += len(_BETWEEN.match(text, position).group())  # type: ignore[union-attr]
    return None


def _name_before(text: str, at: int, start: int, grammar: _Grammar) -> str | None:
    """The place named right before ``at`` (the word glued after it starts there)."""
    run = text[start:at].rstrip()
    gloss = _GLOSS.search(run[-44:])
    if gloss and gloss.end() == len(run[-44:]):
        return gloss.group(1)
    if not grammar.unspaced:
        last = run.split()[-1:] if run.split() else []
        word = re.sub(r"[^\w]+", "", last[0]) if last else ""
        return (_role(grammar, word) or word) or None
    letters = re.search(r"[^\W\d_]+$", run)
    if not letters:
        return None
    place = letters.group()
    if grammar.starts_after is not None:
        place = grammar.starts_after.split(place)[-1] or place
    for length in range(min(len(place), _UNSPACED_RUN), 0, -1):
        role = _role(grammar, place[-length:])
        if role:
            return role
    return place[-_UNSPACED_RUN:]


@dataclass(frozen=True)
class Reference:
    """A word saying a length is a distance, and the place it is measured from, if named."""

    word: str
    place: str | None
    span: tuple[int, int]  # where the word stands
    gap: int  # characters between the figure and the word


def _at_distance(text: str, low: int, start: int, word: str, grammar: _Grammar) -> bool:
    """True unless ``word`` also means "of" and no word for "at" stands before the figure
    at ``start``: "a 300 metros del puente" is a distance, "62 metros do tabuleiro" a part."""
    if match_key(word) not in grammar.of_words:
        return True
    return grammar.at is not None and grammar.at.search(text, low, start) is not None


def reference(text: str, lang: str, start: int, end: int) -> Reference | None:
    """The place the length at ``start``-``end`` of ``text`` is measured from; None when no
    word of its clause says it is measured from somewhere."""
    grammar = _grammar(lang)
    low, high = _clause(text, start, end)
    found: list[tuple[int, Reference]] = []
    if grammar.before is not None:
        for match in grammar.before.finditer(text, low, high):
            if match.start() >= end:  # "10 km from X": the first one after the figure
                place = _name_after(text, match.end(), high, grammar)
                word = match.group().strip()
                if place is None and not _at_distance(text, low, start, word, grammar):
                    break  # "214 metros de comprimento": the length of something
                gap = match.start() - end
                found.append((gap, Reference(word, place, match.span(), gap)))
                break
            if match.end() <= start and grammar.unspaced:  # "距离X 100公里"
                place = _name_after(text, match.end(), start, grammar)
                gap = start - match.end()
                found.append((gap, Reference(match.group(), place, match.span(), gap)))
    if grammar.glued is not None:
        for match in grammar.glued.finditer(text, low, high):
            if match.end() <= start or match.start() >= end:
                distance = start - match.end() if match.end() <= start else match.start() - end
                place = _name_before(text, match.start(), low, grammar)
                found.append((distance, Reference(match.group(), place, match.span(), distance)))
    if not found:
        return None
    return min(found, key=lambda item: item[0])[1]
