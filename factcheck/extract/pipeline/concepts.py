"""What a figure is about: the concept words of each language, found in a text.

The concepts are the shared list in ``factcheck/lang/_shared/concepts.yaml`` (deaths,
magnitude, amount stolen, …, with the value kinds each takes); each language's
``concepts.yaml`` gives its words for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.pipeline.catalog import fold_with_map
from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.lang import SHARED, section


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
        )
    return out


@cache
def facet_labels() -> dict[str, str]:
    """Every shared facet id with how it reads: 'missing' -> 'still missing'."""
    ids = section(SHARED, "facets", "ids") or {}
    return {str(k): str((v or {}).get("label", k)) for k, v in ids.items()}


def _word_pattern(word: str) -> str:
    folded, _ = fold_with_map(word.strip())
    stem = folded.endswith("*")
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", folded.rstrip("*")) if p]
    body = r"[\s\-]+".join(parts)
    return body + (r"[^\W\d_]*" if stem else "")


@dataclass(frozen=True)
class ConceptMatcher:
    """One compiled pattern over a language's concept words, and the concepts of each."""

    pattern: re.Pattern[str]
    names: dict[str, tuple[str, ...]]

    def hits(self, text: str) -> list[ConceptHit]:
        """Every concept word in ``text``, longest first at each position, in text order."""
        folded, where = fold_with_map(text)
        out = []
        for match in self.pattern.finditer(folded):
            group = match.lastgroup
            if group is None:
                continue
            start, end = where[match.start()], where[match.end() - 1] + 1
            out.append(ConceptHit(start, end, text[start:end], self.names[group]))
        return out


@cache
def concept_matcher(lang: str) -> ConceptMatcher:
    """The concept matcher of ``lang`` (built once per language)."""
    return _matcher(lang, "concepts")


@cache
def facet_matcher(lang: str) -> ConceptMatcher:
    """The matcher of ``lang``'s words for what happened to counted things."""
    return _matcher(lang, "facets")


def _matcher(lang: str, vocabulary: str) -> ConceptMatcher:
    words: dict[str, set[str]] = {}
    for concept, entries in (section(lang, vocabulary) or {}).items():
        for word in entries or []:
            body = _word_pattern(str(word))
            if body:
                words.setdefault(body, set()).add(str(concept))
    suffix = int(section(lang, "attach").get("suffix_letters", 1))
    tail = rf"(?:'?[^\W\d_]{{0,{suffix}}})" if suffix else ""
    names: dict[str, tuple[str, ...]] = {}
    parts = []
    for index, body in enumerate(sorted(words, key=lambda w: (-len(w), w))):
        name = f"c{index}"
        names[name] = tuple(sorted(words[body]))
        parts.append(f"(?P<{name}>{body})")
    joined = "|".join(parts) or "(?!)"
    # scripts written without spaces: words stand anywhere; particles may be glued on
    e = edges(lang)
    start, end = e.start(ALNUM), e.free(ALNUM)
    return ConceptMatcher(re.compile(rf"(?<!{start})(?:{joined}){tail}(?!{end})"), names)
