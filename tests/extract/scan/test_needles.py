"""Scans tried where the words a pattern's matches open with stand find exactly the matches
a plain scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.scan import needles
from factcheck.extract.scan.jump import finditer
from factcheck.extract.scan.needles import openings

DAYS = r"(?<![^\W_])(?:monday|tuesday|wednesday|s(?:aturday|unday))(?![^\W_])"
LEADS = r"(?<![^\W_])(?:alle|dalle|verso\s+le|fino\s+alle)\s+(?:\d{1,2}|nove|dieci)(?![^\W_])"
MONTHS = r"(?<![^\W_])(?:ene(?:ro)?|feb(?:rero)?|mar(?:zo)?)\s+(?P<d>\d{1,2})(?![^\W_])"


def test_the_openings_are_the_words_every_match_starts_with():
    found = openings(re.compile(DAYS, re.I))
    assert found is not None
    assert set(found.words) == {"monday", "tuesda", "wednes", "saturd", "sunday"}
    assert "ſ" in found.others  # a long s matches "s" case-blind
    months = openings(re.compile(MONTHS, re.I))
    assert months is not None and set(months.words) == {"ene", "feb", "mar"}


@pytest.mark.parametrize(
    "source",
    [
        r"(?<![^\W_])(?:a|de|la)\s+\d+",  # an opening of one or two letters is a common word
        r"(?<!\w)\d+\s+(?:euros|dollars)",  # digits open it
        r"(?<![^\W_])(?:[a-z]+)day",  # any word opens it
        r"(?<![^\W_])(?:le|la)?\s*\d+",  # it may open with no word
    ],
)
def test_no_openings_where_no_few_words_open_every_match(source: str):
    assert openings(re.compile(source, re.I)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Sunday, MONDAY and xmonday; on Saturday 12 Wednesdays later, tuesday.",
        "alle 9, dalle   dieci, fino alle nove; ballet alle, verso le 3",
        "3 marzo, ene 12 y Feb 3, mar 31; marzo 2 (feb 29)",
        "ſunday and ſaturday: a long s; İstanbul on ıtuesday",
        "nothing here at all",
        "",
    ],
)
@pytest.mark.parametrize("source", [DAYS, LEADS, MONTHS])
def test_same_matches_as_a_plain_scan(text: str, source: str):
    pattern = re.compile(source, re.IGNORECASE)
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in finditer(pattern, text)] == plain


def test_dense_openings_are_scanned_as_before(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(needles, "_DENSE", 2)
    pattern = re.compile(DAYS, re.IGNORECASE)
    text = "monday sunday monday tuesday"
    assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["sunday", "Monday", "alle", "fino", "ene", "mar", "marzo", "12", "3", " ", "  ",
             ",", "x", "_", "İ", "ſ", "verso", "le", "dieci", "day", "s", "\n"]
        ),
        max_size=20,
    ),
    st.sampled_from([DAYS, LEADS, MONTHS]),
)  # fmt: skip
def test_same_matches_on_any_text(parts: list[str], source: str):
    text = "".join(parts)
    pattern = re.compile(source, re.IGNORECASE)
    assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
