"""Sentence breaks: a full stop ends a sentence, except where it marks a day before its month."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.pipeline import sentences
from factcheck.extract.pipeline.sentences import split_sentences


def _sentences(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("de", "Am 3. März 2024 brach das Feuer aus. Niemand wurde verletzt.", "Am 3. März 2024"),
        ("nb", "Den 17. mai var byen full av folk. Alle feiret.", "Den 17. mai var"),
    ],
)
def test_a_day_written_with_its_dot_before_the_month_ends_no_sentence(
    lang: str, text: str, first: str
) -> None:
    sentences = _sentences(text, lang)
    assert len(sentences) == 2 and sentences[0].startswith(first), sentences


def test_a_figure_at_the_end_of_a_sentence_still_ends_it() -> None:
    assert len(_sentences("Die Zahl der Toten stieg auf 28. Am Abend kam Regen.", "de")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Read\nmore here. Cookies\nare used.\nYou may\nalso like this.\n© 2025 Newsletter",
        "read more\nmore cookies. And a sentence long enough to be no heading at all, here.",
        "x\n\nnewsletter signup for every reader of this page, daily and free of charge.\n \n",
        # a marker across the break ("read\nmore") holds the start of the next line's own
        "A line of the body with no stop at its end, long enough to be no heading, to read\n"
        "moread also this line, which is long enough to be no heading at all, as it ends.",
        "A long sentence of the article body, with no marker in it at all, ends here.\nRead\n"
        "also: the cookie policy of this site, which every reader should read once, today.",
    ],
)
def test_boilerplate_lines_are_those_the_marker_finds_in_each(text: str) -> None:
    marker = sentences._boilerplate("en")
    for s in split_sentences(text, "en"):
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        final = sentences._FINAL.search(line) is not None
        heading = (not final and sentences._words(line, "en") <= 16) or line.rstrip().endswith(
            "..."
        )
        assert s.body == (not heading and marker.search(line) is None)


# the breaks as a search at every place finds them: after a stop seen behind
_BREAK_BEHIND = re.compile(
    r"(?<=[.!?…])[\"»”’)]*\s+(?=[«\"“(]?[^\W_]*[A-ZÀ-ÖØ-ÞĞİŞ\d])"
    r"|(?:(?<=[。！？])|(?<=[。！？][」』”’）)]))(?![」』”’）)])\s*(?=\S)"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='.!?…。！？」』”’）)"»«“( \n\tAaZé1Ş_xİ', max_size=16))
def test_the_breaks_found_from_their_stop_are_those_found_at_every_place(text: str) -> None:
    for line in re.finditer(r"[^\n]+", text):
        behind = _BREAK_BEHIND.finditer(text, line.start(), line.end())
        found = sentences._BREAK.finditer(text, line.start(), line.end())
        assert [(max(m.start(1), m.start(2)), m.end()) for m in found] == [m.span() for m in behind]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "태풍이 새벽에 상륙했다. 주민들은 대피했다."),
        ("ko", "다리가 무너졌다! 구조대가 도착했다."),
        ("ja", "Der Text ist kurz. 東京では雨が降った。"),
    ],
)
def test_a_letter_of_a_script_without_capitals_opens_a_sentence_after_a_stop(
    lang: str, text: str
) -> None:
    assert len(_sentences(text, lang)) == 2, _sentences(text, lang)


def test_a_lower_case_letter_after_a_stop_still_opens_none() -> None:
    assert len(_sentences("The ship left at 3 p.m. and sank.", "en")) == 1
