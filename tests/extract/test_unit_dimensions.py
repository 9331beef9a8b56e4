"""The dimension of a measure's unit, read from a kept table instead of pint when drafting."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.pipeline import unit_dimensions
from factcheck.lang import languages
from factcheck.values.quantity import dimension


@pytest.mark.parametrize("lang", languages())
def test_the_table_gives_pints_dimension_for_every_unit_a_language_reads(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
    unit_dimensions._table.cache_clear()
    units = unit_dimensions._units(lang)
    assert units
    for unit in units:
        assert unit_dimensions.unit_dimension(unit, lang) == dimension(unit), unit
    unit_dimensions._table.cache_clear()
    kept = list((tmp_path / "tables").glob("unit-dimensions-*"))
    assert kept, "the table is kept in the cache folder"
    assert unit_dimensions._table(lang) == {u: dimension(u) for u in units}


def test_a_unit_outside_the_table_is_asked_of_pint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
    unit_dimensions._table.cache_clear()
    assert "mile" not in unit_dimensions._table("en")
    assert unit_dimensions.unit_dimension("mile", "en") == "[length]"
    assert unit_dimensions.unit_dimension("no-such-unit", "en") is None
