"""People who marched or protested are counted as protesters, in each language, so that two
outlets' counts of one march are compared whatever noun or verb each uses."""

from __future__ import annotations

import pytest
from drafted import topic_quotes

MARCHED = [
    ("en", "About 25,000 protesters gathered outside parliament.", "25,000"),
    ("de", "Rund 25.000 Demonstranten versammelten sich vor dem Parlament.", "25.000"),
    ("es", "Unos 25.000 manifestantes se concentraron ante el Parlamento.", "25.000"),
    ("fr", "Quelque 25 000 manifestants se sont rassemblés devant le Parlement.", "25 000"),
    ("it", "Circa 25.000 manifestanti si sono radunati davanti al Parlamento.", "25.000"),
    ("pt", "Cerca de 25 mil manifestantes se reuniram diante do Parlamento.", "25 mil"),
    ("nl", "Zo'n 25.000 demonstranten verzamelden zich bij het parlement.", "25.000"),
    ("nb", "Rundt 25 000 demonstranter samlet seg utenfor Stortinget.", "25 000"),
    ("tr", "Meclis önünde yaklaşık 25 bin protestocu toplandı.", "25 bin"),
    ("ja", "議会前には約2万5000人のデモ参加者が集まった。", "2万5000"),
    ("ko", "의회 앞에는 시위대 약 2만5천명이 모였다.", "2만5천"),
    ("zh", "约2.5万名示威者聚集在议会大楼外。", "2.5万"),
]


@pytest.mark.parametrize(("lang", "text", "count"), MARCHED)
def test_people_who_protested_are_protesters(lang: str, text: str, count: str) -> None:
    topics = topic_quotes(text, lang)
    assert any(count in q for q in topics.get("protesters", [])), topics
