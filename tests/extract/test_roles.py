"""Who the people a count counts are and what happened to them, in each language: the
injured among firefighters are neither the firefighters deployed nor every person injured."""

from __future__ import annotations

import pytest
from drafted import count_topics

# (language, a count of injured crews, a count of crews killed, a count of crews deployed)
CREWS = [
    (
        "en",
        "Three firefighters were injured while fighting the fire.",
        "Two police officers were killed in the attack.",
        "About 200 firefighters were deployed.",
    ),
    (
        "de",
        "Drei Feuerwehrleute wurden beim Löschen verletzt.",
        "Zwei Polizisten wurden bei dem Angriff getötet.",
        "Rund 200 Feuerwehrleute waren im Einsatz.",
    ),
    (
        "fr",
        "Trois pompiers ont été blessés pendant l'intervention.",
        "Deux policiers ont été tués lors de l'attaque.",
        "Quelque 200 pompiers ont été mobilisés.",
    ),
    (
        "es",
        "Tres bomberos resultaron heridos durante la extinción.",
        "Dos policías murieron en el ataque.",
        "Unos 200 bomberos fueron desplegados.",
    ),
    (
        "it",
        "Tre vigili del fuoco sono rimasti feriti durante le operazioni.",
        "Due poliziotti sono stati uccisi nell'attacco.",
        "Circa 200 vigili del fuoco sono stati mobilitati.",
    ),
    (
        "pt",
        "Três bombeiros ficaram feridos durante o combate às chamas.",
        "Dois policiais morreram no ataque.",
        "Cerca de 200 bombeiros foram mobilizados.",
    ),
    (
        "nl",
        "Drie brandweerlieden raakten gewond bij het blussen.",
        "Twee agenten kwamen om het leven bij de aanval.",
        "Zo'n 200 brandweerlieden werden ingezet.",
    ),
    (
        "nb",
        "Tre brannfolk ble skadet under slukkingen.",
        "To politifolk ble drept i angrepet.",
        "Rundt 200 brannfolk ble satt inn.",
    ),
    (
        "tr",
        "Söndürme sırasında üç itfaiyeci yaralandı.",
        "Saldırıda iki polis memuru hayatını kaybetti.",
        "Yaklaşık 200 itfaiyeci görevlendirildi.",
    ),
    (
        "ja",
        "消火活動中に消防隊員3人がけがをした。",
        "襲撃で警察官2人が死亡した。",
        "消防隊員約200人が出動した。",
    ),
    (
        "ko",
        "진화 작업 중 소방관 3명이 다쳤다.",
        "공격으로 경찰관 2명이 숨졌다.",
        "소방관 약 200명이 투입됐다.",
    ),
    ("zh", "灭火过程中有3名消防员受伤。", "袭击造成2名警察死亡。", "约200名消防员参与救援。"),
]


@pytest.mark.parametrize(("lang", "injured", "killed", "deployed"), CREWS)
def test_what_happened_to_crews_is_narrowed_to_them(
    lang: str, injured: str, killed: str, deployed: str
) -> None:
    assert list(count_topics(injured, lang).values()) == ["injured.personnel"]
    assert list(count_topics(killed, lang).values()) == ["deaths.personnel"]
    assert list(count_topics(deployed, lang).values()) == ["personnel"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Some 12,000 residents were evacuated on Sunday."),
        ("fr", "Quelque 12 000 habitants ont été évacués dimanche."),
        ("es", "Unos 12.000 vecinos fueron evacuados el domingo."),
        ("de", "Rund 12.000 Einwohner wurden am Sonntag evakuiert."),
    ],
)
def test_residents_who_were_evacuated_are_the_evacuated(lang: str, text: str) -> None:
    assert list(count_topics(text, lang).values()) == ["evacuated"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police said 12 people died in the fire."),
        ("ko", "경찰은 12명이 숨졌다고 밝혔다."),
        ("ja", "警察は12人が死亡したと発表した。"),
        ("de", "Die Polizei meldete 12 Tote."),
    ],
)
def test_who_reported_a_toll_does_not_narrow_it(lang: str, text: str) -> None:
    assert list(count_topics(text, lang).values()) == ["deaths"]


def test_a_toll_in_a_later_clause_does_not_narrow_the_crews_deployed() -> None:
    text = "About 200 firefighters were deployed to fight the fire that killed 12 people."
    assert count_topics(text, "en") == {200: "personnel", 12: "deaths"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two of the 40 tourists on the bus were injured."),
        ("es", "Dos de los 40 turistas del autobús resultaron heridos."),
    ],
)
def test_the_whole_a_part_is_counted_of_is_not_narrowed(lang: str, text: str) -> None:
    assert count_topics(text, lang)[40] == "visitors"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Twelve people died, including three firefighters."),
        ("fr", "L'incendie a fait douze morts, dont trois pompiers."),
        ("es", "Murieron doce personas, entre ellas tres bomberos."),
        ("de", "Zwölf Menschen starben, darunter drei Feuerwehrleute."),
        ("it", "Sono morte dodici persone, tra cui tre vigili del fuoco."),
        ("pt", "Morreram doze pessoas, entre elas três bombeiros."),
        ("nl", "Twaalf mensen kwamen om het leven, onder wie drie brandweerlieden."),
        ("nb", "Tolv personer omkom, blant dem tre brannfolk."),
        ("tr", "Yangında 12 kişi öldü, aralarında 3 itfaiyeci de var."),
        ("ja", "火災で12人が死亡し、このうち消防隊員3人が含まれる。"),
        ("ko", "화재로 12명이 숨졌고 이 중 소방관 3명이 포함됐다."),
        ("zh", "火灾造成12人死亡，其中3名消防员。"),
    ],
)
def test_crews_among_a_toll_are_narrowed_to_its_topic(lang: str, text: str) -> None:
    assert sorted(count_topics(text, lang).values()) == ["deaths", "deaths.personnel"]
