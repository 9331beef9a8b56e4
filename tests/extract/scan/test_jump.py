"""Jumping scans find exactly the matches a plain scan finds."""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]

import pytest

from factcheck.cache import patterns
from factcheck.extract.recognizers.place_scan import cased_place_names as _hits
from factcheck.extract.scan import jump
from factcheck.extract.scan.behind import behind_led
from factcheck.extract.scan.boundaries import rare_boundaries
from factcheck.extract.scan.fold import fold
from factcheck.extract.scan.jump import finditer
from factcheck.extract.scan.rewrites import edged, first_chars, guarded, literal_led, starter

TEXT = (
    "Le 3 mars 2024, l'Australie et la Corée du Sud ; 12Chile, x-Peru 1,200 DPRK.\n"
    "Bis 2025-10-22 (Q3 2024) stieg es um 2,8 % – İstanbul, ıİ ǅa 𐐀b Ⓐ 20s 1990er."
)
PATTERNS = [
    r"(?<![\w.,/\-])(?:1[89]\d\d|20\d\d)(?![\w/]|[.,]\d|-\d)",
    r"(?<![^\W_])(?:(?P<a>\d{1,2}) (?P<b>mars|march)|(?P<c>[Qq][1-4]) \d{4})(?![^\W_])",
    r"(?<![^\W_])(?:le|la|bis|ǅa)\s+\w+",
    r"\d*x",
    r"(?<!\w)[a-zé]+",
    r"(?<![\s,])\w",
    r"(?<![^\W_])(?:stieg)\s+\w+",
    r"(?<![^\W_])istanbul(?![^\W_])",
    r"(?<![^\W_])(?:(?-i:[XVI]{1,3})|\d{1,2})e?\s+(?:siècle|jahrhundert|bis)",
]


