"""What a figure is about: the concept words of each language, found in a text.

The concepts are the shared list in ``factcheck/lang/_shared/concepts.yaml`` (deaths,
magnitude, amount stolen, …, with the value kinds each takes); each language's
``concepts.yaml`` gives its words for them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from factcheck.cache.tables import kept, language_files
from factcheck.extract.pipeline import catalog as catalog_module
from factcheck.extract.pipeline.catalog import fold_with_map
from factcheck.extract.recognizers.recognize import Mention
from factcheck.extract.recognizers.words import alternation
from factcheck.lang import SHARED, section

# where a word of a language that spaces its words begins
AT_WORD_START = r"(?<![^\W_])(?=[^\W_])"
# where the last part of a compound may begin: after three letters of the word ("Groß|brand")
IN_COMPOUND = r"(?<=[^\W\d_]{3})"


@dataclass(frozen=True)
class Concept:
    """A shared concept: its id, the value kinds a figure of it takes, and how it reads."""

    id: str
    kinds: tuple[str, ...]
    label: str
    dimension: str | None = None
    evolving: bool = False
    noun: bool = False  # the word is the thing counted: it stands next to the figure
    facets: bool = False  # what happened to the things ("stolen", "still missing") splits it
    people: bool = False  # the things counted are people
    # its words only say what kind of figure follows ("during", "동안"): any other concept of
    # the clause says more ("cerrada durante dos semanas" is a closure)
    generic: bool = False
    # each source's own: who spoke to it and when differs from source to source, so its
    # figures are not compared with another source's
    by_source: bool = False
    # a concept of who people are: how a count of what happened to people reads narrowed
    # to them ("police, troops or rescuers"), or True in ``everyone`` where they are all
    among: str | None = None
    everyone: bool = False
    # its unit's name is one of its words: the unit says what a figure is ("7.7-magnitude")
    unit_names: bool = False
    most: int | None = None  # the most it can count: a larger count is of something else
    change: bool = False  # the size of a change: no figure a change went to is of it
    # the size of a change of its thing is a figure of it ("the economy grew 1.2 %")
    of_change: bool = False
    # a rate of a period: the month, quarter or year its clause names is the figure's period
    periodic: bool = False
    # a measure of a day (the weather): the day its clause names is the figure's period
    daily: bool = False
    # a rise or fall of it is told apart from other rises ("revenue rose 8 %")
    split_changes: bool = False
    # its dates are years or months ("built in 1998"): a day or a weekday of its clause
    # ("towed in on Monday") is of something else
    no_days: bool = False

    # the units its figures are stated in, where only some of its dimension's fit (rain in
    # millimetres or inches, never in metres): empty when any unit of the dimension does
    units: frozenset[str] = frozenset()
    words_of: str | None = None  # the concept whose words name it too

    @property
    def dated(self) -> bool:
        """True for a concept whose figures are of the period their clause names."""
        return self.periodic or self.daily

    @property
    def is_role(self) -> bool:
        """True for a concept of who people are ("firefighters", "residents")."""
        return self.among is not None or self.everyone

    @property
    def is_outcome(self) -> bool:
        """True for a running count of what happened to people ("killed", "evacuated")."""
        return self.people and self.evolving and not self.is_role


@dataclass(frozen=True)
class ConceptHit:
    """A concept word found in text: its span, the text as written, and the concepts it names."""

    start: int
    end: int
    text: str
    concepts: tuple[str, ...]


@cache
def concepts() -> dict[str, Concept]:
    """Every shared concept, by id."""
    out = {}
    for key, spec in (section(SHARED, "concepts", "ids") or {}).items():
        spec = spec or {}
        out[str(key)] = Concept(
            id=str(key),
            kinds=tuple(spec.get("kinds", ())),
            label=str(spec.get("label", key)),
            dimension=spec.get("dimension"),
            evolving=bool(spec.get("evolving", False)),
            noun=bool(spec.get("noun", False)),
            facets=bool(spec.get("facets", False)),
            people=bool(spec.get("people", False)),
            generic=bool(spec.get("generic", False)),
            by_source=bool(spec.get("by_source", False)),
            among=spec.get("among"),
            everyone=bool(spec.get("everyone", False)),
            unit_names=bool(spec.get("unit_names", False)),
            most=spec.get("most"),
            change=bool(spec.get("change", False)),
            of_change=bool(spec.get("of_change", False)),
            periodic=bool(spec.get("periodic", False)),
            daily=bool(spec.get("daily", False)),
            split_changes=bool(spec.get("split_changes", False)),
            no_days=bool(spec.get("no_days", False)),
            units=frozenset(str(u) for u in spec.get("units") or ()),
            words_of=spec.get("words_of"),
        )
    return out


@cache
def facet_labels() -> dict[str, str]:
    """Every shared facet id with how it reads: 'missing' -> 'still missing'."""
    ids = section(SHARED, "facets", "ids") or {}
    return {str(k): str((v or {}).get("label", k)) for k, v in ids.items()}


_LETTERS = r"[^\W\d_]*"
_GAP = re.compile(r"[\s\-]+")


def _key(folded: str) -> str:
    """A folded phrase with its spaces and hyphens made one space: the lookup key."""
    return " ".join(p for p in _GAP.split(folded) if p)


def _trie_regex(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    """A trie of folded words as a regex; '*' marks a stem, '' the end of a word."""
    branches = []
    for char in sorted(k for k in node if k not in ("", "*")):
        head = r"[\s\-]+" if char == " " else re.escape(char)
        branches.append(head + _trie_regex(node[char]))
    if "*" in node:
        branches.append(_LETTERS)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True)
class ConceptMatcher:
    """A language's words for a keyed vocabulary as one trie pattern, and the ids of each."""

    exact: dict[str, tuple[str, ...]]  # folded word -> ids
    stems: tuple[tuple[str, tuple[str, ...]], ...]  # folded stem -> ids, longest first
    # what a text is scanned with: the words' trie where a word begins (``AT_WORD_START``) in
    # a language that spaces its words (one scan: trying the words at each word start in turn
    # cost a loop over the starts and a second match of each word), anywhere in one written
    # without spaces
    found: re.Pattern[str]
    # the most letters of an ending a word may carry as found ("지진으로": a particle)
    ending: int = 2
    # letters with marks that are letters of their own, not folded ("öldü" is not "oldu")
    kept: str = ""
    # what each matched text names, as looked up: texts repeat, stems are many
    seen: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    # the words that end compounds, at the end of a matched word after its first part
    last_part: re.Pattern[str] | None = None

    def hits(self, text: str) -> list[ConceptHit]:
        """Every word of the vocabulary in ``text``, the longest at each place, in text order."""
        folded, where = fold_with_map(text, self.kept)
        out = []
        for match in self.found.finditer(folded):
            ids = self._ids(match.group())
            last = self.last_part.search(match.group()) if self.last_part and ids else None
            key = _key(match.group())
            if last is not None and not self._exact(key) and self._stem(key) <= last.start():
                # a compound is what its last part is: "brannbiler" (fire engines) are
                # vehicles, though the stem "brann*" begins it; a word listed as it is
                # ("afgebrand"), or a stem reaching into the last part ("bruttomargin*"),
                # is what it is listed for
                ids = self._ids(last.group()) or ids
            if ids:
                start, end = where[match.start()], where[match.end() - 1] + 1
                out.append(ConceptHit(start, end, text[start:end], ids))
        return out

    def _ids(self, matched: str) -> tuple[str, ...]:
        known = self.seen.get(matched)
        if known is None:
            known = self.seen[matched] = self._lookup(_key(matched))
        return known

    def _exact(self, key: str) -> bool:
        """Whether ``key`` is a listed word, with an ending the language allows."""
        low = max(0, len(key) - self.ending - 1)
        return any(key[:length] in self.exact for length in range(len(key), low, -1))

    def _stem(self, key: str) -> int:
        """The length of the longest listed stem ``key`` begins with (0 for none)."""
        return next((len(stem) for stem, _ in self.stems if key.startswith(stem)), 0)

    def _lookup(self, key: str) -> tuple[str, ...]:
        for length in range(len(key), max(0, len(key) - self.ending - 1), -1):  # endings
            if key[:length] in self.exact:
                return self.exact[key[:length]]
        return next((ids for stem, ids in self.stems if key.startswith(stem)), ())


