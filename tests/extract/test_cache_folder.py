"""Derived data kept in the cache folder: read back whole or not at all, never stale."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import factcheck.lang as lang_data
from factcheck.cache import patterns
from factcheck.cache.files import read_blob, write_blob
from factcheck.cache.tables import kept
from factcheck.lang.lexicon import load


def test_a_blob_is_read_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "blob"
    assert write_blob(path, b"one\ntwo")
    assert read_blob(path) == b"one\ntwo"
    assert [p.name for p in path.parent.iterdir()] == ["blob"]  # no temporary file left


@pytest.mark.parametrize("damage", ["cut", "changed", "foreign", "absent"])
def test_a_damaged_blob_reads_as_absent(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "blob"
    write_blob(path, b"some derived data")
    raw = path.read_bytes()
    if damage == "cut":
        path.write_bytes(raw[:-3])
    elif damage == "changed":
        path.write_bytes(raw.replace(b"derived", b"DERIVED"))
    elif damage == "foreign":
        path.write_bytes(b"some derived data")
    else:
        path.unlink()
    assert read_blob(path) is None


def test_an_unwritable_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert not write_blob(blocker / "cache" / "blob", b"data")
    assert read_blob(blocker / "cache" / "blob") is None


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_derived_once_then_read_back(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.yaml"
    source.write_text("a: 1\n")
    calls: list[int] = []

    def build() -> dict[str, str | None]:
        calls.append(1)
        return {"zeta": "x", "alpha": None}

    first = kept("words", "en", ["babel"], [source], build)
    again = kept("words", "en", ["babel"], [source], build)
    assert first == again == {"zeta": "x", "alpha": None}
    assert list(again) == ["zeta", "alpha"]  # order kept: it may spell a pattern
    assert len(calls) == 1


def test_a_table_is_derived_again_when_what_it_comes_from_changes(
    cache: Path, tmp_path: Path
) -> None:
    source = tmp_path / "words.yaml"
    source.write_text("a: 1\n")
    assert kept("words", "en", [], [source], lambda: ["old"]) == ["old"]
    source.write_text("a: 2\n")
    assert kept("words", "en", [], [source], lambda: ["new"]) == ["new"]
    assert kept("words", "fr", [], [source], lambda: ["other"]) == ["other"]


def test_a_damaged_table_is_derived_again(cache: Path, tmp_path: Path) -> None:
    assert kept("words", "en", [], [], lambda: ["first"]) == ["first"]
    (written,) = (cache / "tables").iterdir()
    written.write_bytes(written.read_bytes()[:-2])
    assert kept("words", "en", [], [], lambda: ["again"]) == ["again"]


@pytest.fixture
def store(cache: Path) -> Iterator[Path]:
    patterns.uninstall()
    yield cache
    patterns.uninstall()
    re.purge()


PATTERN = r"(?P<day>\d{1,2})\s+(?P<month>mars|march|marzo)(?:\s+(?P<year>\d{4}))?"


def test_a_pattern_compiled_by_an_earlier_process_is_not_parsed_again(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = re.compile(PATTERN).search("on 3 march 2024").groupdict()
    patterns.install()
    re.purge()
    re.compile(PATTERN)
    patterns.flush()
    patterns.uninstall()

    patterns.install()  # as a new process would: the store is read from the folder
    re.purge()

    def parse(*args: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(re._parser, "parse", parse)  # type: ignore[attr-defined]
    compiled = re.compile(PATTERN)
    assert compiled.search("on 3 march 2024").groupdict() == expected  # type: ignore[union-attr]
    assert compiled.groupindex == {"day": 1, "month": 2, "year": 3}


def test_a_damaged_store_is_ignored(store: Path) -> None:
    patterns.install()
    re.purge()
    re.compile(PATTERN)
    patterns.flush()
    patterns.uninstall()
    for path in store.glob("re-*/*.rei"):
        path.write_bytes(path.read_bytes()[:100])
    (next(store.glob("re-*")) / "junk.rei").write_bytes(b"\x00\xff" * 50)
    patterns.install()
    re.purge()
    assert re.compile(PATTERN).fullmatch("12 marzo") is not None


def test_a_store_in_an_unwritable_folder_still_compiles(unwritable_cache: Path) -> None:
    patterns.uninstall()
    try:
        patterns.install()
        re.purge()
        assert re.compile(PATTERN).match("3 mars") is not None
        patterns.flush()
        assert not unwritable_cache.exists()
    finally:
        patterns.uninstall()
        re.purge()


def test_only_the_latest_versions_of_a_table_are_kept(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.yaml"
    for version in range(7):
        source.write_text(f"version: {version}\n")
        assert kept("words", "en", [], [source], lambda v=version: [v]) == [version]
        kept("words", "fr", [], [], lambda: ["fr"])
    names = sorted(p.name.rsplit("-", 1)[0] for p in (cache / "tables").iterdir())
    assert names == ["words-en"] * 4 + ["words-fr"]


def test_a_lexicon_read_back_is_the_one_merged(cache: Path) -> None:
    lang_data.forget()
    load.cache_clear()
    merged = load("pt")
    assert any((cache / "tables").glob("lexicon-pt-*"))
    lang_data.forget()
    load.cache_clear()
    again = load("pt")  # the data files and the lexicon read back from the cache folder
    assert again == merged
    assert again.data is lang_data.sections("pt")
    lang_data.forget()
    load.cache_clear()


def test_a_changed_data_file_is_parsed_again(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "lang"
    shutil.copytree(lang_data.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setattr(lang_data, "ROOT", root)
    lang_data.forget()
    assert lang_data.sections("it")["numbers"]
    lang_data.forget()
    (root / "it" / "numbers.yaml").write_text("decimal: '.'\n", encoding="utf-8")
    assert lang_data.sections("it")["numbers"] == {"decimal": "."}
    assert lang_data.section("it", "numbers", "decimal") == "."
    lang_data.forget()


def _store_file(store: Path, *sources: str) -> None:
    """Compile ``sources`` as a process of their own would, and write what it compiled."""
    patterns.install()
    re.purge()
    for source in sources:
        re.compile(source)
    patterns.flush()
    patterns.uninstall()
    re.purge()


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(*args: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(re._parser, "parse", parse)  # type: ignore[attr-defined]


def test_a_damaged_record_is_compiled_again_and_the_others_are_read(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = r"(?P<n>\d+)\s*(?:km|miles)"
    _store_file(store, PATTERN, other)
    (path,) = store.glob("re-*/*.rei")
    data = path.read_bytes()
    # the record of PATTERN holds its text: damage a character of it
    at = data.rindex(b"marzo")
    path.write_bytes(data[:at] + b"X" + data[at + 1 :])
    patterns.install()
    re.purge()
    assert re.compile(PATTERN).fullmatch("12 marzo") is not None
    _no_parsing(monkeypatch)
    assert re.compile(other).fullmatch("12 km") is not None


def test_many_files_are_merged_but_the_largest_is_kept_as_it_is(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = "|".join(f"word{i}" for i in range(2000))
    _store_file(store, f"(?:{words})", PATTERN)
    (largest,) = store.glob("re-*/*.rei")
    small = [rf"x{i}\d+y" for i in range(patterns._MERGE_OVER)]
    for source in small:
        _store_file(store, source)
    assert len(list(store.glob("re-*/*.rei"))) == patterns._MERGE_OVER + 1
    patterns.install()  # merges the small files into one
    patterns.uninstall()
    files = sorted(store.glob("re-*/*.rei"))
    assert len(files) == 2 and largest in files
    patterns.install()
    re.purge()
    _no_parsing(monkeypatch)
    for source in [*small, PATTERN, f"(?:{words})"]:
        assert re.compile(source).pattern == source


def _case_blind_tree(source: re.Pattern[str]) -> patterns.Derivation:
    """A derivation for the tests: the source made case-blind, with its group count."""
    parsed = re._parser.parse(source.pattern, source.flags | re.IGNORECASE)  # type: ignore[attr-defined]
    return parsed, source.flags | re.IGNORECASE, (parsed.state.groups, "case-blind")


def _derive_in_new_process(
    source: re.Pattern[str], modules: tuple[str, ...], build: object
) -> tuple[re.Pattern[str], tuple[object, ...]] | None:
    patterns.uninstall()
    patterns.install()  # as a new process would: the store is read from the folder
    found = patterns.derived("test", (source,), modules, build)  # type: ignore[arg-type]
    patterns.flush()
    return found


def test_a_derived_pattern_is_read_back_with_its_facts_without_deriving_again(
    store: Path, tmp_path: Path
) -> None:
    code = tmp_path / "rewrite.py"
    code.write_text("version 1", encoding="utf-8")
    source = re.compile(PATTERN)
    calls: list[int] = []

    def build() -> patterns.Derivation:
        calls.append(1)
        return _case_blind_tree(source)

    first = _derive_in_new_process(source, (str(code),), build)
    again = _derive_in_new_process(source, (str(code),), build)
    assert calls == [1]
    assert first is not None and again is not None
    assert again[1] == first[1] == (4, "case-blind")
    match = again[0].search("on 3 MARCH 2024")
    assert match is not None and match.group("month") == "MARCH"
    assert again[0].groupindex == re.compile(PATTERN, re.IGNORECASE).groupindex


def test_a_derivation_that_gives_nothing_is_kept_as_nothing(store: Path, tmp_path: Path) -> None:
    calls: list[int] = []

    def build() -> patterns.Derivation:
        calls.append(1)
        return None

    source = re.compile("x")
    assert _derive_in_new_process(source, (str(tmp_path / "none.py"),), build) is None
    assert _derive_in_new_process(source, (str(tmp_path / "none.py"),), build) is None
    assert calls == [1]


def test_a_pattern_is_derived_again_when_the_code_deriving_it_changes(
    store: Path, tmp_path: Path
) -> None:
    code = tmp_path / "rewrite.py"
    code.write_text("version 1", encoding="utf-8")
    source = re.compile(PATTERN)
    calls: list[int] = []

    def build() -> patterns.Derivation:
        calls.append(1)
        return _case_blind_tree(source)

    _derive_in_new_process(source, (str(code),), build)
    patterns._code_digest.cache_clear()  # a new process reads the changed file
    code.write_text("version 2", encoding="utf-8")
    _derive_in_new_process(source, (str(code),), build)
    assert calls == [1, 1]


def test_without_the_store_a_derivation_is_compiled_as_built(store: Path) -> None:
    patterns.uninstall()
    source = re.compile(PATTERN)
    found = patterns.derived("test", (source,), (), lambda: _case_blind_tree(source))
    assert found is not None
    assert found[0].fullmatch("12 MARZO 2020") is not None


def test_a_derived_text_is_read_back_without_building_it_again(store: Path, tmp_path: Path) -> None:
    calls: list[str] = []

    def build() -> str:
        calls.append("built")
        return "(?:north|south)"

    def in_new_process(source: str) -> str:
        patterns.uninstall()
        patterns.install()
        text = patterns.derived_text("test", source, (str(tmp_path / "code.py"),), build)
        patterns.flush()
        return text

    assert in_new_process("north south") == "(?:north|south)"
    assert in_new_process("north south") == "(?:north|south)"
    assert calls == ["built"]
    in_new_process("north south east")  # another source is another record
    assert calls == ["built", "built"]


def test_a_long_word_list_gives_the_same_trie_from_the_store(store: Path) -> None:
    from factcheck.extract.recognizers.words import trie

    names = [f"Ville {n}" for n in range(40)] + ["Vila Nova", "Vilnius"]
    built = trie(names)
    patterns.install()
    trie(names)
    patterns.flush()
    patterns.uninstall()
    patterns.install()
    assert trie(reversed(names)) == built
    assert re.fullmatch(built, "Ville\t12") is not None


def _cldr_tables(lang: str) -> list[object]:
    from factcheck.extract.recognizers import times, units, weekdays
    from factcheck.extract.recognizers.dates import cldr, slots

    for cached in (slots.weekday_numbers, cldr.cldr_templates):
        cached.cache_clear()
    unit_ids = {"quantity": {"length-kilometer": "km"}, "percent": {"concentr-percent": "%"}}
    return [
        slots.weekday_numbers(lang),
        cldr.cldr_templates(lang),
        weekdays._cldr_names(lang, "wide"),
        times._periods(lang),
        units._cldr_forms(lang, unit_ids),
    ]


@pytest.mark.parametrize("lang", ["fr", "ja", "pt"])
def test_cldr_tables_read_back_from_the_cache_folder_are_the_ones_derived(
    cache: Path, lang: str
) -> None:
    derived = _cldr_tables(lang)
    assert list(cache.glob("tables/weekday-names-*"))
    read_back = _cldr_tables(lang)
    assert read_back == derived
    assert read_back[0] and read_back[4][0]  # CLDR names weekdays and kilometres everywhere


def test_cldr_unit_forms_are_kept_per_list_of_units_read(cache: Path) -> None:
    from factcheck.extract.recognizers import units

    kilometres = units._cldr_forms("fr", {"quantity": {"length-kilometer": "km"}})
    metres = units._cldr_forms("fr", {"quantity": {"length-meter": "m"}})
    assert {u.unit for u in kilometres[0].values()} == {"km"}
    assert {u.unit for u in metres[0].values()} == {"m"}


@pytest.mark.parametrize("lang", ["de", "zh"])
def test_a_concept_matcher_read_back_is_the_one_built(cache: Path, lang: str) -> None:
    from factcheck.extract.pipeline import concepts, sentences

    def built() -> tuple[object, ...]:
        concepts.concept_matcher.cache_clear()
        sentences._month_after_ordinal.cache_clear()
        matcher = concepts.concept_matcher(lang)
        months = sentences._month_after_ordinal(lang)
        return matcher.pattern, matcher.starts, matcher.exact, matcher.stems, months

    first = built()
    assert list(cache.glob("tables/concepts-matcher-*"))
    assert built() == first
    assert first[2]  # every language has concept words


def test_the_place_indexes_read_back_are_the_ones_built(cache: Path) -> None:
    from factcheck.values import places

    def built() -> tuple[object, object]:
        places._index.cache_clear()
        places._region_index.cache_clear()
        return places._index(), places._region_index()

    first = built()
    assert list(cache.glob("tables/place-index-*")) and list(cache.glob("tables/region-index-*"))
    assert built() == first
    assert first[0][0]  # names of countries in every language
