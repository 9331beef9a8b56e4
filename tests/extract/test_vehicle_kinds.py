"""Planes, helicopters, boats and road vehicles are counted apart, in each language: "eight
planes and five helicopters" are two fleets, never two outlets' counts of one."""

from __future__ import annotations

import pytest
from drafted import topic_quotes

FLEETS = [
    (
        "en",
        "Six water-bombing planes, four helicopters and three boats joined 30 fire trucks.",
        ("Six", "four", "three", "30"),
    ),
    (
        "de",
        "Sechs Löschflugzeuge, vier Hubschrauber und drei Boote halfen 30 Löschfahrzeugen.",
        ("Sechs", "vier", "drei", "30"),
    ),
    (
        "es",
        "Seis aviones, cuatro helicópteros y tres barcos apoyaron a 30 camiones de bomberos.",
        ("Seis", "cuatro", "tres", "30"),
    ),
    (
        "fr",
        "Six avions, quatre hélicoptères et trois bateaux ont épaulé 30 camions de pompiers.",
        ("Six", "quatre", "trois", "30"),
    ),
    (
        "it",
        "Sei aerei, quattro elicotteri e tre barche hanno aiutato 30 camion dei pompieri.",
        ("Sei", "quattro", "tre", "30"),
    ),
    (
        "pt",
        "Seis aviões, quatro helicópteros e três barcos ajudaram 30 caminhões de bombeiros.",
        ("Seis", "quatro", "três", "30"),
    ),
    (
        "nl",
        "Zes blusvliegtuigen, vier helikopters en drie boten hielpen 30 brandweervoertuigen.",
        ("Zes", "vier", "drie", "30"),
    ),
    (
        "nb",
        "Seks slukkefly, fire helikoptre og tre båter kom, og 30 biler ble sendt.",
        ("Seks", "fire", "tre", "30"),
    ),
    (
        "tr",
        "Altı uçak, dört helikopter, üç tekne ve 30 araç yangına müdahale etti.",
        ("Altı", "dört", "üç", "30"),
    ),
    (
        "ja",
        "航空機6機、ヘリコプター4機、ボート3隻が出動し、消防車両30台が支援した。",
        ("6", "4", "3", "30"),
    ),
    (
        "ko",
        "항공기 6대와 헬기 4대, 선박 3척이 투입됐고 소방 차량 30대도 지원했다.",
        ("6", "4", "3", "30"),
    ),
    ("zh", "6架飞机、4架直升机和3艘船只协助30辆消防车辆。", ("6", "4", "3", "30")),
]


@pytest.mark.parametrize(("lang", "text", "counts"), FLEETS)
def test_each_kind_of_craft_is_a_topic_of_its_own(
    lang: str, text: str, counts: tuple[str, str, str, str]
) -> None:
    topics = topic_quotes(text, lang)
    for topic, count in zip(
        ("aircraft", "helicopters", "vessels", "vehicles"), counts, strict=True
    ):
        assert any(q.startswith(count) or q == count for q in topics.get(topic, [])), (
            topic,
            topics,
        )
