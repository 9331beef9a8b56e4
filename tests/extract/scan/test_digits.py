"""Patterns read with ASCII digits find, in a text whose digits are all ASCII, what the
patterns themselves find; a text with other digits is read with the patterns themselves."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.scan.digits import _OTHER_DIGITS, ascii_digits, plain_digits
from factcheck.extract.scan.jump import finditer


@pytest.mark.parametrize(
    ("source", "twin"),
    [
        (r"\d+", "[0-9]+"),
        (r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})*", r"(?<![0-9.,])[0-9]{1,3}(?:[.,][0-9]{3})*"),
        (r"\D\d", "[^0-9][0-9]"),
        (r"[]\d]x", "[]0-9]x"),
        (r"[^]\d]", "[^]0-9]"),
        (r"\\d\d", r"\\d[0-9]"),  # an escaped backslash, then a digit class
        (r"(?P<d>\w+)\s", None),  # no digit class
        (r"[^\D]", None),  # a \D in a set: no range writes it
    ],
)
def test_digit_classes_are_written_as_ascii_ranges(source: str, twin: str | None):
    assert ascii_digits(source) == twin


def test_every_decimal_digit_beyond_ascii_is_seen():
    digit = re.compile(r"\d")
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        assert (digit.match(char) is not None) == char.isdecimal()
        if char.isdecimal():
            assert _OTHER_DIGITS.match(char), hex(code)


@pytest.mark.parametrize(
    ("text", "plain"),
    [("le 3 mars, 12 €", True), ("café 2024 – «x»", True), ("عام ٢٠٢٤", False), ("२०२४", False)],
)
def test_a_text_with_only_ascii_digits_is_told(text: str, plain: bool):
    assert plain_digits(text) is plain


PATTERNS = [
    r"(?<![\w.,])(?P<int>\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+)(?:,(?P<frac>\d+))?",
    r"(?<![^\W_])(?:le|el)\s+(?P<d>\d{1,2})(?!\d)",
    r"\D{2}\d",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["12", "3", "1.200", ",5", "٢٠", "४", "௧", " ", "le ", "el", "x", "é"]),
        max_size=16,
    ),
    st.sampled_from(PATTERNS),
)
def test_same_matches_whatever_digits_a_text_writes(parts: list[str], source: str):
    text = "".join(parts)
    pattern = re.compile(source, re.IGNORECASE)
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in finditer(pattern, text)] == plain
