"""The anchor prefilter changes no result: narrowed scans find what the full patterns find."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cache import patterns
from factcheck.extract.recognizers.dates import grammar as date_grammar
from factcheck.extract.recognizers.dates.find import find_dates
from factcheck.extract.recognizers.dates.probes import figures, marker_probe
from factcheck.extract.recognizers.dates.scans import Scan
from factcheck.extract.recognizers.dates.slots import BARE, BARE_REST, FULL, FULL_REST
from factcheck.extract.recognizers.dates.templates import compile_templates, required_slots
from factcheck.extract.scan.anchors import Anchors, needs, present
from factcheck.extract.scan.fold import cased_planes

TEXTS = {
    "en": "Early 2023 the fund lost $4 million. From 12/03/2021 to 5 May 2022 it grew; two years "
    "ago it had 30 staff. Sales fell in Q3 2024 and in the 1990s, since March 2020 and "
    "before the end of 2019. Last year, next month and the past 3 quarters were quiet today.",
    "it": "Dal 3 marzo 2021 al 4 aprile 2022 i ricavi sono saliti; due anni fa erano 7 milioni di "
    "euro. A metà 2020 e nel primo trimestre 2024 il calo. Lo scorso ottobre, oggi.",
    "fr": "Entre janvier 2020 et mars 2021, les pertes ont atteint 3 milliards d'euros. Il y a "
    "deux ans, depuis le 1er mai 2019, et fin 2018 aussi. Le mois dernier, aujourd'hui.",
    "tr": "İSTANBUL'da 3 Mart 2024'te toplandı; Ocak 2024 ile Eylül 2025 arasında MAYIS ayında "
    "2 yıl önce 5 milyar dolar kayboldu. Geçen ekim ve 2020'ler de anıldı. Bugün.",
    "nb": "Fra 1. januar 2020 til 31. mars 2021 falt salget. For to år siden, i fjor, og siden "
    "2019 har 4 millioner kroner forsvunnet. Tidlig 2018 og i dag.",
    "de": "Vom 3. März 2021 bis 4. April 2022 stiegen die Umsätze; vor zwei Jahren waren es 7 "
    "Millionen Euro. Anfang 2020, im ersten Quartal 2024 und seit Mai 2019. Heute.",
    "es": "Entre enero de 2020 y marzo de 2021 se perdieron 3 millones de euros. Hace dos años, "
    "desde el 1 de mayo de 2019 y a finales de 2018. El mes pasado, hoy.",
}


class _Everything(Scan):
    """A scan whose prefilter lets every template and pattern through."""

    def finditer(self, g, family):  # type: ignore[no-untyped-def]
        return getattr(g, family).pattern.finditer(self.text)

    def gated(self, patterns, skeleton):  # type: ignore[no-untyped-def]
        for pattern, _ in patterns:
            yield from pattern.finditer(skeleton)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_prefiltered_dates_equal_full_scan(lang, monkeypatch):
    text = TEXTS[lang] + "\n" + TEXTS[lang].upper() + "\n" + TEXTS[lang].lower()
    published = date(2025, 10, 22)
    narrowed = find_dates(text, lang, published)
    monkeypatch.setattr("factcheck.extract.recognizers.dates.find.Scan", _Everything)
    assert find_dates(text, lang, published) == narrowed
    assert narrowed  # the texts do hold dates


# texts with month names and figures but no four-digit year: the templates holding a year
# are turned away by their year's probe, the others still run
NO_YEAR = {
    "en": "On Friday 28 March at 14.20 some 1,700 people and 300 more, 6.4 in magnitude; "
    "by 3/4 of them, from 12 to 19 May, 24th April.",
    "it": "Venerdì 28 marzo alle 14.20, oltre 1.700 morti e almeno 300 dispersi; dal 12 al 19 "
    "maggio, il 24 aprile, magnitudo 6,4.",
    "de": "Am Freitag, 28. März um 14.20 Uhr mehr als 1.700 Tote; vom 12. bis 19. Mai, am 24. "
    "April, Stärke 6,4.",
    "ja": "3月28日午後2時20分、1700人以上が死亡し、300人が行方不明。5月12日から19日まで。",
}


@pytest.mark.parametrize("lang", sorted(NO_YEAR))
@pytest.mark.parametrize("published", [date(2025, 3, 29), None])
def test_probed_slots_change_no_date(lang, published, monkeypatch):
    narrowed = find_dates(NO_YEAR[lang], lang, published)
    monkeypatch.setattr("factcheck.extract.recognizers.dates.find.Scan", _Everything)
    assert find_dates(NO_YEAR[lang], lang, published) == narrowed
    assert narrowed


def test_year_templates_are_not_scanned_without_a_year():
    scan = Scan(NO_YEAR["it"], date_grammar.grammar("it"))
    assert not list(scan.finditer(scan.grammar, "cldr"))
    assert scan._probed["Y"] is False  # the year's probe turned the year templates away


def test_required_slots_are_those_every_match_holds():
    assert required_slots("(?:{WD},? )?{D} {M} {Y}") == {"D", "M", "Y"}
    assert required_slots("{M}(?: {D})?, {Y}") == {"M", "Y"}
    assert required_slots("(?:{QW}|{Q}) quarter {Y}") == {"Y"}
    assert required_slots("(?:{D} {M}|{M} {D}) {Y}") == {"D", "M", "Y"}
    assert required_slots("{Y}+ {MM}* {DD}?") == {"Y"}


def test_a_narrowed_family_matches_as_the_whole_where_the_rest_cannot():
    slots = {"Y": r"(?:19|20)\d\d", "M": "may|june", "D": r"\d\d?"}
    family = compile_templates(["{D} {M} {Y}", "{M} {Y}", "{M} {D}"], slots)
    text = "On May 4 the June 12 meeting, June 2021 and may 3."
    whole = [(family.groups(m), m.span()) for m in family.pattern.finditer(text)]
    narrowed = family.narrowed([1, 2])  # no "{D} {M} {Y}" in the text
    assert [(family.groups(m), m.span()) for m in narrowed.finditer(text)] == whole
    assert [index for (index, _), _ in whole] == [2, 2, 1, 2]
    assert family.narrowed([0, 1, 2]) is family.pattern


def test_slots_in_figures_are_probed_and_words_are_not():
    assert figures(r"(?:1[89]\d\d|20\d\d)(?!\d)")
    assert figures(r"[〇一二三四五六七八九]{4}")
    assert not figures("(?:may|june)")
    assert not figures(r"\d+(?:st|nd)")


def test_a_skeleton_template_is_probed_from_its_atom_on():
    atom = f"(?P<a>{FULL}{FULL_REST}*|{BARE}{BARE_REST}*)"
    probe = marker_probe("(?:from|between) {A} ?[-–] ?{B}", atom)
    assert probe is not None
    assert probe.search(f"from {BARE}{BARE_REST} – {FULL}")
    assert not probe.search(f"from {BARE}{BARE_REST} and {FULL}")
    assert marker_probe("after {A}", atom) is None  # the atom alone says nothing more
    assert marker_probe("(?:since {A})? now", atom) is None  # no atom in every match


@pytest.mark.parametrize("size", [3, 12, 40])
def test_a_group_is_found_by_its_shortest_needles_as_by_all(size):
    group = frozenset(
        [f"w{i}" for i in range(size)] + [f"w{i}x" for i in range(size)] + ["zq", "azqb"]
    )
    for low in ("a w3x b", "azqb", "w1", "nothing here", f"w{size - 1}x"):
        assert present((group,), low, {}) == any(n in low for n in group)


_NEEDLES = st.text(alphabet="ab c'", min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.frozensets(_NEEDLES, min_size=1, max_size=40), st.text(alphabet="ab c'", max_size=30))
def test_any_group_is_found_exactly_where_one_of_its_needles_is(group, low):
    assert present((group,), low, {}) == any(n in low for n in group)


def test_needs_are_what_every_match_contains():
    need = needs(r"(?:the\s+)?(?:last|past)\s+\d+\s+(?:years?|months?)\s+ago")
    assert frozenset({"ago"}) in need
    assert frozenset({"year", "years", "month", "months"}) in need


def test_case_blind_letters_fold_like_the_regex_engine():
    need = needs("mayıs|nisan")
    anchors = Anchors([need])
    folded = anchors.fold(need)
    for text in ("MAYIS", "Mayis", "NİSAN", "nisan"):
        assert present(folded, anchors.lowered(text), {})
    assert not present(folded, anchors.lowered("mart"), {})


def test_the_cased_planes_hold_every_character_with_a_case():
    planes = cased_planes()
    assert planes == "".join(map(chr, range(len(planes))))
    above = (chr(c) for c in range(len(planes), 0x110000))
    assert all(c.lower() == c == c.upper() for c in above)


def test_case_blind_letters_beyond_ascii_fold_together():
    need = needs("kelvin|saga")
    anchors = Anchors([need])
    folded = anchors.fold(need)
    # the Kelvin sign matches "k" and the long s matches "s" case-blind in the regex engine
    for text in ("\u212aELVIN", "\u017fAGA", "Kelvin"):
        assert re.search("kelvin|saga", text, re.I)
        assert present(folded, anchors.lowered(text), {})
    assert not present(folded, anchors.lowered("melvin"), {})


def test_every_language_grammar_has_anchors():
    for lang in TEXTS:
        g = date_grammar.grammar(lang)
        assert set(g.needs) >= {"atoms", "numeric", "bare"}


def _never(*_: object) -> object:
    raise AssertionError("worked out again instead of read back")


@pytest.mark.parametrize("words", ["mayıs|nisan", "kelvin|saga", "straße|größe", "ΣΟΦΙΑ|ἀρχή"])
def test_a_fold_read_back_from_the_store_is_the_one_worked_out(
    store: Path, monkeypatch: pytest.MonkeyPatch, words: str
) -> None:
    from factcheck.extract.scan import anchors as anchors_module

    alphabet = frozenset(words.replace("|", ""))
    worked_out = anchors_module._folded(alphabet)
    patterns.install()
    for time in range(2):  # worked out and kept, then read back
        if time:
            monkeypatch.setattr(anchors_module, "_folded", _never)
        anchors_module._fold.cache_clear()
        stand_in, tricky = anchors_module._fold(alphabet)
        assert sorted(stand_in.items()) == worked_out[0]
        assert list(tricky) == worked_out[1]
        patterns.flush()
        patterns.uninstall()
        patterns.install()
    anchors_module._fold.cache_clear()


@pytest.mark.parametrize(
    "source",
    [r"(?:the\s+)?(?:last|past)\s+\d+\s+(?:years?|months?)\s+ago", r"(?i:hoy|ayer)\b", r"\d+"],
)
def test_the_needs_of_a_jump_scan_read_back_from_the_store_are_the_ones_worked_out(
    store: Path, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    from factcheck.extract.scan import jump

    pattern = re.compile(source, re.IGNORECASE)
    worked_out = needs(pattern.pattern, pattern.flags)
    patterns.install()
    assert jump._needs(pattern) == worked_out
    patterns.flush()
    patterns.uninstall()
    patterns.install()
    monkeypatch.setattr(jump, "needs", _never)  # read back, not worked out again
    assert jump._needs(pattern) == worked_out


def test_a_large_needle_group_is_read_back_from_the_store_as_worked_out(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.extract.scan import anchors as anchors_module

    # forty town names and two that hold one of them: only the forty are looked for
    names = [f"{stem}{end}" for stem in ("vila", "porto", "monte", "san") for end in "abcdefghij"]
    group = frozenset([*names, "vilabnova", "sancarlos"])
    shortest = anchors_module._shortest(group)
    assert shortest == tuple(sorted(names))
    patterns.install()
    first = anchors_module._finder_parts(group)
    patterns.flush()
    patterns.uninstall()
    patterns.install()
    monkeypatch.setattr(anchors_module, "_shortest", _never)
    assert (
        anchors_module._finder_parts(group)
        == first
        == (shortest, anchors_module.needle_trie(shortest))
    )
    assert re.compile(first[1]).search("la fiesta de sancarlos") is not None
    assert re.compile(first[1]).search("la fiesta de santiago") is None