@cache
def concept_matcher(lang: str) -> ConceptMatcher:
    """The concept matcher of ``lang`` (built once per language)."""
    return _matcher(lang, "concepts")


@cache
def facet_matcher(lang: str) -> ConceptMatcher:
    """The matcher of ``lang``'s words for what happened to counted things."""
    return _matcher(lang, "facets")


def _matcher(lang: str, vocabulary: str) -> ConceptMatcher:
    # kept in the cache folder: folding and indexing a vocabulary costs every worker, per
    # language, more than the articles it reads
    files = (Path(__file__), Path(catalog_module.__file__), *language_files(lang))
    parts = kept(f"{vocabulary}-matcher", lang, (), files, lambda: _matcher_parts(lang, vocabulary))
    body, tail, spaced = parts["body"], parts["tail"], parts["spaced"]
    ending = int(section(lang, "attach").get("ending_letters", 2))
    letters = _kept_letters(lang)
    words = {k: tuple(v) for k, v in parts["words"].items()}
    ordered = tuple((stem, tuple(ids)) for stem, ids in parts["stems"])
    if not spaced:
        # scripts written without spaces: words stand anywhere
        return ConceptMatcher(words, ordered, re.compile(f"(?:{body})"), ending, letters)
    pattern = rf"{AT_WORD_START}(?:{body}){tail}(?![^\W_])"
    last = None
    if parts["heads"]:  # and the words that end compounds, after the first part
        pattern += rf"|{IN_COMPOUND}(?:{parts['heads']}){tail}(?![^\W_])"
        last = re.compile(rf"{IN_COMPOUND}(?:{parts['heads']}){tail}$")
    return ConceptMatcher(words, ordered, re.compile(pattern), ending, letters, last_part=last)


