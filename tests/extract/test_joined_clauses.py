"""A figure after 'and' takes its topic from its own clause, not from the verb before."""

from __future__ import annotations

import pytest
from drafted import count_topics

# seven dead, then 45 injured in a clause joined by 'and'
JOINED = {
    "en": "Seven people died and 45 were injured.",
    "fr": "Sept personnes sont mortes et 45 ont été blessées.",
    "de": "Sieben Menschen starben und 45 wurden verletzt.",
    "es": "Siete personas murieron y 45 resultaron heridas.",
    "it": "Sette persone sono morte e 45 sono rimaste ferite.",
    "pt": "Sete pessoas morreram e 45 ficaram feridas.",
    "nl": "Zeven mensen stierven en 45 raakten gewond.",
    "nb": "Sju personer omkom og 45 ble skadd.",
    "tr": "Yedi kişi öldü ve 45 kişi yaralandı.",
}


@pytest.mark.parametrize("lang", sorted(JOINED))
def test_a_figure_after_and_takes_the_topic_of_its_own_clause(lang: str) -> None:
    topics = count_topics(JOINED[lang], lang)
    assert topics == {7: "deaths", 45: "injured"}, topics
