"""Figures of a part: a division's profit ("its grid unit contributed 7 billion", "die
Netzsparte steuerte 7 Milliarden bei") and a quarter's ("in the fourth quarter, profit rose
to 3.2 billion", "au quatrième trimestre"), told apart from the whole's; and figures of an
act other than the whole's: the seats a majority needs ("needs 116 votes for a majority"),
the votes a party lost ("perdeu 6.000 votos") beside those it won (``attach.yaml`` ``acts``).

A company's profit and its division's, a year's profit and a quarter's, share the words that
name them; a figure whose clause names a division or a part of a year (``attach.yaml``
``parts``, keyed alike in every language) before it is that part's figure, in a topic of
its own, and is not compared with the whole's.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.pipeline.concepts import concepts
from factcheck.extract.pipeline.cues import words_pattern
from factcheck.extract.pipeline.discovered import Discovered
from factcheck.extract.pipeline.projected import projected
from factcheck.extract.recognizers.recognize import Mention
from factcheck.lang import section

_KINDS = ("amount", "count", "percent")
# the parts that are parts of a year: a rate names them as its period, read apart
_OF_A_YEAR = frozenset({"of a quarter", "of a half"})
_REACH = 80  # characters from a word naming a part to the figure after it
# a sentence's end, or another figure, between the word and the figure
_APART = re.compile(r"[.!?。！？](?!\d)|\d")
_AFTER_REACH = 40  # characters from a figure to a part named after it
# where a figure's clause ends after it: a clause break, a sentence end, another figure
_AFTER_END = re.compile(r"[;:,()\[\]—–]|\s-\s|[.!?。！？](?!\d)|\d")


@cache
def _parts(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """Each kind of part ``lang`` names ("of a division") and each act other than the
    whole's ("needed", "lost"), with the pattern of its words."""
    out = []
    for key, words_of in (("parts", "of a {}"), ("acts", "{}")):
        for part, words in sorted((section(lang, "attach", key) or {}).items()):
            pattern = words_pattern(lang, [str(w) for w in words])
            if pattern is not None:
                out.append((words_of.format(part), pattern))
    return out


def part_named(text: str, lang: str, m: Mention) -> str | None:
    """What a word before the figure ``m`` of ``text`` says it is of ("of a division", "of a
    quarter") or what it says happened ("needed": the seats a majority needs; "lost"), with
    no other figure and no sentence end between them; or a part named right after it in its
    clause ("7 trillion won at the chip unit"); None for the whole's figure."""
    if m.kind not in _KINDS:
        return None
    low = max(0, m.start - _REACH)
    window = text[low : m.start]
    best: tuple[int, str] | None = None
    for part, pattern in _parts(lang):
        for found in pattern.finditer(window):
            nearer = best is None or found.start() > best[0]
            if nearer and _APART.search(window, found.end()) is None:
                best = (found.start(), part)
    return best[1] if best else _part_after(text, lang, m)


def _part_after(text: str, lang: str, m: Mention) -> str | None:
    """A part (not an act) named after the figure ``m`` in its clause, nearest first."""
    after = text[m.end : m.end + _AFTER_REACH]
    cut = _AFTER_END.search(after)
    after = after[: cut.start()] if cut else after
    found = [
        (hit.start(), part)
        for part, pattern in _parts(lang)
        if part.startswith("of ")
        for hit in pattern.finditer(after)
    ]
    return min(found)[1] if found else None


def told_apart(found: Discovered, text: str, lang: str, m: Mention) -> Discovered:
    """``found`` in a topic of its own where the figure ``m`` is a part's or an act's other
    than the whole's (see :func:`part_named`), or told as what may come (``projected``)."""
    part = part_named(text, lang, m)
    if part in _OF_A_YEAR and _periodic(found.concept):
        part = None  # a rate's quarter is its period ("growth slowed to 0.8% in Q3")
    found = found.as_part(part) if part else found
    return found.as_projected() if projected(text, lang, m) else found


def _periodic(concept: str) -> bool:
    """Whether figures of ``concept`` are rates of a period their clause names."""
    found = concepts().get(concept)
    return found is not None and found.periodic
