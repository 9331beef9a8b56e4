"""A language's grammars kept whole in the cache folder: read back instead of built, each
pattern handed to the engine as the program it runs, built again when anything it is built
from changes."""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from factcheck.cache import derived, patterns, snapshots
from factcheck.cache.programs import from_program, record_of


@dataclass(frozen=True)
class _Grammar:
    """A small grammar for the tests: a pattern compiled from text, one derived from a
    parsed pattern (no text), and plain data."""

    words: re.Pattern[str]
    derived: re.Pattern[str]
    names: dict[str, int]


_SOURCE = r"(?P<day>\d{1,2})\s+(?P<month>mai|may|mayo)"


def _counted(builds: list[str]) -> Callable[[str], _Grammar]:
    """A grammar function kept by ``snapshot``, noting each build in ``builds``."""

    @snapshots.snapshot("test-grammar")
    def grammar(lang: str) -> _Grammar:
        builds.append(lang)
        source = re.compile(_SOURCE)
        parsed = re._parser.parse(source.pattern, re.IGNORECASE)  # type: ignore[attr-defined]
        found = derived.derived("test-blind", (source,), (), lambda: (parsed, re.IGNORECASE, ()))
        assert found is not None
        return _Grammar(source, found[0], {"mai": 5})

    return grammar


def _new_process() -> None:
    """As a new process: the store installed afresh, nothing compiled in memory."""
    patterns.uninstall()
    re.purge()
    patterns.install()


def test_a_grammar_is_read_back_instead_of_built(store: Path) -> None:
    builds: list[str] = []
    _new_process()
    built = _counted(builds)("fr")
    patterns.flush()
    _new_process()
    read = _counted(builds)("fr")
    assert builds == ["fr"]
    assert read is not built and read.names == {"mai": 5}
    text = "le 3 MAI et le 14 mai"
    for pattern in ("words", "derived"):
        got = [(m.span(), m.groupdict()) for m in getattr(read, pattern).finditer(text)]
        want = [(m.span(), m.groupdict()) for m in getattr(built, pattern).finditer(text)]
        assert got == want
    assert len(want) == 2  # the derived pattern is case-blind: both days
    assert read.derived.pattern is None and record_of(read.derived) is not None


def test_each_language_is_kept_apart(store: Path) -> None:
    builds: list[str] = []
    _new_process()
    for lang in ("fr", "es", "fr", "es"):
        _counted(builds)(lang)
    assert builds == ["fr", "es"]


def test_a_change_to_the_code_builds_the_grammar_again(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds: list[str] = []
    _new_process()
    _counted(builds)("fr")
    monkeypatch.setattr(snapshots, "_code", lambda: "other code")
    _counted(builds)("fr")
    _counted(builds)("fr")
    assert builds == ["fr", "fr"]


def test_a_damaged_snapshot_is_built_again(store: Path) -> None:
    builds: list[str] = []
    _new_process()
    _counted(builds)("fr")
    (kept,) = (store / "tables").glob("test-grammar-fr-*.pickle")
    data = kept.read_bytes()
    kept.write_bytes(data[:-40] + bytes(40))
    again = _counted(builds)("fr")
    assert builds == ["fr", "fr"]
    assert again.words.search("le 3 mai") is not None


def test_without_the_store_a_grammar_is_built_each_time_and_not_kept(store: Path) -> None:
    builds: list[str] = []
    _counted(builds)("fr")
    _counted(builds)("fr")
    assert builds == ["fr", "fr"]
    assert not list(store.glob("tables/test-grammar-*"))


def test_a_pattern_whose_program_is_unknown_keeps_nothing(store: Path) -> None:
    import _sre  # type: ignore[import-not-found]

    _new_process()
    record = record_of(re.compile(r"\d+ mai"))
    assert record is not None
    known = from_program(None, *record)  # handed to the engine by the store's code
    assert record_of(known) == record
    assert snapshots._dumped(_Grammar(re.compile("mai"), known, {})) is not None
    # the same program handed to the engine by other code: no record to keep it by
    typecode = next(c for c in "HIL" if array(c).itemsize == _sre.CODESIZE)
    code = array(typecode, record[1]).tolist()
    alien = _sre.compile(None, record[0], code, record[2], record[3], record[4])
    assert alien.search("le 12 mai") is not None and record_of(alien) is None
    assert snapshots._dumped(_Grammar(re.compile("mai"), alien, {})) is None


@pytest.fixture
def grammars() -> Iterator[tuple[Callable[[str], object], ...]]:
    """Every grammar kept by ``snapshot``, emptied of what was built before and after."""
    from factcheck.extract.recognizers import amounts, number_grammar, qualifiers, units
    from factcheck.extract.recognizers.dates.grammar import grammar as dates
    from factcheck.extract.recognizers.time_grammar import grammar as times

    kept = (
        dates,
        times,
        amounts.grammar,
        units.grammar,
        number_grammar.grammar,
        qualifiers.grammar,
    )
    for cached in kept:
        cached.cache_clear()  # type: ignore[attr-defined]
    yield kept
    for cached in kept:
        cached.cache_clear()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 3 March 2024, at 14:30 GMT, about 1.5 million people paid $20."),
        ("fr", "Le 3 mars 2024 à 14 h 30, environ 1,5 million de personnes ont payé 20 €."),
        ("de", "Am 3. März 2024 um 14:30 Uhr zahlten rund 1,5 Millionen Menschen 20 Euro."),
        ("ja", "2024年3月3日午後2時30分、約150万人が20ドルを支払った。"),
    ],
)
def test_a_language_read_back_recognizes_what_it_built_does(
    store: Path, grammars: tuple[Callable[[str], object], ...], lang: str, text: str
) -> None:
    from factcheck.extract.recognizers import recognize

    def found() -> list[tuple[object, ...]]:
        for cached in grammars:
            cached.cache_clear()  # type: ignore[attr-defined]
        values = recognize(text, lang, date(2024, 3, 4))
        return [(m.kind, m.start, m.end, m.value) for m in values]

    built = found()  # no store: built
    assert {kind for kind, *_ in built} >= {"date", "amount"}
    _new_process()
    found()  # built and kept
    patterns.flush()
    _new_process()
    assert found() == built  # read back
    for name in ("dates", "time", "currency", "unit", "number", "qualifier"):
        assert list(store.glob(f"tables/{name}-grammar-{lang}-*.pickle")), name
