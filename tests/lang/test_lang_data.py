"""The language folders: what they hold is read, and a folder is all a language needs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import factcheck.lang as lang_data
from factcheck.lang import (
    LanguageDataError,
    cldr_locales,
    languages,
    section,
    supported,
    vocabulary,
)
from factcheck.lang.lexicon import load
from factcheck.topics.similarity import canonical_property
from factcheck.values.places import country_code
from factcheck.values.set import region_code

# the sections a language's folder may hold; a new kind of data adds its name here
KNOWN = {
    "language",
    "numbers",
    "currencies",
    "qualifiers",
    "dates",
    "countries",
    "attach",
    "boilerplate",
    "properties",
    "subjects",
    "concepts",
    "facets",
    "units",
    "times",
    "nouns",
    "weekdays",
}


def _fresh(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    """Point the loader at ``root`` and forget what it read from the real folders."""
    monkeypatch.setattr(lang_data, "ROOT", root)
    lang_data.forget()


@pytest.fixture
def copy_of_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    root = tmp_path / "lang"
    shutil.copytree(lang_data.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    _fresh(monkeypatch, root)
    yield root
    lang_data.forget()


def test_the_languages_are_the_folders():
    folders = sorted(p.name for p in lang_data.ROOT.iterdir() if p.is_dir() and p.name[0] != "_")
    assert list(languages()) == [f for f in folders if f != "__pycache__"]
    assert {"en", "it", "fr", "tr", "nb", "de", "es", "pt", "nl"} <= set(languages())


@pytest.mark.parametrize("lang", languages())
def test_every_file_of_a_language_is_a_known_section(lang):
    names = {p.stem for p in (lang_data.ROOT / lang).glob("*.yaml")}
    assert names <= KNOWN, names - KNOWN
    assert {"language", "numbers", "dates", "countries"} <= names


def test_tags_map_to_their_folder_by_the_aliases_it_declares():
    assert supported("nb-NO") == "nb"
    assert supported("no") == "nb" and supported("nn") == "nb"
    assert supported("de_AT") == "de"
    with pytest.raises(ValueError, match="unsupported language 'xx'"):
        supported("xx")


def test_a_new_folder_is_a_new_language(copy_of_lang):
    shutil.copytree(copy_of_lang / "en", copy_of_lang / "xx")
    (copy_of_lang / "xx" / "language.yaml").write_text("name: Test\naliases: [yy]\n")
    assert "xx" in languages()
    assert supported("yy-ZZ") == "xx"


def test_a_vocabulary_is_keyed_by_the_shared_ids(copy_of_lang):
    for existing in copy_of_lang.glob("*/concepts.yaml"):
        existing.unlink()
    (copy_of_lang / "_shared" / "concepts.yaml").write_text("ids: [deaths, injured]\n")
    (copy_of_lang / "en" / "concepts.yaml").write_text("deaths: [dead, killed]\n")
    (copy_of_lang / "it" / "concepts.yaml").write_text("deaths: [morti]\ninjured: [feriti]\n")
    assert vocabulary("concepts") == {"deaths": ("dead", "killed", "morti"), "injured": ("feriti",)}


def test_a_vocabulary_word_under_an_unknown_id_is_an_error(copy_of_lang):
    (copy_of_lang / "fr" / "properties.yaml").write_text("fondu: [fondé]\n")
    with pytest.raises(
        LanguageDataError, match=r"fr/properties.yaml: unknown properties id 'fondu'"
    ):
        vocabulary("properties")


def test_property_words_of_every_language_share_their_canonical_name():
    assert canonical_property("istituito") == "founded"
    assert canonical_property("Gegründet") == "founded"
    assert canonical_property("çalınan") == "stolen"
    assert canonical_property("a word of no language") == "a word of no language"


def test_country_aliases_of_each_language_are_read():
    for lang in languages():
        for code, names in section(lang, "countries", "aliases").items():
            for name in names:
                assert country_code(name) == code, (lang, name)


def test_two_capitals_are_an_iso_code_first_and_an_alias_else():
    assert country_code("ES") == "ES"
    assert country_code("VS") == "US"  # Dutch "Verenigde Staten"
    assert country_code("QQ") is None


def test_a_folder_may_draw_on_several_cldr_locales():
    assert cldr_locales("pt") == ("pt", "pt_PT")
    assert cldr_locales("de") == ("de",)
    scales = load("pt").scales
    # Brazil's billion is 10⁹; Portugal's is 10¹², and it says "mil milhões" for 10⁹
    assert scales["bilhão"] == 10**9
    assert scales["bilião"] == 10**12
    assert scales["mil milhões"] == 10**9
    assert load("pt").currency_words["dólares dos estados unidos"] == "USD"  # Portugal's name


def test_region_aliases_of_each_language_are_read():
    for lang in languages():
        for code, names in section(lang, "countries", "regions").items():
            for name in names:
                assert region_code(name) == code, (lang, name)
    # pycountry's own names and their translations are read too
    assert region_code("Andalusië") == "ES-AN" and region_code("Bahia") == "BR-BA"


def test_a_language_reads_the_cldr_locales_it_names(copy_of_lang):
    from factcheck.lang.lexicon import load

    shutil.copytree(copy_of_lang / "en", copy_of_lang / "xx")
    (copy_of_lang / "xx" / "language.yaml").write_text("name: Test\ncldr: [zh, zh_Hant]\n")
    load.cache_clear()
    try:
        lex = load("xx")
        # CLDR's compact forms say what a scale word is worth by its zeros: "0万" at 10000
        assert lex.scales["万"] == 10**4 and lex.scales["萬"] == 10**4
        assert lex.scales["亿"] == 10**8 and lex.scales["億"] == 10**8
        assert lex.currency_words["欧元"] == lex.currency_words["歐元"] == "EUR"
        assert lex.months["三月"] == 3
    finally:
        load.cache_clear()


def test_scale_words_of_thousands_keep_their_worth():
    from factcheck.lang.lexicon import load

    assert load("fr").scales["mille"] == 1000 and load("it").scales["mila"] == 1000
    assert load("en").scales["billion"] == 10**9
