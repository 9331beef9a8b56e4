"""What the recognizers derive from a language's grammar and data, kept in the cache folder:
patterns rewritten for faster scans, regexes of word lists, CLDR tables, matchers, indexes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cache import derived, patterns

PATTERN = r"(?P<day>\d{1,2})\s+(?P<month>mars|march|marzo)(?:\s+(?P<year>\d{4}))?"


def _case_blind_tree(source: re.Pattern[str]) -> derived.Derivation:
    """A derivation for the tests: the source made case-blind, with its group count."""
    parsed = re._parser.parse(source.pattern, source.flags | re.IGNORECASE)  # type: ignore[attr-defined]
    return parsed, source.flags | re.IGNORECASE, (parsed.state.groups, "case-blind")


def _derive_in_new_process(
    source: re.Pattern[str], modules: tuple[str, ...], build: object
) -> tuple[re.Pattern[str], tuple[object, ...]] | None:
    patterns.uninstall()
    patterns.install()  # as a new process would: the store is read from the folder
    found = derived.derived("test", (source,), modules, build)  # type: ignore[arg-type]
    patterns.flush()
    return found


def _counted_rewrite(
    folder: Path,
) -> tuple[Path, re.Pattern[str], list[int], Callable[[], derived.Derivation]]:
    """A file standing for the rewriting code, the pattern rewritten, the list each
    derivation adds to, and the derivation (case-blind)."""
    code = folder / "rewrite.py"
    code.write_text("version 1", encoding="utf-8")
    source = re.compile(PATTERN)
    calls: list[int] = []

    def build() -> derived.Derivation:
        calls.append(1)
        return _case_blind_tree(source)

    return code, source, calls, build


def test_a_derived_pattern_is_read_back_with_its_facts_without_deriving_again(
    store: Path, tmp_path: Path
) -> None:
    code, source, calls, build = _counted_rewrite(tmp_path)

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

    def build() -> derived.Derivation:
        calls.append(1)
        return None

    source = re.compile("x")
    assert _derive_in_new_process(source, (str(tmp_path / "none.py"),), build) is None
    assert _derive_in_new_process(source, (str(tmp_path / "none.py"),), build) is None
    assert calls == [1]


def test_a_pattern_is_derived_again_when_the_code_deriving_it_changes(
    store: Path, tmp_path: Path
) -> None:
    code, source, calls, build = _counted_rewrite(tmp_path)

    _derive_in_new_process(source, (str(code),), build)
    derived._code_digest.cache_clear()  # a new process reads the changed file
    code.write_text("version 2", encoding="utf-8")
    _derive_in_new_process(source, (str(code),), build)
    assert calls == [1, 1]


def test_without_the_store_a_derivation_is_compiled_as_built(store: Path) -> None:
    patterns.uninstall()
    source = re.compile(PATTERN)
    found = derived.derived("test", (source,), (), lambda: _case_blind_tree(source))
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
        text = derived.derived_text("test", source, (str(tmp_path / "code.py"),), build)
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
    from factcheck.extract.recognizers import time_grammar, units, weekdays
    from factcheck.extract.recognizers.dates import cldr, slots

    for cached in (slots.weekday_numbers, cldr.cldr_templates):
        cached.cache_clear()
    unit_ids = {"quantity": {"length-kilometer": "km"}, "percent": {"concentr-percent": "%"}}
    return [
        slots.weekday_numbers(lang),
        cldr.cldr_templates(lang),
        weekdays._cldr_names(lang, "wide"),
        time_grammar._periods(lang),
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
        return matcher.found, matcher.exact, matcher.stems, months

    first = built()
    assert list(cache.glob("tables/concepts-matcher-*"))
    assert built() == first
    assert first[1]  # every language has concept words


def test_the_place_indexes_read_back_are_the_ones_built(cache: Path) -> None:
    from factcheck.values import places

    def built() -> places._Indexes:
        places._indexes.cache_clear()
        return places._indexes()

    first = built()
    assert list(cache.glob("tables/place-indexes-*"))
    assert built() == first
    assert first.countries[0] and first.stems[0]  # names of countries in every language


def test_a_catalogs_phrases_read_back_from_the_store_are_the_ones_built(store: Path) -> None:
    from factcheck.extract.pipeline import catalog

    words = (
        ("theft.total", ("North Korea", "DPRK"), ("stole", "stolen")),
        ("team.size", ("Monitoring Team",), ("member states", "members")),
    )
    built = catalog._built(words)

    def in_new_process() -> object:
        patterns.uninstall()
        patterns.install()
        catalog._parts.cache_clear()
        found = catalog._parts(words)
        patterns.flush()
        return found

    assert in_new_process() == built
    assert in_new_process() == built  # read back, with each group's topics as a set again


def test_date_template_facts_read_back_from_the_store_are_the_ones_worked_out(
    store: Path,
) -> None:
    from factcheck.extract.recognizers.dates import probes, templates

    atom = r"(?P<a>\ue000\ue001*)"
    cases = ["(?:{WD},? )?{D} {M} {Y}", "{M}(?: {D})?, {Y}", "(?:{QW}|{Q}) quarter {Y}"]
    skeletons = ["(?:from|between) {A} ?[-–] ?{B}", "after {A}", "{A} and {B} onwards"]
    without = [templates.required_slots.__wrapped__(t) for t in cases]
    probed = [probes.marker_probe.__wrapped__(t, atom) for t in skeletons]
    for _ in range(2):  # worked out into the store, then read back as a new process would
        patterns.uninstall()
        patterns.install()
        assert [templates.required_slots.__wrapped__(t) for t in cases] == without
        again = [probes.marker_probe.__wrapped__(t, atom) for t in skeletons]
        assert [p is None for p in again] == [p is None for p in probed] == [False, True, False]
        for kept, worked in zip(again, probed, strict=True):
            if kept is not None and worked is not None:
                marked = "from \ue000\ue001\ue001 – \ue000 and \ue000\ue001 onwards"
                assert [m.span() for m in kept.finditer(marked)] == [
                    m.span() for m in worked.finditer(marked)
                ]
        patterns.flush()
    assert without == [{"D", "M", "Y"}, {"M", "Y"}, {"Y"}]


def test_the_last_characters_of_a_pattern_are_read_back_without_parsing_it_again(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.extract.scan import tails

    sources = [r"(?:more than|at least)\s*$", r"(?i:magnitud(?:e|o)|M[wl]?)\s*$", r"\d+$", "x"]
    worked_out = [tails._last_source(re.compile(s)) for s in sources]
    original = tails._last_source
    calls: list[str] = []

    def counted(pattern: re.Pattern[str]) -> str:
        calls.append(pattern.pattern)
        return original(pattern)

    monkeypatch.setattr(tails, "_last_source", counted)
    for _ in range(2):  # worked out into the store, then read back as a new process would
        patterns.uninstall()
        patterns.install()
        re.purge()  # new pattern objects: nothing is remembered by identity
        kept = [tails._last(re.compile(s)) for s in sources]
        assert [k.pattern if k else "" for k in kept] == worked_out
        patterns.flush()
    assert calls == sources  # once each, by the first "process" only
    assert [bool(w) for w in worked_out] == [True, True, True, False]  # "x" may end anywhere


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_date_slots_read_back_from_the_cache_folder_are_the_ones_built(
    store: Path, lang: str
) -> None:
    from factcheck.extract.recognizers.dates import slots

    built = slots._template_slots.__wrapped__(lang)  # type: ignore[attr-defined]
    for _ in range(2):  # built and kept, then read back as a new process would
        patterns.uninstall()
        patterns.install()
        slots.template_slots.cache_clear()
        assert slots.template_slots(lang) == built
        patterns.flush()
    assert list(store.glob("tables/date-slots-*"))
    assert {"D", "M", "Y", "WD"} <= set(built)


@pytest.mark.parametrize("lang", ["de", "ko"])
def test_a_year_gate_read_back_from_the_cache_folder_is_the_one_worked_out(
    store: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.extract.pipeline import dateline

    worked_out = dateline._year_gate_text.__wrapped__(lang)  # type: ignore[attr-defined]
    original = dateline._templates
    calls: list[str] = []

    def counted(language: str) -> list[str]:
        calls.append(language)
        return original(language)

    monkeypatch.setattr(dateline, "_templates", counted)
    for _ in range(2):  # worked out and kept, then read back as a new process would
        patterns.uninstall()
        patterns.install()
        dateline._year_gate.cache_clear()
        assert dateline._year_gate(lang).pattern == worked_out
        patterns.flush()
    assert calls == [lang]  # by the first "process" only
    assert list(store.glob("tables/year-gate-*"))
    assert dateline._year_gate(lang).search("am 3. Mai 2024" if lang == "de" else "2024년 5월 3일")
