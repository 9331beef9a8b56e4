"""Sentence breaks: a full stop ends a sentence, except where it marks a day before its month."""

from __future__ import annotations

import pytest

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
