"""Shortcuts of the scans give the matches the plain scans give: a short pattern's text turned
away by the literals it needs, a look-around the edge scan leaves out, and a qualifier found
with the union of its kinds."""

from __future__ import annotations

import re

import pytest

from factcheck.extract.recognizers.qualifiers import qualify
from factcheck.extract.scan import jump
from factcheck.extract.scan.anchors import Anchors, lacking, needs
from factcheck.extract.scan.jump import finditer
from factcheck.extract.scan.rewrites import edged

WORDS = r"(?<![^\W_])(?:kilos?|istanbul|one\s+third)(?![^\W_])"
TEXTS = [
    "Ten kilos were sold in Istanbul, one third of them on Monday.",
    "Nothing here names any of those words.",
    "Ten \u212ailos (with a Kelvin sign) and İSTANBUL in capitals.",
    "ONE   THIRD and ſome more",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_short_patterns_turned_away_only_without_a_match(text: str, flags: int) -> None:
    pattern = re.compile(WORDS, flags)
    plain = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in finditer(pattern, text)] == plain


def test_a_text_lacking_the_needles_is_turned_away() -> None:
    lacks = lacking(needs(WORDS))
    assert lacks is not None
    assert lacks("Nothing here names any of those words.")
    assert not lacks("a KILO")
    # a character whose case-blind match lower-casing misses is never said to lack one
    assert not lacks("Nothing but ſ here")
    assert not lacks("Nothing but ı here")


def test_nothing_needed_gives_no_test() -> None:
    assert lacking(needs(r"\d+")) is None


def test_lowered_text_is_the_scans_fold_when_nothing_is_tricky() -> None:
    anchors = Anchors([needs(WORDS)])
    text = "Istanbul and Kilos " * 20
    assert anchors.lowered(text) == text.lower()
    assert anchors.lowered("İstanbul") == "istanbul"


MONTHS = r"(?<![^\W_])(?:(?P<d>\d{1,2})\s+(?P<m>mar(?:ch)?(?:\.(?!\s+(?-i:[A-Z])))?))(?![^\W_])"


def test_edge_scan_folds_a_pattern_with_a_case_sensitive_look_ahead() -> None:
    pattern = re.compile(MONTHS, re.IGNORECASE)
    edge = edged(pattern)
    assert edge is not None and edge.folded


@pytest.mark.parametrize(
    "text",
    [
        "On 3 Mar. Then 4 mar. later, 5 MARCH and 6 Mar. Next came.",
        "x 12 mar. A new sentence; 13 Mar.\n14 march",
        "3 Mar.",
    ],
)
def test_edge_scan_with_a_dropped_look_ahead_finds_the_same_matches(text: str) -> None:
    pattern = re.compile(MONTHS, re.IGNORECASE)
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in finditer(pattern, text)] == plain


def test_jump_scans_are_built_at_once_here() -> None:
    assert jump._PLAIN_FIRST < 0


@pytest.mark.parametrize(
    ("lang", "text", "figure", "kind"),
    [
        ("en", "prices of more than 40 dollars", "40", "more_than"),
        ("en", "prices of at least 40 dollars", "40", "at_least"),
        ("en", "the price was 40 dollars", "40", "exact"),
        ("en", "a rise to >= 40 points", "40", "at_least"),
        ("fr", "un prix de plus de 40 euros", "40", "more_than"),
        ("de", "ein Preis von mindestens 40 Euro", "40", "at_least"),
    ],
)
def test_qualifier_before_a_figure(lang: str, text: str, figure: str, kind: str) -> None:
    start = text.index(figure)
    found, begin, _ = qualify(text, lang, start, start + len(figure))
    assert found == kind
    assert (begin < start) == (kind != "exact")
