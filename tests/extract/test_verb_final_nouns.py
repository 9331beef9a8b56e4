"""In a language whose verbs follow their object (Turkish), the word after a figure is as
often its verb as its noun: a verb, an ending of the figure's own word and a case ending on
a noun of people are no counted nouns."""

from __future__ import annotations

import pytest
from drafted import topic_quotes

from factcheck.extract.recognizers.recognize import recognize


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Katılımcı sayısı 5.000 olabilir.", "5.000"),
        ("Bina sayısı 300'e ulaştı.", "300"),
        ("Kayıp sayısı 12 çıktı.", "12"),
        ("Katılım 40 bini aştı.", "40 bin"),
    ],
)
def test_a_verb_or_an_ending_after_a_figure_is_no_noun(text: str, figure: str) -> None:
    nouns = [m.extra.get("noun") for m in recognize(text, "tr") if m.text.startswith(figure)]
    assert nouns and not any(nouns), nouns


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Ölü sayısının 10.000 kişiyi aşabileceği açıklandı.", "deaths.projected"),
        ("Depremde ölen 12 kişinin kimliği belirlendi.", "deaths"),
        ("Yaralı sayısı 40 kişiyi buldu.", "injured"),
    ],
)
def test_a_noun_of_people_with_a_case_ending_takes_the_concept_before_it(
    text: str, topic: str
) -> None:
    assert list(topic_quotes(text, "tr")) == [topic]
