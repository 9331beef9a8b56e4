"""Derived data kept in the cache folder: read back whole or not at all, never stale."""

from __future__ import annotations

import re
import shutil
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


def test_only_the_small_files_are_merged_when_two_are_large(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = "|".join(f"word{i}" for i in range(2000))
    others = "|".join(f"other{i}" for i in range(1500))
    _store_file(store, f"(?:{words})")
    _store_file(store, f"(?:{others})")
    large = {path: path.read_bytes() for path in store.glob("re-*/*.rei")}
    small = [rf"x{i}\d+y" for i in range(patterns._MERGE_OVER - 1)]  # one past the limit
    for source in small:
        _store_file(store, source)
    patterns.install()  # merges the small files into one, and leaves both large ones be
    patterns.uninstall()
    files = sorted(store.glob("re-*/*.rei"))
    assert len(files) == 3
    assert all(path in files and path.read_bytes() == data for path, data in large.items())
    patterns.install()
    re.purge()
    _no_parsing(monkeypatch)
    for source in [*small, f"(?:{words})", f"(?:{others})"]:
        assert re.compile(source).pattern == source


def test_a_table_read_back_counts_as_used_when_its_versions_are_dropped(cache: Path) -> None:
    import os

    from factcheck.cache.files import drop_older, read_blob, write_blob

    folder = cache / "tables"
    for key, written in (("aaaa", 1), ("bbbb", 2), ("cccc", 3)):
        assert write_blob(folder / f"names-en-{key}.json", b"{}")
        os.utime(folder / f"names-en-{key}.json", (written, written))
    assert read_blob(folder / "names-en-aaaa.json") == b"{}"  # the oldest, used now
    drop_older(folder, "names-en", 2)
    assert sorted(p.name for p in folder.iterdir()) == ["names-en-aaaa.json", "names-en-cccc.json"]
