"""Where a case's catalog words occur in a text: subject aliases and property words, per topic."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate

import orjson

from factcheck.cache.derived import derived_text
from factcheck.extract.recognizers import words as words_module
from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.extract.recognizers.words import trie
from factcheck.lang.lexicon import load
from factcheck.models.case import CaseSpec


@dataclass(frozen=True)
class Hit:
    """A catalog phrase found in text: span, the text as written, role and the topics it names."""

    start: int
    end: int
    text: str
    role: str
    topics: frozenset[str]


@cache
def _fold_char(ch: str, kept: str = "") -> str:
    if kept and ch.lower() in kept:  # a letter of its own in the language: 'ö' is not 'o'
        return ch.lower()
    if ch in "’‘`´":
        return "'"
    if ch == "ı":
        return "i"
    parts = unicodedata.normalize("NFKD", ch)
    folded = "".join(c for c in parts if not unicodedata.combining(c)).casefold()
    return folded or " "


class _Folds(dict[int, str]):
    """Each character's fold by its code, as ``str.translate`` reads it: a character is
    folded the first time a text holds it, not once per text. ``kept``: the letters left
    as they are (in lower case)."""

    def __init__(self, kept: str = "") -> None:
        super().__init__()
        self.kept = kept

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code), self.kept)
        return folded


_FOLDS = _Folds()
_FOLDS_KEEPING: dict[str, _Folds] = {"": _FOLDS}


class _Marks(dict[int, str]):
    """Per character code, what its fold starts a text's offset map with: "\x01" for its
    first character, "\x00" for each one more (read by ``fold_with_map``)."""

    def __missing__(self, code: int) -> str:
        marks = self[code] = "\x01" + "\x00" * (len(_FOLDS[code]) - 1)
        return marks


_MARKS = _Marks()


@lru_cache(maxsize=4)  # the catalog, concept and facet words of one text read one fold
def fold_with_map(text: str, kept: str = "") -> tuple[str, Sequence[int]]:
    """``text`` folded (case, accents, apostrophes) and, per folded character, its source
    index. ``kept``: letters with marks that are letters of their own in the text's
    language, left unfolded (Turkish 'ö', 'ü': 'öldü' is not 'oldu'); each folds to one
    character either way, so the offsets are the same."""
    folds = _FOLDS_KEEPING.get(kept)
    if folds is None:
        folds = _FOLDS_KEEPING[kept] = _Folds(kept)
    folded_text = text.translate(folds)
    # no character folds to nothing: the same length means each folded to one character
    if len(folded_text) == len(text):  # the usual case: offsets stay
        return folded_text, range(len(text) + 1)
    # each folded character's source index counts the source characters begun up to it: the
    # count runs in C over one mark per folded character, not a loop over the characters
    # (a text in Hangul, whose syllables fold to their letters, goes this way)
    marks = text.translate(_MARKS).encode("latin-1")
    where = list(accumulate(marks, initial=-1))
    del where[0]
    where.append(len(text))
    return folded_text, where


def _first_word(text: str) -> str:
    """A phrase's first word, folded: a match starts with it."""
    words = [w for w in re.split(r"[\s\-]+", "".join(_fold_char(c) for c in text.strip())) if w]
    return words[0]


def _head(text: str) -> str:
    """The first (up to) two characters of a phrase's first word, folded: a match starts so."""
    return _first_word(text)[:2]


def _phrase(text: str) -> str:
    folded = "".join(_fold_char(c) for c in text.strip())
    return r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", folded) if w)


@dataclass(frozen=True)
class Matcher:
    """The catalog's phrases as patterns, with each phrase's topics and role.

    ``by_head`` holds, per first one or two folded characters, the pattern of the phrases
    that can start so (in the order of the whole catalog's, so the same phrase wins);
    ``starts`` finds the word starts where one may begin. A head's pattern is compiled the
    first time a text has a word that starts so: a text in one script meets few of the
    catalog's heads, and in a language written without spaces each pattern's edges are
    large classes of letters, slow to compile.
    """

    by_head: dict[str, str]
    roles: dict[str, tuple[str, frozenset[str]]]
    starts: re.Pattern[str]
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False)

    def _pattern(self, head: str) -> re.Pattern[str]:
        pattern = self.compiled.get(head)
        if pattern is None:
            pattern = self.compiled[head] = re.compile(self.by_head[head])
        return pattern

    def hits(self, text: str) -> list[Hit]:
        """The longest catalog phrase at each word start, in text order; phrases may overlap,
        but a property word inside a subject alias ("workers" in "IT workers") is no property.
        """
        folded, where = fold_with_map(text)
        found = []
        by_head, pattern_of = self.by_head, self._pattern
        for word in self.starts.finditer(folded):
            at = word.start()
            head = folded[at : at + 2]
            m = pattern_of(head if head in by_head else folded[at]).match(folded, at)
            if m is None:
                continue
            role, topics = self.roles[m.lastgroup or ""]
            start, end = where[m.start()], where[m.end() - 1] + 1
            found.append(Hit(start, end, text[start:end], role, topics))
        # hits come one per word start, in order: a property lies inside a subject alias when
        # one that started before it reaches as far
        out: list[Hit] = []
        reach = -1
        for h in found:
            if h.role == "subject":
                reach = max(reach, h.end)
            elif h.end <= reach:
                continue
            out.append(h)
        return out


