"""Two tolls side by side in a language that puts the counted noun before its figure: the
noun after the first figure is the second one's ("死者は7人、負傷者は90人"), also when a
suffix makes it a noun of people or of a number (者, 자, 人数) or a verb ending in a
connective closes the first clause ("늘었고")."""

from __future__ import annotations

import pytest
from drafted import count_topics

TOLLS = {
    "ja": [
        "台風による死者は7人、負傷者は90人に上った。",
        "県によると死者が7人に増え、負傷者は90人になった。",
        "死者数は7人、負傷者数は90人となった。",
    ],
    "ko": [
        "태풍으로 사망자가 7명으로 늘었고 부상자는 90명이다.",
        "사망자 수는 7명, 부상자 수는 90명으로 집계됐다.",
        "당국은 태풍으로 7명이 숨지고 90명이 다쳤다고 밝혔다.",
    ],
    "zh": [
        "台风造成的死亡人数为7人，伤者有90人。",
        "台风已造成7人死亡、90人受伤。",
    ],
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in TOLLS.items() for text in texts]
)
def test_each_toll_is_its_own_nouns(lang: str, text: str) -> None:
    topics = count_topics(text, lang)
    assert topics.get(7) == "deaths", topics
    assert topics.get(90) == "injured", topics
