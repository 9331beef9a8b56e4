"""The concept and facet words of a text, found in one scan where words begin, are the words
found by trying the vocabulary at each word start in turn."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.pipeline.catalog import fold_with_map
from factcheck.extract.pipeline.concepts import (
    AT_WORD_START,
    IN_COMPOUND,
    ConceptMatcher,
    concept_matcher,
    facet_matcher,
)

_STARTS = re.compile(AT_WORD_START)


def _tried_at_each_start(matcher: ConceptMatcher, folded: str) -> list[tuple[int, int]]:
    # the vocabulary's words alone, tried at each word start in turn, and the words that end
    # compounds at each place inside a word after its first letters
    words, _, heads = matcher.found.pattern.removeprefix(AT_WORD_START).partition("|" + IN_COMPOUND)
    word = re.compile(words)
    head = re.compile(IN_COMPOUND + heads) if heads else None
    found = []
    end = 0
    for at in range(len(folded) + 1):
        if at < end:
            continue
        if _STARTS.match(folded, at):
            match = word.match(folded, at)
        else:
            match = head.match(folded, at) if head is not None else None
        if match is not None:
            found.append(match.span())
            end = match.end()
    return found


def _words(matcher: ConceptMatcher) -> list[str]:
    return [*matcher.exact, *(stem + "s" for stem, _ in matcher.stems)]


@pytest.mark.parametrize("lang", ["en", "es", "de", "fr", "nl", "nb"])
@pytest.mark.parametrize("vocabulary", [concept_matcher, facet_matcher])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_one_scan_finds_what_each_word_start_does(lang: str, vocabulary, data) -> None:
    matcher = vocabulary(lang)
    words = _words(matcher)
    parts = data.draw(
        st.lists(
            st.one_of(
                st.sampled_from(words),
                st.sampled_from([" ", "  ", "-", ", ", "x", "s", "'", "2", "_", "\n"]),
                st.text(alphabet="aeisnré ", max_size=4),
            ),
            max_size=12,
        )
    )
    folded = fold_with_map("".join(parts))[0]
    assert [m.span() for m in matcher.found.finditer(folded)] == _tried_at_each_start(
        matcher, folded
    )


@pytest.mark.parametrize(
    "text",
    ["지진으로 다리가 무너졌다", "지진은 새벽에 났다", "어제 지진이 났다", "지진까지 겹쳤다"],
)
def test_a_korean_concept_word_is_found_with_the_particle_glued_to_it(text: str) -> None:
    hits = concept_matcher("ko").hits(text)
    assert [hit.concepts for hit in hits if hit.text.startswith("지진")] == [("event_date",)], hits


def test_a_longer_word_that_begins_with_a_concept_word_is_not_it() -> None:
    # "seismologists": more letters past the word than a particle holds
    hits = concept_matcher("ko").hits("지진학자들은 말했다")
    assert not [hit for hit in hits if hit.text.startswith("지진")], hits


@pytest.mark.parametrize(
    ("lang", "text", "concept"),
    [
        ("de", "Der Großbrand im Hafen war am Morgen gelöscht.", "event_date"),
        ("de", "Nach dem Raketenangriff blieb die Schule zu.", "event_date"),
        ("de", "Es gab zwölf Schwerverletzte.", "injured"),
        ("de", "Die Museumsbesucher standen draußen.", "visitors"),
        ("nl", "De bosbrand woedde drie dagen.", "event_date"),
        ("nl", "Er vielen twee zwaargewonden.", "injured"),
        ("nb", "Skogbrannen spredte seg raskt.", "event_date"),
        ("nb", "Mange boligbygninger ble skadet.", "buildings"),
    ],
)
def test_a_word_that_ends_compounds_is_found_at_their_end(
    lang: str, text: str, concept: str
) -> None:
    assert concept in {c for hit in concept_matcher(lang).hits(text) for c in hit.concepts}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Ansturm auf die Karten war groß."),  # two letters before: no compound
        ("de", "In Brandenburg blieb es ruhig."),  # the word begins the longer word
        ("de", "Die Auswahl fiel schwer."),  # 'wahl' ends no compound in the lists
        ("nl", "De brandweer kwam snel."),
    ],
)
def test_no_compound_is_read_where_the_word_does_not_end_one(lang: str, text: str) -> None:
    assert "event_date" not in {c for hit in concept_matcher(lang).hits(text) for c in hit.concepts}
