"""Number ranges in the ruler's shape read the text as ``recognize`` reads it: counters glued
to each figure, typographic apostrophes, shares in words whose article or figure is a number."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract.recognizers.peer import extract


def _ranges(text: str, lang: str) -> list[tuple[Any, ...]]:
    """Each range found: where it starts, its ends and whether they are included."""
    return [
        (text[p["span"][0] :], p["min"], p["max"], p["min_incl"], p["max_incl"])
        for p in extract(text, lang, None)
        if p["kind"] == "numberrange"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a counter after each figure, digits or numerals
        ("ja", "会場には三人から八人までが残った。", ("三人", 3.0, 8.0, True, False)),
        ("ja", "参加者は40人から60人までだった。", ("40人", 40.0, 60.0, True, False)),
        ("zh", "现场有三人到八人。", ("三人", 3.0, 8.0, True, False)),
        ("ko", "현장에는 30명에서 45명까지 남았다.", ("30명", 30.0, 45.0, True, False)),
        # a range whose second figure is a bound closes on it, included or not
        ("ja", "対象は20人から100人未満の企業だ。", ("20人", 20.0, 100.0, True, False)),
        ("en", "from 20 to at most 100 staff", ("from 20", 20.0, 100.0, True, True)),
        # a typographic apostrophe elides as the ASCII one
        ("fr", "L’usine supprimera jusqu’à 450 postes.", ("jusqu’à", None, 450.0, None, True)),
        # a share named with an article or a figure of its own
        (
            "en",
            "Less than a third of the budget was spent.",
            ("Less than a third", None, 0.333, None, False),
        ),
        (
            "fr",
            "Moins d’un tiers du budget a été dépensé.",
            ("Moins d’un tiers", None, 0.333, None, False),
        ),
        ("zh", "超过一半的选民投了票。", ("超过一半", 0.5, None, False, None)),
    ],
)
def test_range(lang: str, text: str, expected: tuple[Any, ...]) -> None:
    (start, *ends), *more = _ranges(text, lang)
    assert not more
    assert start.startswith(expected[0])
    assert ends == list(expected[1:])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The figure was 300 or less than 400."),
        ("es", "La cifra es igual a 300 o inferior a 400."),
        ("fr", "Le chiffre est égal à 300 ou inférieur à 400."),
    ],
)
def test_alternatives_close_on_no_bound(lang: str, text: str) -> None:
    """Two figures as alternatives are no range when the second is a bound."""
    assert all(r[1:3] != (300.0, 400.0) for r in _ranges(text, lang))
    assert any(r[1:] == (None, 400.0, None, False) for r in _ranges(text, lang))
