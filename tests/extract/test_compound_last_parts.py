"""A compound is what its last part is: a count of 'brannbiler' (fire engines) counts
vehicles, though 'brann' (fire) begins the word and names an event of its own."""

from __future__ import annotations

import pytest
from drafted import count_topics

from factcheck.extract.pipeline.concepts import concept_matcher

COMPOUNDS = {
    "de": ("Zum Großbrand rückten 45 Löschwagen und 18 Feuerwehrautos aus.", {45, 18}),
    "nb": ("Til skogbrannen kom 45 brannbiler og 18 politibiler.", {45, 18}),
    "nl": ("Bij de bosbrand kwamen 45 brandweerwagens en 18 politieauto's.", {45, 18}),
}


@pytest.mark.parametrize("lang", sorted(COMPOUNDS))
def test_a_count_of_a_compound_takes_its_last_parts_concept(lang: str) -> None:
    text, counts = COMPOUNDS[lang]
    topics = count_topics(text, lang)
    assert {topics.get(n) for n in counts} == {"vehicles"}, topics


@pytest.mark.parametrize(
    ("lang", "word", "concept"),
    [("nb", "Skogbrannen", "event_date"), ("de", "Großbrand", "event_date")],
)
def test_a_compound_ending_in_no_other_word_keeps_its_first(
    lang: str, word: str, concept: str
) -> None:
    hits = concept_matcher(lang).hits(f"Die {word} war gross.")
    assert [h.concepts for h in hits] == [(concept,)], hits
