"""A count of people no word says anything more of ("12 people were taken to a gym") gets a
topic of its own that is not checked: two sources' 'N people' are as often two groups."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


def _count_topics(text: str, lang: str) -> list[str]:
    return [c["topic"] for c in drafted_claims(text, lang) if c["value"]["kind"] == "count"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Volunteers drove 35 people to the sports hall before dawn."),
        ("fr", "Des bénévoles ont conduit 35 personnes au gymnase avant l'aube."),
        ("de", "Freiwillige fuhren 35 Menschen vor dem Morgengrauen zur Sporthalle."),
        ("es", "Los voluntarios llevaron a 35 personas al polideportivo antes del amanecer."),
        ("it", "I volontari hanno portato 35 persone al palazzetto prima dell'alba."),
        ("pt", "Voluntários levaram 35 pessoas ao pavilhão antes do amanhecer."),
        ("nl", "Vrijwilligers brachten 35 mensen voor zonsopgang naar de sporthal."),
        ("nb", "Frivillige kjørte 35 personer til idrettshallen før daggry."),
        ("tr", "Gönüllüler şafaktan önce 35 kişiyi spor salonuna götürdü."),
        ("ja", "ボランティアが夜明け前に35人を体育館へ送った。"),
        ("ko", "자원봉사자들이 새벽 전에 35명을 체육관으로 데려갔다."),
        ("zh", "志愿者在黎明前把35人送到了体育馆。"),
    ],
)
def test_people_of_no_sort_are_not_checked(lang: str, text: str) -> None:
    topics = _count_topics(text, lang)
    assert topics and all(t.startswith("unnamed.") for t in topics), topics


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "The storm killed 35 people overnight.", "deaths"),
        ("fr", "La tempête a fait 35 morts dans la nuit.", "deaths"),
        ("ja", "嵐で35人が死亡した。", "deaths"),
    ],
)
def test_people_a_word_names_keep_its_topic(lang: str, text: str, topic: str) -> None:
    assert _count_topics(text, lang) == [topic]