def _kept_letters(lang: str) -> str:
    """The letters with marks that ``lang`` counts as letters of their own (language.yaml)."""
    return str(section(lang, "language").get("distinct_letters", "")).lower()


def _vocabulary(lang: str, vocabulary: str) -> dict[str, list[Any]]:
    """The words of each id of ``vocabulary`` in ``lang``; a concept that takes another's
    words (``words_of``) has them besides its own."""
    words = {str(k): list(v or []) for k, v in (section(lang, vocabulary) or {}).items()}
    if vocabulary == "concepts":
        for concept in concepts().values():
            if concept.words_of and words.get(concept.words_of):
                words[concept.id] = [*words.get(concept.id, []), *words[concept.words_of]]
    return words


def _matcher_parts(lang: str, vocabulary: str) -> dict[str, Any]:
    """What a matcher is built from: its trie, the trie of the words that also end compounds
    (written with a leading * : "*brand" is "Brand" and the "brand" of "Großbrand"), the
    ending it allows, its words and stems, and whether the language spaces its words."""
    exact: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    heads: dict[str, dict] = {}  # type: ignore[type-arg]
    letters = _kept_letters(lang)
    for concept, entries in _vocabulary(lang, vocabulary).items():
        for word in entries or []:
            folded = fold_with_map(str(word).strip(), letters)[0]
            stem = folded.endswith("*")
            key = _key(folded.strip("*"))
            if not key:
                continue
            (stems if stem else exact).setdefault(key, set()).add(str(concept))
            for trie, wanted in ((root, True), (heads, folded.startswith("*"))):
                if not wanted:
                    continue
                node = trie
                for char in key:
                    node = node.setdefault(char, {})
                node["*" if stem else ""] = {}
    attach = section(lang, "attach")
    suffix = int(attach.get("suffix_letters", 1))
    tail = rf"'?[^\W\d_]{{0,{suffix}}}" if suffix else ""
    # the endings a word takes that are longer than the letters allowed ("증가했다")
    endings = [fold_with_map(str(e), letters)[0] for e in attach.get("word_endings") or []]
    if endings:
        tail = f"(?:{alternation(endings)}|{tail})" if tail else f"(?:{alternation(endings)})?"
    return {
        "body": _trie_regex(root) or "(?!)",
        "heads": _trie_regex(heads),
        "tail": f"(?:{tail})" if tail else "",
        "words": {k: sorted(v) for k, v in exact.items()},
        "stems": [
            [stem, sorted(ids)] for stem, ids in sorted(stems.items(), key=lambda kv: -len(kv[0]))
        ],
        "spaced": section(lang, "language").get("word_spaces", True) is not False,
    }


# characters: no concept word is longer; a hit starting before a figure's reach is too far
_LONGEST_WORD = 80


def hits_near(hits: list[ConceptHit], m: Mention, reach: int) -> list[ConceptHit]:
    """The hits (in text order) that may stand within ``reach`` of ``m``: found by bisection,
    so that a sentence of thousands of words costs each figure only its neighbourhood."""
    low = bisect_left(hits, m.start - reach - _LONGEST_WORD, key=lambda h: h.start)
    high = bisect_right(hits, m.end + reach, key=lambda h: h.start)
    return hits[low:high]
