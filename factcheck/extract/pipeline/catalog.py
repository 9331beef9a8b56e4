"""Where a case's catalog words occur in a text: subject aliases and property words, per topic."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.lang.lexicon import load
from factcheck.models.case import CaseSpec

_WORD_START = re.compile(r"(?<![^\W_])[^\W_]")


@dataclass(frozen=True)
class Hit:
    """A catalog phrase found in text: span, the text as written, role and the topics it names."""

    start: int
    end: int
    text: str
    role: str
    topics: frozenset[str]


@cache
def _fold_char(ch: str) -> str:
    if ch in "’‘`´":
        return "'"
    if ch == "ı":
        return "i"
    parts = unicodedata.normalize("NFKD", ch)
    folded = "".join(c for c in parts if not unicodedata.combining(c)).casefold()
    return folded or " "


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` folded (case, accents, apostrophes) and, per folded character, its source index."""
    chars: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        chars.append(folded)
        where.extend([index] * len(folded))
    where.append(len(text))
    return "".join(chars), where


def _phrase(text: str) -> str:
    folded = "".join(_fold_char(c) for c in text.strip())
    return r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", folded) if w)


@dataclass(frozen=True)
class Matcher:
    """One compiled pattern for every phrase of a catalog, with each phrase's topics and role."""

    pattern: re.Pattern[str]
    roles: dict[str, tuple[str, frozenset[str]]]
    # in a language written without spaces a phrase may start at any character
    anywhere: bool = False

    def hits(self, text: str) -> list[Hit]:
        """The longest catalog phrase at each word start, in text order; phrases may overlap,
        but a property word inside a subject alias ("workers" in "IT workers") is no property.
        """
        folded, where = fold_with_map(text)
        found = []
        matches: list[re.Match[str] | None]
        if self.anywhere:
            matches = list(self.pattern.finditer(folded))
        else:
            matches = [self.pattern.match(folded, w.start()) for w in _WORD_START.finditer(folded)]
        for m in matches:
            if m is None:
                continue
            role, topics = self.roles[m.lastgroup or ""]
            start, end = where[m.start()], where[m.end() - 1] + 1
            found.append(Hit(start, end, text[start:end], role, topics))
        subjects = [(h.start, h.end) for h in found if h.role == "subject"]
        return [
            h
            for h in found
            if h.role == "subject" or not any(a <= h.start and h.end <= b for a, b in subjects)
        ]


def build_matcher(spec: CaseSpec, lang: str) -> Matcher:
    """The matcher of ``spec``'s catalog; inflected endings allowed as the lexicon says."""
    attach = load(lang).section("attach")
    suffix = int(attach.get("suffix_letters", 1))
    phrases: dict[str, dict[str, set[str]]] = {}
    for topic in spec.topics:
        for role, words in (("subject", topic.subjects), ("property", topic.properties)):
            for word in words:
                body = _phrase(word)
                if body:
                    phrases.setdefault(body, {}).setdefault(role, set()).add(topic.id)
    roles: dict[str, tuple[str, frozenset[str]]] = {}
    parts = []
    for index, body in enumerate(sorted(phrases, key=lambda p: (-len(p), p))):
        by_role = phrases[body]
        # a phrase that is both a subject and a property (a "Bybit hack") counts as a subject
        role = "subject" if "subject" in by_role else "property"
        name = f"p{index}"
        roles[name] = (role, frozenset(by_role[role]))
        parts.append(f"(?P<{name}>{body})")
    tail = rf"(?:'?[^\W\d_]{{0,{suffix}}})" if suffix else ""
    body = "|".join(parts) or "(?!)"
    e = edges(lang)
    start, end = e.start(ALNUM), e.free(ALNUM)
    anywhere = start != ALNUM
    return Matcher(re.compile(rf"(?<!{start})(?:{body}){tail}(?!{end})"), roles, anywhere)