@pytest.mark.parametrize("source", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_same_matches(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(TEXT)]
    assert [(m.span(), m.groupdict()) for m in finditer(pattern, TEXT)] == plain
    assert [(m.span(), m.groupdict()) for m in guarded(pattern).finditer(TEXT)] == plain


def test_no_jump_when_a_match_can_start_anywhere() -> None:
    assert starter(re.compile(r"\w*x")) is None
    assert starter(re.compile(r"(?<![^\W_])(?:le|la)", re.I)) is None
    assert starter(re.compile(r"(?<!\w)\d+")) is not None


def test_country_names_from_capital_heads() -> None:
    found = [(TEXT[s:e], code) for s, e, code in _hits(TEXT)]
    # "x-Peru" is one word whose head is no name; a region's name is read too (İstanbul)
    assert found == [
        ("l'Australie", "AU"),
        ("Corée du Sud", "KR"),
        ("Chile", "CL"),
        ("DPRK", "KP"),
        ("İstanbul", "TR-34"),
    ]


def test_literal_first_scan_for_look_behind_and_literal_led_patterns() -> None:
    today = re.compile(r"(?<![^\W_])(?:today)(?![^\W_])", re.I)
    lead = literal_led(today)
    assert lead is not None and lead[1]  # folded: case-sensitive over lower-cased text
    text = "Today, today and TODAY; not yesterday nor todays or xtoday"
    assert [m.span() for m in finditer(today, text)] == [m.span() for m in today.finditer(text)]
    assert len(list(finditer(today, text))) == 3
    assert literal_led(re.compile(r"(?<![^\W_])(?:oggi|ora)", re.I)) is None  # one letter
    assert literal_led(re.compile(r"(?<=\s)today")) is None


@pytest.mark.parametrize(
    "text",
    [
        "la x le, (le) «la» 3le",  # usual boundaries only
        "₭le la ≤la x≤ Ⓐle",  # rarer ones right before a possible match
        "₭ le ≤ x",  # rarer ones before no possible match
    ],
)
@pytest.mark.parametrize("source", [r"(?<![^\W_])(?:le|la)", r"(?<!\w)l[ae]"])
def test_edge_scans_over_usual_and_rare_boundaries(text: str, source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    edge = edged(pattern)
    assert edge is not None and edge.common is not None
    assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_rare_boundaries_are_the_unlisted_non_word_characters() -> None:
    text = "₭5, ≤ 3 — Ⓐ_x"
    assert [text[i] for i in rare_boundaries(text)] == ["₭", "≤", "Ⓐ"]


def test_edge_scan_for_look_behind_led_patterns() -> None:
    assert edged(re.compile(r"(?<![^\W_])(?:le|la)", re.I)) is not None
    assert edged(re.compile(r"(?<!\w)[a-z]+")) is not None
    assert edged(re.compile(r"(?<!\w\w)[a-z]+")) is None
    assert edged(re.compile(r"(?<=\s)[a-z]+")) is None
    words = re.compile(r"(?<!\w)\w", re.I)
    # a match at the very start, and matches right after one another
    assert [m.start() for m in finditer(words, "ab c,d")] == [0, 3, 5]


CASED = "İstanbul ıi Iİ ſk Kelvin KM ß ẞ ς Σσ ǅa ǄǆA 𐐀𐐨 É é\u0301 _is ist-kı SK"
FOLDED = [
    r"(?<![^\W_])(?:is|ist|kı|sk|ǆ|ss|σ|é)\w*",
    r"(?<!\w)[a-z]+",
    r"(?<!\w)k[^k\s]",
    r"(?<![^\W_])(?:i|İ|ı)(?!\w)",
    r"(?<!\w)[0-9a-f]+",
]


@pytest.mark.parametrize("source", FOLDED)
def test_case_blind_scans_over_folded_text(source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    edge = edged(pattern)
    assert edge is not None and edge[1]  # scanned case-sensitively over the folded text
    plain = [(m.span(), m.groups()) for m in pattern.finditer(CASED)]
    assert [(m.span(), m.groups()) for m in finditer(pattern, CASED)] == plain


def test_fold_keeps_offsets() -> None:
    assert fold("İİ aB ẞ") == "İİ ab ß"
    assert len(fold(CASED)) == len(CASED)


def test_the_first_texts_are_scanned_by_the_engine_then_by_jumps(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(jump, "_PLAIN_FIRST", 30)
    monkeypatch.setattr(jump, "_scanned", {})
    pattern = re.compile(r"(?<![^\W_])(?:march|mars|marzo)\b", re.IGNORECASE)
    text = "In March, mars and Marzo; marching is not one. " * 2
    built = []
    monkeypatch.setattr(jump, "starter", lambda p: built.append(p))
    expected = [m.span() for m in pattern.finditer(text)]
    head = [m.span() for m in pattern.finditer(text[:20])]
    assert [m.span() for m in jump.finditer(pattern, text[:20])] == head
    assert built == []
    assert [m.span() for m in jump.finditer(pattern, text)] == expected
    assert built == [pattern]


def test_a_part_of_a_pattern_is_jumped_once_the_whole_has_read_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(jump, "_PLAIN_FIRST", 30)
    monkeypatch.setattr(jump, "_scanned", {})
    whole = re.compile(r"(?<![^\W_])(?:march|mars|marzo)\b", re.IGNORECASE)
    part = re.compile(r"(?<![^\W_])(?:march)\b", re.IGNORECASE)
    text = "In March, mars and Marzo; marching is not one. "
    built = []
    monkeypatch.setattr(jump, "starter", lambda p: built.append(p))
    assert [m.span() for m in jump.finditer(whole, text)] == [(3, 8), (10, 14), (19, 24)]
    assert built == [whole]
    # the part has read nothing itself: the whole's reading builds its jump scan
    assert [m.span() for m in jump.finditer(part, text[:12], whole)] == [(3, 8)]
    assert built == [whole, part]


@pytest.mark.parametrize(
    "source", [r"(?<![^\W_])(?:march|mars|marzo)\b", r"(?<![\w.])\d{1,2}\s+(?:march|mars)\b"]
)
def test_a_scan_a_run_before_built_is_built_at_once(
    store: Path, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    monkeypatch.setattr(jump, "_PLAIN_FIRST", 10_000)
    # a pattern of this test's own: no scan of it built, nothing derived from it in memory
    pattern = re.compile(source + "(?#built before)", re.IGNORECASE)
    text = "On 3 March, 4 mars and 5 Marzo; marching is not one. "
    expected = [m.span() for m in pattern.finditer(text)]

    def run() -> list[tuple[int, int]]:
        """Scan ``text`` in a new process: the store read afresh, nothing built in memory."""
        patterns.uninstall()
        patterns.install()
        monkeypatch.setattr(jump, "_scanned", {})
        found = [m.span() for m in jump.finditer(pattern, text)]
        patterns.flush()
        return found

    assert run() == expected
    assert jump._scanned[id(pattern)][2] is None  # none built before: the engine's own scan
    monkeypatch.setattr(jump, "_PLAIN_FIRST", -1)
    assert run() == expected  # built, its parts kept in the store
    monkeypatch.setattr(jump, "_PLAIN_FIRST", 10_000)
    assert run() == expected
    assert jump._scanned[id(pattern)][2] is not None  # built at once from the store


EMPTY_OR_AHEAD = [
    # a look-ahead says what the character at a match's start is, even when nothing is consumed
    r"(?:(?<![\w.,])-\s*)?(?>\d+|(?=,\d))(?:,\d+(?![.,]\d))?",
    r"(?=[ab])x?",
    r"(?<!\w)(?>\d+|(?=\.\d))(?:\.\d+)?",
    r"(?<![^\W_])(?=[lt])(?:le|la|\d)?",
]
AHEAD_TEXT = "a ,5 -3,25 ,5.1 x b la le ta 7 .5 ..5 ab, ,,5 -,5"


@pytest.mark.parametrize("source", EMPTY_OR_AHEAD)
def test_matches_that_may_be_empty_or_start_on_a_look_ahead(source: str) -> None:
    pattern = re.compile(source)
    plain = [(m.span(), m.groups()) for m in pattern.finditer(AHEAD_TEXT)]
    assert [(m.span(), m.groups()) for m in finditer(pattern, AHEAD_TEXT)] == plain
    assert [(m.span(), m.groups()) for m in guarded(pattern).finditer(AHEAD_TEXT)] == plain


def test_a_look_ahead_or_an_atomic_group_gives_the_first_characters() -> None:
    assert starter(re.compile(r"(?<![\w.,])(?>\d+|(?=,\d))(?:,\d+)?")) is not None
    assert starter(re.compile(r"(?>\d+)x")) is not None
    assert starter(re.compile(r"(?=\w)x?")) is None  # letters are too common to jump to


def test_a_part_that_stops_telling_case_gives_its_first_characters() -> None:
    stops = _parser.parse(r"(?:(?-i:[XVI]+)|\d+)\s*世纪", re.IGNORECASE)
    assert first_chars(stops) is not None
    # one that starts telling case, in a pattern that does, would give too few
    starts = _parser.parse(r"(?:(?i:[XVI]+)|\d+)\s*世纪")
    assert first_chars(starts) is None


def test_look_behinds_move_after_the_first_character_the_engine_skips_to() -> None:
    year = re.compile(r"(?<![\w.])(?<!\d-)(?:1[89]\d\d|20\d\d)(?!\d)")
    led = behind_led(year)
    assert led is not None
    assert [m.span() for m in led.finditer("a2024 2024 x-2019 1-2020")] == [(6, 10), (13, 17)]
    # a leading repeat is taken once first, so that the engine can skip to its class
    hours = behind_led(re.compile(r"(?<!\w)\d{1,2}h"))
    assert hours is not None
    assert [m.span() for m in hours.finditer("1h 12h 123h x1h")] == [(0, 2), (3, 6)]
    # no look-behind: the repeat alone is taken once first
    digits = behind_led(re.compile(r"\d+x"))
    assert digits is not None
    assert [m.span() for m in digits.finditer("x 12x 3x")] == [(2, 5), (6, 8)]
    # no one class a match starts with: nothing to skip to
    assert behind_led(re.compile(r"(?<!\w)(?:ab)*c")) is None


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, 2020 and 2021-2022, not x2023 nor 1.1999 nor 7-2018; 1850 too.",
        # the look-behinds fail again and again (years glued to words), then hold
        "a2001 b2002 c2003 d2004 e2005 f2006 g2007 2008 h2009 2010 at 7 or 12",
    ],
)
@pytest.mark.parametrize(
    "source",
    [r"(?<![\w.])(?<!\d-)(?:1[89]\d\d|20\d\d)(?!\d)", r"(?<!\w)\d{1,2}(?!\d)", r"(?<!\w)\d+?0"],
)
def test_a_scan_by_the_body_finds_the_patterns_matches(text: str, source: str) -> None:
    pattern = re.compile(source)
    expected = [m.span() for m in pattern.finditer(text)]
    assert expected
    assert [m.span() for m in finditer(pattern, text)] == expected
