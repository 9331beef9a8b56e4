"""Whose figure it is: the name that holds a figure in its sentence ("the Movimento Insular won
19 seats", "Le Movimento Insular obtient 19 sièges", "19 Sitze für das Movimento Insular").

A story that gives the seats of several parties, the profits of several companies or the
votes of several candidates puts them in one topic; the name each figure is given with tells
them apart, and names of parties, companies and people are mostly written alike across
languages. A name is a run of capitalized words (with the small words a name may hold:
"Juntos Pela Ilha", "Banca d'Italia"), or a word in capitals ("CDU"); a place (a story's
places narrow figures in ``scopes``), a date or a figure is none. The name before a figure
in its clause holds it, else the one after it in its clause, else the one before it in its
sentence ("and the Juntos Pela Ilha, 4").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from factcheck.extract.pipeline.cues import CLAUSE_BREAK, cue_pattern
from factcheck.lang import section

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ACROSS = 40  # characters a clause break adds between a figure and a name before it
_REACH = 120  # characters from a figure to its name before it
_AFTER_REACH = 40  # characters from a figure to its name after it
_CODE = re.compile(r"[.\-/]?\d")  # digits glued after a word: a code, a model, a variant
_TAKEN, _WORDS = 1, 2  # marks of characters that are no name, and of concept words
_GLUED = 4  # letters an ending glued on after an apostrophe may have ("Madeira's", "X'nın")


@cache
def _small_words(lang: str) -> frozenset[str]:
    """The small words a name may hold between its capitalized words ("de", "do", "of")."""
    return frozenset(str(w).lower() for w in section(lang, "subjects", "acronym_stopwords"))


@cache
def _no_names(lang: str) -> frozenset[str]:
    """Words that are no name even capitalized: the language's small words, the words
    saying whom a figure is according to, and the words of its kinds of claimant."""
    words = [*section(lang, "nouns", "stop"), *section(lang, "nouns", "skip")]
    words += section(lang, "subjects", "not_names") or []
    attach = section(lang, "attach")
    words += [*(attach.get("according_to") or []), *(attach.get("according_after") or [])]
    for kind in (attach.get("claimants") or {}).values():
        words += kind
    return frozenset(w.lower() for text in words for w in str(text).split())


def _bare(word: str) -> str:
    """A word without an elided article before it ("L'Aliança") or an ending glued after
    it ("Madeira's", "Aliança'nın")."""
    if "'" not in word and "’" not in word:
        return word
    parts = re.split(r"['’]", word)
    if len(parts) == 2 and len(parts[0]) <= 2 and parts[1][:1].isupper():
        return parts[1]
    if len(parts) == 2 and len(parts[1]) <= _GLUED and parts[1].islower():
        return parts[0]
    return word


def _words(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text`` written in a script with capitals, each with its span and bare
    (see ``_bare``): a name glued to words of a script without them ("Nova Frente党") ends
    where they begin."""
    out = []
    for w in _WORD.finditer(text):
        word = w.group()
        # every letter of ASCII has a case: only other words are read letter by letter
        cased = (
            None
            if word.isascii()
            else next(
                (i for i, c in enumerate(word) if c.lower() == c.upper() and c not in "'’"),
                None,
            )
        )
        if cased is not None:
            word = word[:cased]
        if word:
            out.append((w.start(), w.start() + len(word), _bare(word)))
    return out


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


