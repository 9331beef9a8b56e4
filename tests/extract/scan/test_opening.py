"""Patterns compiled with the set a match opens with, and with their classes compiled once,
find exactly the matches the pattern finds."""

from __future__ import annotations

import re

import pytest

from factcheck.cache.patterns import compiled_now
from factcheck.extract.scan import jump
from factcheck.extract.scan.opening import opened, sought
from factcheck.extract.scan.sets import compact

_IDEOGRAPH_EDGE = r"(?<![^\W_々〇㐀-䶿一-鿿豈-\ufaff])"
TEXT = (
    "报道称，2024年3月5日上午，约1,200人在H1 2024与h2之间撤离；x2023年不算。"
    "Hello ÜBER über HELLO xhello 12kg 7 月 3 日 二〇二四年 Ⓐ 𐐀b 1990er."
)
PATTERNS = [
    _IDEOGRAPH_EDGE + r"(?:(?P<a>(?P<y>1[89]\d\d|20\d\d)年)|(?P<b>[Hh](?P<h>[12])))",
    _IDEOGRAPH_EDGE + r"(?:(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|[〇一二三四]{4}年)",
    r"(?<!\w)(?:(?P<a>hello)|(?P<b>über))(?!\w)",
    r"(?:(?<![\-−])(?P<neg>[-−])\s*)?(?<![.,])\d{1,3}(?:,\d{3})*(?:kg|人)?",
    r"(?<![^\W\d_])(?:ⓐ|𐐀)\w?",
]


@pytest.mark.parametrize("source", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_same_matches(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    fast = opened(pattern)
    assert fast is not None
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(TEXT)]
    assert plain  # the text holds matches of every pattern
    assert [(m.span(), m.groupdict()) for m in fast.finditer(TEXT)] == plain


def test_no_opening_set_when_a_match_may_be_empty() -> None:
    assert opened(re.compile(r"(?<!\w)\d*")) is None
    assert opened(re.compile(r"(?<!\d)(?:\d{2}|(?=\d{4}))")) is None


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_compact_classes_match_the_same(flags: int) -> None:
    from re import _parser  # type: ignore[attr-defined]

    source = _IDEOGRAPH_EDGE + r"[a-zä々〇㐀-䶿一-鿿\U00020000-\U0002a6df]+(?![^\W\d_])"
    pattern = re.compile(source, flags)
    parsed = _parser.parse(source, flags)
    derivation = compact((parsed, flags, ()))
    assert derivation is not None
    fast = compiled_now(derivation[0], flags)
    text = TEXT + " Äpfel 𠀀𠀁 abc"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", PATTERNS)
def test_same_matches_before_the_jump_scan(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Between the first few thousand characters and the jump scan's build, a pattern scans
    with its opening set: the same matches."""
    monkeypatch.setattr(jump, "_OPENED_FIRST", -1)
    monkeypatch.setattr(jump, "_PLAIN_FIRST", 10**9)
    pattern = re.compile(source, re.IGNORECASE)
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(TEXT)]
    assert [(m.span(), m.groupdict()) for m in jump.finditer(pattern, TEXT)] == plain
    assert jump._entry(pattern)[2] is None  # no jump scan built yet


SOUGHT = [
    r"(?:(?<![\w.,])-\s*)?(?>\d+|(?=,\d))(?:,\d+(?![.,]\d))?",
    r"(?<!\w)(?<![.,:])(?:\d{1,2}(?!\d)|(?=\d{4} ?[A-Z]))",
    r"(?=[ab])x?",
    r"(?=[ab])(?:|a)",  # an empty match, then a longer one at the same place
]
SOUGHT_TEXT = "a ,5 -3,25 ,5.1 x b la 2024 Madrid 7 .5 ..5 ab, ,,5 -,5 12 345 bb ba 0,1"


@pytest.mark.parametrize("source", SOUGHT)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_sought_scan_finds_the_matches_also_where_one_is_empty(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    fast = sought(pattern)
    assert fast is not None
    plain = [(m.span(), m.groups()) for m in pattern.finditer(SOUGHT_TEXT)]
    assert any(m[0][0] == m[0][1] for m in plain)  # the text holds an empty match
    found = jump._sought_finditer(fast.search, pattern, SOUGHT_TEXT)
    assert [(m.span(), m.groups()) for m in found] == plain


def test_no_sought_scan_where_a_match_may_start_anywhere() -> None:
    assert sought(re.compile(r"(?<!\w)\d*")) is None
