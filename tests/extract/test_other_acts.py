"""The seats a majority needs and the votes a party lost are not the seats or votes it won:
a figure after a word of another act is told apart from the topic's own figures."""

from __future__ import annotations

import pytest
from drafted import topic_quotes

# a party's seats and the seats a majority needs, in one text
NEEDED = {
    "de": (
        "Die Partei gewann 141 Sitze. Für die absolute Mehrheit sind 151 Sitze nötig.",
        "141",
        "151",
    ),
    "en": ("The party won 141 seats. A government needs 151 seats to rule alone.", "141", "151"),
    "es": ("El partido obtuvo 141 escaños. Un gobierno necesita 151 escaños.", "141", "151"),
    "fr": ("Le parti a obtenu 141 sièges. La majorité absolue est de 151 sièges.", "141", "151"),
    "it": ("Il partito ha ottenuto 141 seggi. Per governare servono 151 seggi.", "141", "151"),
    "nb": ("Partiet fikk 141 mandater. Et rent flertall krever 151 mandater.", "141", "151"),
    "nl": (
        "De partij behaalde 141 zetels. Voor een absolute meerderheid zijn 151 zetels nodig.",
        "141",
        "151",
    ),
    "pt": ("O partido elegeu 141 deputados. Um governo precisa de 151 deputados.", "141", "151"),
}


@pytest.mark.parametrize("lang", sorted(NEEDED))
def test_what_a_majority_needs_is_no_partys_seats(lang: str) -> None:
    text, won, needed = NEEDED[lang]
    topics = topic_quotes(text, lang)
    where = {quote: topic for topic, found in topics.items() for quote in found}
    assert won in where and needed in where, topics
    assert where[won] != where[needed], topics


# votes won and votes lost
LOST = {
    "en": ("The party lost 52,000 votes but still won 410,000 votes.", "52,000", "410,000"),
    "es": ("El partido perdió 52.000 votos, aunque obtuvo 410.000 votos.", "52.000", "410.000"),
    "pt": ("O partido perdeu 52.000 votos, mas obteve 410.000 votos.", "52.000", "410.000"),
    "fr": ("Le parti a perdu 52 000 voix, mais a obtenu 410 000 voix.", "52 000", "410 000"),
    "de": ("Die Partei verlor 52.000 Stimmen, erhielt aber 410.000 Stimmen.", "52.000", "410.000"),
    "zh": ("执政党失去5.2万票，但仍获得41万票。", "5.2万", "41万"),
}


@pytest.mark.parametrize("lang", sorted(LOST))
def test_votes_lost_are_not_votes_won(lang: str) -> None:
    text, lost, won = LOST[lang]
    topics = topic_quotes(text, lang)
    where = {quote: topic for topic, found in topics.items() for quote in found}
    assert lost in where and won in where, topics
    assert where[lost] != where[won], topics
