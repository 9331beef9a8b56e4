"""The shipped table of CLDR and pycountry place names is what reading them live gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.values import place_names


def test_the_shipped_table_was_built_for_these_languages():
    # only what the project controls: a newer babel or pycountry installed beside an older
    # table is read live (slower, never wrong), which must not fail the tests
    stored = json.loads(place_names.TABLE_FILE.read_text(encoding="utf-8"))
    assert stored["key"]["locales"] == place_names.table_key()["locales"], (
        "regenerate it: python -m factcheck.values.place_names"
    )


def test_the_shipped_table_holds_what_reading_live_gives():
    assert place_names.tables() == place_names.build_tables()


def test_a_table_built_for_other_packages_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = {"key": {"babel": "0"}, "countries": {"atlantis": "AT"}, "regions": {}}
    stale |= {"uncased": {}, "alpha2": ["AT"]}
    path = tmp_path / "place_names.json"
    path.write_text(json.dumps(stale), encoding="utf-8")
    monkeypatch.setattr(place_names, "TABLE_FILE", path)
    place_names.tables.cache_clear()
    try:
        assert "atlantis" not in place_names.tables().countries
        assert place_names.tables().countries["italy"] == "IT"
    finally:
        place_names.tables.cache_clear()


@pytest.mark.parametrize(
    ("name", "code"),
    [("burma", "MM"), ("birmanie", "MM"), ("birmania", "MM"), ("birma", "MM"), ("myanmar", "MM")],
)
def test_each_name_of_a_bracketed_country_name_names_it(name: str, code: str) -> None:
    # CLDR writes "Myanmar (Burma)", "Myanmar (Birmanie)": an article writes either alone
    assert place_names.build_tables().countries[name] == code


def test_a_bracketed_qualifier_takes_no_country_name() -> None:
    # "RAE de Hong Kong (China)": China stays China
    countries = place_names.build_tables().countries
    assert countries["china"] == "CN" and countries["rae de hong kong"] == "HK"