# a topic's words as the matcher reads them: id, subject aliases, property words
_Words = tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]
# the code that builds a catalog's phrases: what it built is kept per version of it
_CODE = (__file__, words_module.__file__)


def build_matcher(spec: CaseSpec, lang: str) -> Matcher:
    """The matcher of ``spec``'s catalog; inflected endings allowed as the lexicon says.

    Built once per catalog and language in a process: every article of a run (and every
    run in a worker) that reads the same catalog words in the same language shares it.
    """
    words = tuple((t.id, tuple(t.subjects), tuple(t.properties)) for t in spec.topics)
    return _matcher(words, lang)


# per head, the alternation of a catalog's phrases that start so, as named groups; each
# group's role and topics; and a pattern of the phrases' first words
_Parts = tuple[dict[str, str], dict[str, tuple[str, frozenset[str]]], str]


@lru_cache(maxsize=4)
def _parts(catalog: _Words) -> _Parts:
    """The phrases of ``catalog``, longest first, whatever the language they are read in.
    Kept in the pattern store by the catalog's words (which bounds what it keeps): folding
    and ordering a catalog's hundreds of phrases costs a run on one article, and every
    worker, a few hundredths."""
    kept = derived_text("catalog-phrases", repr(catalog), _CODE, lambda: _listed(catalog))
    bodies, roles, firsts = orjson.loads(kept)
    return bodies, {name: (role, frozenset(ids)) for name, (role, ids) in roles.items()}, firsts


def _listed(catalog: _Words) -> str:
    """``_built(catalog)`` as JSON: each group's topics as a sorted list."""
    bodies, roles, firsts = _built(catalog)
    listed = {name: (role, sorted(ids)) for name, (role, ids) in roles.items()}
    return orjson.dumps([bodies, listed, firsts]).decode("utf-8")


def _built(catalog: _Words) -> _Parts:
    phrases: dict[str, dict[str, set[str]]] = {}
    heads: dict[str, str] = {}  # phrase -> its head
    firsts: set[str] = set()
    for tid, subjects, properties in catalog:
        for role, words in (("subject", subjects), ("property", properties)):
            for word in words:
                body = _phrase(word)
                if body:
                    phrases.setdefault(body, {}).setdefault(role, set()).add(tid)
                    heads[body] = _head(word)
                    firsts.add(_first_word(word))
    roles: dict[str, tuple[str, frozenset[str]]] = {}
    parts: list[tuple[str, str]] = []
    for index, body in enumerate(sorted(phrases, key=lambda p: (-len(p), p))):
        by_role = phrases[body]
        # a phrase that is both a subject and a property (a "Bybit hack") counts as a subject
        role = "subject" if "subject" in by_role else "property"
        name = f"p{index}"
        roles[name] = (role, frozenset(by_role[role]))
        parts.append((heads[body], f"(?P<{name}>{body})"))
    bodies = {}
    for head in set(heads.values()):
        # a phrase whose first word is one character may start wherever that character does
        bodies[head] = "|".join(p for h, p in parts if h == head or (len(h) == 1 and head[0] == h))
    return bodies, roles, trie(firsts)


@lru_cache(maxsize=16)
def _matcher(catalog: _Words, lang: str) -> Matcher:
    bodies, roles, firsts = _parts(catalog)
    suffix = int(load(lang).section("attach").get("suffix_letters", 1))
    tail = rf"(?:'?[^\W\d_]{{0,{suffix}}})" if suffix else ""
    # in a language written without spaces a phrase may start and end against other letters
    e = edges(lang)
    start, end = e.start(ALNUM), e.free(ALNUM)
    # what may precede a phrase is the word start's to check (``starts`` below)
    by_head = {head: rf"(?:{body}){tail}(?!{end})" for head, body in bodies.items()}
    # a phrase may start only where one's first word stands: a word start where none does
    # is not tried against its head's phrases
    return Matcher(by_head, roles, re.compile(rf"(?<!{start})(?=[^\W_])(?={firsts})"))
