"""Long texts are read window by window, cut at line breaks: the values are those of a
whole-text reading whenever no value spans a cut."""

from __future__ import annotations

import importlib
from datetime import date
from itertools import pairwise

import pytest

from factcheck.extract.recognizers import recognize
from factcheck.extract.recognizers.windows import windows

LINES = [
    "The board met on 3 March 2024 and said at least $2.8 billion had gone missing.",
    "Some 1,200 staff in 11 countries, including Chile and Peru, were told last October.",
    "",
    "Sales grew between January 2024 and September 2025, to about 40 EUR million.",
    "Nobody answered the phone that afternoon.",
]


def test_windows_cover_the_text_and_end_at_line_breaks():
    text = "\n".join(LINES * 50)
    cuts = windows(text, 500)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(cuts))
    assert all(end - start <= 500 and text[end - 1] == "\n" for start, end in cuts[:-1])


def test_a_line_longer_than_a_window_is_cut_at_white_space():
    text = "word " * 1000
    cuts = windows(text, 300)
    assert all(text[end - 1] == " " for _, end in cuts[:-1])


def test_windowed_values_are_the_whole_texts(monkeypatch: pytest.MonkeyPatch):
    text = "\n".join(LINES * 40)
    published = date(2025, 10, 22)
    whole = recognize(text, "en", published)
    module = importlib.import_module("factcheck.extract.recognizers.recognize")
    monkeypatch.setattr(module, "WINDOW", 700)
    windowed = recognize(text, "en", published)
    assert len(windows(text, 700)) > 10
    assert windowed == whole
    assert {m.kind for m in whole} >= {"date", "period", "amount", "count", "set"}
