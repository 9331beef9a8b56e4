"""Sentences of an article, with headings and boilerplate lines (banners, headline lists) marked."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Protocol, TypeVar

from factcheck.cache.tables import kept_from_cldr
from factcheck.extract.recognizers.words import alternation
from factcheck.extract.scan import finditer
from factcheck.lang import cldr_locales
from factcheck.lang.lexicon import load

# letters of scripts without capitals (kana, CJK ideographs, Hangul): after a stop and a
# space, one opens a sentence as a capital does ("발생했다. 시장은 ...")
_UNCASED = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3"
# a break: the stop that ends a sentence, then the cut (group 1 after a stop of spaced text, 2
# after an ideographic one) where the next starts. The scan passes over characters that are
# no stop in C: a break found where the character before it is one was tried at every place
_BREAK = re.compile(
    rf"[.!?…。！？](?:(?<=[.!?…])([\"»”’)]*\s+)(?=[«\"“(]?[^\W_]*[A-ZÀ-ÖØ-ÞĞİŞ\d{_UNCASED}])"
    # the ideographic full stops end a sentence whatever follows: no space, no capital; a
    # closing quote after one stays with its sentence
    r"|(?<=[。！？])[」』”’）)]?(?![」』”’）)])(\s*)(?=\S))"
)
_FINAL = re.compile(r"[.!?:;»\"”)。！？」』）]\s*$")
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Sentence:
    """A sentence span; ``body`` is False for headings and boilerplate, where nothing attaches."""

    start: int
    end: int
    body: bool


@cache
def _boilerplate(lang: str) -> re.Pattern[str]:
    lex = load(lang)
    markers = list(lex.section("boilerplate").get("markers", []))
    markers += list(lex.shared_section("boilerplate", "markers"))
    return re.compile(alternation(markers), re.IGNORECASE)


def _words(line: str, lang: str) -> int:
    """About how many words ``line`` holds."""
    return len(_WORDS.findall(line)) + _unspaced_words(line, lang)


def _unspaced_words(line: str, lang: str) -> int:
    """About how many words a line of a language written without spaces holds: one for every
    two of its letters (the run of them counted as one word by ``_WORDS``)."""
    lex = load(lang)
    if lex.spaced or not lex.glue:
        return 0
    return len(re.findall(f"[{lex.glue}]", line)) // 2


@cache
def _month_after_ordinal(lang: str) -> re.Pattern[str]:
    """A day written as an ordinal with its dot, then a month name of the language (CLDR):
    "28. April", "1. mai" — no sentence ends at that dot."""
    names = kept_from_cldr("month-names", lang, __file__, lambda: _month_names(lang))
    return re.compile(rf"(?<!\d)\d{{1,2}}\.\s+(?:{alternation(names)})(?![^\W\d_])", re.IGNORECASE)


def _month_names(lang: str) -> list[str]:
    """CLDR's month names of ``lang``, every context and width, without a final dot."""
    from babel import Locale

    names: set[str] = set()
    for code in cldr_locales(lang):
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names.update(
                    str(n).rstrip(".")
                    for n in dict(months.get(context, {}).get(width, {})).values()
                )
    return sorted(names)


def _ordinal_day(text: str, cut: int, lang: str) -> bool:
    """True when the break at ``cut`` follows the dot of a day before its month."""
    start = max(0, cut - 4)
    return _month_after_ordinal(lang).match(text, text.rfind(" ", start, cut) + 1) is not None


def _marked_lines(
    text: str, marker: re.Pattern[str], starts: list[int]
) -> tuple[set[int], set[int]]:
    """The lines (by index; ``starts`` are their first offsets) ``marker`` matches within,
    found in one scan of ``text``; and the lines a match across a line break overlaps, in
    which the scan may have passed over a match of the line's own: those are searched apart.
    """
    within: set[int] = set()
    across: set[int] = set()
    for m in finditer(marker, text):
        first = bisect_right(starts, m.start()) - 1
        if "\n" not in m.group():
            within.add(first)
        else:
            across.update(range(first, bisect_right(starts, m.end() - 1)))
    return within, across


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Every sentence of ``text`` in order; a short line without a final stop is a heading."""
    marker = _boilerplate(lang)
    out: list[Sentence] = []
    lines = list(re.finditer(r"[^\n]+", text))
    within, across = _marked_lines(text, marker, [line.start() for line in lines])
    for index, line in enumerate(lines):
        body = line.group()
        if not body.strip():
            continue
        final = _FINAL.search(body) is not None
        heading = (not final and _words(body, lang) <= 16) or body.rstrip().endswith("...")
        boiler = heading or index in within or (index in across and marker.search(body) is not None)
        begin = line.start()
        for cut in _BREAK.finditer(text, line.start(), line.end()):
            at = max(cut.start(1), cut.start(2))  # the group that took no part starts at -1
            if text[at - 1] == "." and _ordinal_day(text, at, lang):
                continue
            out.append(Sentence(begin, at, not boiler))
            begin = cut.end()
        out.append(Sentence(begin, line.end(), not boiler))
    return out


class _Placed(Protocol):
    @property
    def start(self) -> int: ...


_P = TypeVar("_P", bound=_Placed)


def by_sentence(found: list[_P], sentences: list[Sentence]) -> list[list[_P]]:
    """What was found in each sentence, in one pass over both (both in text order)."""
    starts = [s.start for s in sentences]
    grouped: list[list[_P]] = [[] for _ in sentences]
    for item in found:
        index = bisect_right(starts, item.start) - 1
        if index >= 0:
            grouped[index].append(item)
    return grouped