class Names:
    """The names of one text, found once and asked for by figure."""

    def __init__(
        self,
        text: str,
        lang: str,
        taken: list[tuple[int, int]],
        words: list[tuple[int, int]] | None = None,
    ) -> None:
        """``taken``: spans that are no name (places, dates, figures); ``words``: concept
        words, which may go on a name ("Bloco Norte") but begin none ("Sitze")."""
        self.text = text
        # where every noun is capitalized, one capitalized word is as often a noun: a name
        # there is a word in capitals or one of several words
        self.nouns_capitalized = bool(section(lang, "nouns", "capitalized"))
        self.joined = cue_pattern(lang, "conjunctions")
        small = _small_words(lang)
        words_of = _words(text)
        lower = {w.lower() for _, _, w in words_of if not _capitalized(w)}
        runs: list[tuple[int, int, str]] = []
        current: list[tuple[int, int, str]] = []
        pending: list[tuple[int, int, str]] = []  # small words waiting for a capitalized one
        last_end = -1
        single = not self.nouns_capitalized
        no_names = self.no_names = _no_names(lang)
        articles = {str(w).lower() for w in section(lang, "subjects", "articles") or []}
        mask = bytearray(len(text))  # what each character is: free, taken or a concept word
        for spans, mark in ((words or [], _WORDS), (taken, _TAKEN)):
            for s, e in spans:
                mask[s:e] = bytes([mark]) * (e - s)
        for start, end, word in words_of:
            if not current and not word[:1].isupper():
                last_end = end  # most words: in small letters, with no name open to go on
                continue
            joined = current and re.fullmatch(r"[ \t]+", text[last_end:start]) is not None
            if not joined:
                _close(current, runs, single)
                current, pending = [], []
            marks = set(mask[start:end])
            # a word glued to digits names a thing of a kind, no holder ("LQ.7", "COVID-19")
            free = _TAKEN not in marks and not _CODE.match(text, end)
            if _WORDS in marks and not word.isupper():
                # a concept word goes on a name, capitalized, and begins none but in capitals
                # ("SUD", not "Sud")
                free = free and bool(current) and _capitalized(word)
            if (
                free
                and _capitalized(word)
                and word.lower() not in no_names
                and not self._opening(start, word, lower)
            ):
                current.extend(pending)
                current.append((start, end, word))
                pending = []
            elif (
                current
                and len(pending) < 2
                and (pending or word.lower() not in articles)
                and self._connects(word, small, no_names)
            ):
                pending.append((start, end, word))  # "Juntos Pela Ilha", "Banca d'Italia"
            else:
                _close(current, runs, single)
                current, pending = [], []
            last_end = end
        _close(current, runs, single)
        self.runs = runs
        self.starts = [s for s, _, _ in runs]  # runs are in text order

    def _connects(self, word: str, small: frozenset[str], no_names: frozenset[str]) -> bool:
        """Whether ``word`` may stand inside a name: a small word ("de", "of") but "and",
        or a capitalized one that is no name alone ("Juntos Pela Ilha")."""
        if self.joined is not None and self.joined.fullmatch(word):
            return False
        return word.lower() in small or (_capitalized(word) and word.lower() in no_names)

    def _opening(self, start: int, word: str, lower: set[str]) -> bool:
        """A capitalized word opening a sentence that the text writes in lower case elsewhere
        ("The", "Para", "Die"), or one of one letter: no name."""
        if len(word) < 2:
            return True
        if word.isupper():
            return False
        return self._opens(start) and word.lower() in lower

    def _opens(self, start: int) -> bool:
        """Whether a word at ``start`` opens a sentence (or a line, or a quote)."""
        before = self.text[max(0, start - 3) : start].strip(" \t\"'«“„")
        return not before or before[-1:] in ".!?:\n。！？" or start == 0

    def holder(self, start: int, end: int, sentence: tuple[int, int]) -> str | None:
        """The name holding the figure at ``start``-``end`` in ``sentence``, if any: the
        nearest before it in its clause, else the nearest after it in its clause, else the
        nearest before it in its sentence."""
        best: tuple[int, int, str] | None = None
        low, high = bisect_left(self.starts, sentence[0]), bisect_left(self.starts, sentence[1])
        for s, e, name in self.runs[low:high]:
            if e > sentence[1]:
                continue
            if e <= start:
                if start - e > _REACH:
                    continue
                if not self._broken(e, start):
                    found = (0, start - e, name)
                elif self._opens_clause(s, sentence[0]):
                    # in another clause, only a name standing as its subject ("the Juntos
                    # Pela Ilha, 4"), not one of its other words ("won in Madeira, taking 22")
                    found = (2, start - e, name)
                else:
                    continue
            elif s >= end and not self._broken(end, s) and s - end <= _AFTER_REACH:
                found = (1, s - end, name)
            else:
                continue
            if best is None or found[:2] < best[:2]:
                best = found
        return best[2] if best else None

    def _opens_clause(self, start: int, first: int) -> bool:
        """Whether only small words stand between a clause's start and ``start``."""
        head = self.text[first:start]
        cut = max((m.end() for m in CLAUSE_BREAK.finditer(head)), default=0)
        if self.joined is not None:
            cut = max([cut, *(m.end() for m in self.joined.finditer(head))])
        return all(w.lower() in self.no_names for _, _, w in _words(head[cut:]))

    def _broken(self, start: int, end: int) -> bool:
        """Whether a clause ends between ``start`` and ``end`` (a comma, "and", "et")."""
        if CLAUSE_BREAK.search(self.text, start, end):
            return True
        return self.joined is not None and self.joined.search(self.text, start, end) is not None


def _close(
    current: list[tuple[int, int, str]], runs: list[tuple[int, int, str]], single: bool = True
) -> None:
    if len(current) == 1 and not single and not current[0][2].isupper():
        return
    if current:
        runs.append((current[0][0], current[-1][1], " ".join(w for _, _, w in current)))
