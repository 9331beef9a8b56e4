"""A text folded for the catalog and vocabulary words: per character, with its offsets."""

from __future__ import annotations

import pytest

from factcheck.extract.pipeline.catalog import _fold_char, fold_with_map


@pytest.mark.parametrize(
    "text",
    [
        "Die Straße ist 12 km lang",  # ß folds to two characters
        "Çalışanların %40'ı İstanbul’da",
        "L’Élysée a dit: «Non»",
        "東京都の人口は1400万人",
        "ﬁnance ﬂows",  # ligatures fold to two characters
        "",
    ],
)
def test_a_fold_is_each_characters_fold_with_its_offsets(text: str) -> None:
    fold_with_map.cache_clear()
    folded, where = fold_with_map(text)
    assert folded == "".join(_fold_char(ch) for ch in text)
    expected = [i for i, ch in enumerate(text) for _ in _fold_char(ch)] + [len(text)]
    assert list(where) == expected
