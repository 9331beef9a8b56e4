"""A window before a figure turned away by its last letter finds what a search of it finds."""

from __future__ import annotations

import re

import pytest

from factcheck.extract.recognizers import amounts, change_verbs, numbers, qualifiers, ranges, units
from factcheck.extract.recognizers.nouns import _LABEL
from factcheck.extract.recognizers.numbers import _minus_word, grammar
from factcheck.extract.scan.tails import _last, may_end, search_ending

_TEXTS = {
    "en": "Injured: at least 12. It fell to minus 5 and a magnitude of 7 quake, M6.5 and Mw 7.1; "
    "more than 20 and about $ 30, up to\n 40 or fewer than 9 (USD 12), between 3 and 4, "
    "the temperature rose to 8 degrees, no less than    15 and >= 45 or ≤ 10 and costs EUR 7.",
    "es": "Heridos: al menos 12. Bajó a menos 5 y un sismo de magnitud 7, más de 20 y unos 30, "
    "hasta 40 o menos de 9 (US$ 12), entre 3 y 4, cerca del 50 %, se elevó hasta 154.",
    "fr": "Blessés : au moins 12, moins 5, magnitude de 7, plus de 20, environ 30 € et 40.",
    "de": "Verletzte: mindestens 12, minus 5, der Stärke 7, mehr als 20 und rund 30 Euro.",
    "zh": "伤者：至少12人，里氏6.8级地震，超过20人，约30元，震级为7。",
}


def _patterns(lang: str) -> list[re.Pattern[str]]:
    found = [units.grammar(lang).before, qualifiers.grammar(lang).starts, _LABEL]
    found += [amounts.grammar(lang).before_token, grammar(lang).minus_before]
    found += [t.before for t in ranges.grammar(lang)]
    found.append(change_verbs._verb_before(lang))
    return [p for p in found if p is not None]


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_turned_away_windows_hold_no_match(lang: str) -> None:
    text = _TEXTS[lang]
    told = 0
    for pattern in _patterns(lang):
        told += _last(pattern) is not None
        for stop in range(len(text) + 1):
            for reach in (1, 12, 40):
                low = max(0, stop - reach)
                fast = search_ending(pattern, text, low, stop)
                slow = pattern.search(text, low, stop)
                assert (fast and fast.span()) == (slow and slow.span()), (pattern, stop)
    assert told >= 3  # the turning away is at work for most of the patterns


def test_a_match_is_found_where_the_last_letter_fits() -> None:
    before = units.grammar("en").before
    text = "a quake of magnitude 7"
    assert search_ending(before, text, 0, text.index("7")) is not None
    assert not may_end(before, "a quake at 7", 0, len("a quake at "))


def test_patterns_not_told_are_searched() -> None:
    assert _last(re.compile(r"more than")) is None  # not anchored at the end
    assert _last(re.compile(r"(?:than)?\s*$")) is None  # may match white space only
    assert _last(re.compile(r"(?i:than|[^x])\s*$")) is None  # [^x] may be white space
    assert _last(re.compile(r"(?i:than|[xy])\s*$")) is not None


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_minus_word_found_as_a_search_finds_it(lang: str) -> None:
    g = grammar(lang)
    text = _TEXTS[lang]
    for m in re.finditer(r"\d", text):
        start = m.start()
        slow = None
        if g.minus_before is not None and start and text[start - 1].isspace():
            found = g.minus_before.search(text, max(0, start - 25), start)
            if found is not None and not numbers._not_minus(
                g, text, found.start(), found.group().strip()
            ):
                slow = found.start()
        assert _minus_word(g, text, start) == slow
