"""The words grouping reads from every language, kept in the cache folder and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.topics import similarity


def test_the_grouping_words_read_back_are_the_ones_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "cache"))

    def built() -> tuple[str, str, str]:
        similarity._words.cache_clear()
        similarity._acronym_stopwords.cache_clear()
        return (
            similarity.canonical_property("istituito"),
            similarity.canonical_property("gegründet"),
            similarity.initials(["bank", "of", "england"]),
        )

    first = built()
    assert list((tmp_path / "cache" / "tables").glob("grouping-words-*"))
    assert built() == first == ("founded", "founded", "be")
