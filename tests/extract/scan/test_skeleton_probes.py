"""The probes around a skeleton's atoms change no result: a skeleton pattern they turn away
matches nowhere, and one led by its atom, tried at the markers only, finds what a scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cache import patterns as pattern_store
from factcheck.extract.recognizers.dates.atoms import Scan
from factcheck.extract.recognizers.dates.grammar import Gated, grammar, skeleton_probes
from factcheck.extract.recognizers.dates.probes import before_probe
from factcheck.extract.recognizers.dates.slots import BARE, BARE_REST, FULL, FULL_REST, atom_heads
from factcheck.lang import languages


def test_a_template_is_probed_backwards_from_its_atom():
    probe = before_probe("(?:since |ever )?from(?: the)? {A}", BARE)
    assert probe is not None
    assert probe.search(f"sales grew from the {BARE}{BARE_REST} on"[::-1])
    assert probe.search(f"ever from {BARE}"[::-1])
    assert not probe.search(f"grew frm {BARE}{BARE_REST}"[::-1])
    assert not probe.search(f"grew from {FULL}{FULL_REST}"[::-1])  # another marker's atom


def test_the_run_probed_stops_at_the_slot_before_the_atom():
    probe = before_probe("{N} {UNIT} (?:before|after) {A}", FULL)
    assert probe is not None
    assert probe.search(f"whatever came after {FULL}"[::-1])
    assert not probe.search(f"whatever came later than {FULL}"[::-1])


def test_no_probe_where_nothing_must_precede_the_atom():
    assert before_probe("{A} and later", FULL) is None
    assert before_probe("(?:from )?{A}", FULL) is None
    assert before_probe("(?:from {A}|since)", FULL) is None  # the atom is inside a branch


def test_an_atom_slot_is_known_by_its_markers():
    assert atom_heads(f"(?P<a>{FULL}{FULL_REST}*|{BARE}{BARE_REST}*)") == (FULL, BARE)
    assert atom_heads(f"(?P<a>{BARE}{BARE_REST}*)") == (BARE,)
    assert atom_heads("(?:first|last)") == ()


def _skeleton_patterns(lang: str) -> Gated:
    g = grammar(lang)
    families = [g.ranges, g.lists, *g.open.values(), *g.offsets.values(), *g.modifiers.values()]
    return [item for family in families for item in family]


def _words(patterns: Gated) -> list[str]:
    """Words the patterns spell, to build skeletons they may match."""
    found = {w for p, _ in patterns for w in re.findall(r"[^\W\d_]{1,12}", p.pattern)}
    return sorted(w for w in found if w not in {"P", "a", "b", "n", "unit", "de", "now"})[:400]


@pytest.mark.parametrize("lang", languages())
def test_probed_scans_find_what_whole_scans_find(lang: str):
    patterns = _skeleton_patterns(lang)
    probed = [p for p, _ in patterns if skeleton_probes(p) is not None]
    assert probed, "every language has skeleton patterns around an atom"
    atoms = [FULL, FULL + FULL_REST * 3, BARE, BARE + BARE_REST]
    pieces = st.sampled_from([*_words(patterns), *atoms, " ", " ", "-", ", ", "'", "2", "的"])
    # skeletons holding matches of one of the patterns among other words
    texts = st.sampled_from(probed).flatmap(
        lambda p: st.lists(st.one_of(pieces, st.from_regex(p, fullmatch=True)), max_size=8)
    )

    @settings(max_examples=80, deadline=None)
    @given(texts)
    def check(parts: list[str]) -> None:
        skeleton = "".join(parts)
        scan = Scan(skeleton, grammar(lang))
        for pattern, need in patterns:
            found = [m.span() for m in scan.gated([(pattern, need)], skeleton)]
            assert found == [m.span() for m in pattern.finditer(skeleton)], pattern.pattern

    check()


@pytest.mark.usefixtures("store")
def test_a_grammar_read_back_from_the_cache_folder_keeps_its_probes() -> None:
    def probed() -> int:
        grammar.cache_clear()
        patterns = _skeleton_patterns("en")
        return sum(skeleton_probes(p) is not None for p, _ in patterns)

    built = probed()  # no store: built
    assert built > 0
    _new_process()
    probed()  # built and kept
    pattern_store.flush()
    _new_process()
    assert probed() == built  # read back, with every probe the build made
    grammar.cache_clear()


def test_an_equal_needle_group_is_one_object_across_patterns():
    g = grammar("es")
    needs = [need for entries in g.needs.values() for (need, _), _ in entries]
    needs += [need for _, need in [*g.ranges, *(x for v in g.open.values() for x in v)]]
    by_value: dict[frozenset[str], frozenset[str]] = {}
    for need in needs:
        for group in need:
            assert by_value.setdefault(group, group) is group
    assert len(by_value) < sum(len(need) for need in needs)  # some groups are shared


def _new_process() -> None:
    """As a new process: the store installed afresh, nothing compiled in memory."""
    pattern_store.uninstall()
    re.purge()
    pattern_store.install()
