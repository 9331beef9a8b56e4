"""The date patterns' needs kept between runs: recalled as they were worked out."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.recognizers.dates import needs_cache
from factcheck.extract.recognizers.dates.needs_cache import NeedsCache
from factcheck.extract.scan import needs

SOURCES = [r"(?:between|from) \d+ and \d+", r"(?i:mars|avril) 20\d\d", r"\d+[-/]\d+"]


def test_needs_are_kept_and_recalled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
    first = NeedsCache("xx")
    worked = [first.needs(s) for s in SOURCES]
    first.save()
    assert [p.name.startswith("date-needs-xx-") for p in (tmp_path / "tables").iterdir()] == [True]
    recalled = NeedsCache("xx")

    def not_again(source: str) -> None:
        raise AssertionError(f"worked out again: {source}")

    monkeypatch.setattr(needs_cache, "needs", not_again)
    assert [recalled.needs(s) for s in SOURCES] == worked == [needs(s) for s in SOURCES]


def test_an_unreadable_file_is_worked_around(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
    NeedsCache("xx").save()  # nothing worked out: nothing written
    assert list(tmp_path.iterdir()) == []
    kept = NeedsCache("xx")
    kept.needs(SOURCES[0])
    kept.save()
    (path,) = (tmp_path / "tables").iterdir()
    path.write_text("{not json", "utf-8")
    assert NeedsCache("xx").needs(SOURCES[0]) == needs(SOURCES[0])
