"""Whose a drafted figure is: the name it is given with becomes its claim's subject ("Lista
Aurora won 31 seats"), and who gives it its attribution ("according to police")."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# two parties' seats in one sentence: each figure is held by the name before it in its clause
SEATS = {
    "de": "Die Lista Aurora gewann 31 Sitze, der Bloco Norte kam auf 12 Sitze.",
    "en": "The Lista Aurora won 31 seats and the Bloco Norte took 12 seats.",
    "es": "La Lista Aurora obtuvo 31 escaños y el Bloco Norte logró 12 escaños.",
    "fr": "La Lista Aurora a obtenu 31 sièges et le Bloco Norte 12 sièges.",
    "it": "La Lista Aurora ha ottenuto 31 seggi e il Bloco Norte ha conquistato 12 seggi.",
    "nb": "Lista Aurora fikk 31 mandater, mens Bloco Norte fikk 12 mandater.",
    "nl": "De Lista Aurora behaalde 31 zetels en het Bloco Norte kreeg 12 zetels.",
    "pt": "A Lista Aurora conquistou 31 deputados e o Bloco Norte elegeu 12 deputados.",
    "tr": "Lista Aurora 31 sandalye kazandı, Bloco Norte ise 12 sandalye aldı.",
    "ja": "Lista Auroraが31議席を獲得し、Bloco Norteは12議席だった。",
    "ko": "Lista Aurora는 31석을 얻었고 Bloco Norte는 12석을 얻었다.",
    "zh": "Lista Aurora赢得31个席位，Bloco Norte获得12个席位。",
}


@pytest.mark.parametrize("lang", sorted(SEATS))
def test_each_figure_is_held_by_its_name(lang: str) -> None:
    claims = drafted_claims(SEATS[lang], lang)
    held = {c["value"]["count"]: c["subject"] for c in claims if c["value"]["kind"] == "count"}
    assert held.get(31) == "Lista Aurora", held
    assert held.get(12) == "Bloco Norte", held


# the whole a part is counted of is no name's: "31 of the 80 seats"
WHOLE = {
    "en": ("The Lista Aurora took 31 of the 80 seats.", 80),
    "fr": ("La Lista Aurora a remporté 31 sièges sur 80.", 80),
    "pt": ("A Lista Aurora conquistou 31 dos 80 lugares.", 80),
    "es": ("La Lista Aurora obtuvo 31 de los 80 escaños.", 80),
}


@pytest.mark.parametrize("lang", sorted(WHOLE))
def test_the_whole_of_a_part_is_no_names(lang: str) -> None:
    text, whole = WHOLE[lang]
    claims = drafted_claims(text, lang)
    held = {c["value"]["count"]: c["subject"] for c in claims if c["value"]["kind"] == "count"}
    assert held.get(whole) != "Lista Aurora", held


# a crowd counted by the police and by the organizers
CROWD = {
    "de": (
        "Laut Polizei demonstrierten 4000 Menschen, die Veranstalter sprachen von 15.000.",
        "4000",
        "15.000",
    ),
    "en": (
        "According to police, 4,000 people marched, while organisers claimed 15,000.",
        "4,000",
        "15,000",
    ),
    "es": (
        "Según la policía, 4.000 personas se manifestaron; los organizadores hablaron de 15.000.",
        "4.000",
        "15.000",
    ),
    "fr": (
        "Selon la police, 4 000 personnes ont manifesté ; les organisateurs revendiquent 15 000.",
        "4 000",
        "15 000",
    ),
    "it": (
        "Secondo la questura hanno sfilato 4.000 persone, gli organizzatori parlano di 15.000.",
        "4.000",
        "15.000",
    ),
    "nb": (
        "Ifølge politiet gikk 4000 mennesker i tog, mens arrangørene anslo 15 000.",
        "4000",
        "15 000",
    ),
    "nl": (
        "Volgens de politie liepen 4000 betogers mee, de organisatoren spraken van 15.000 "
        "betogers.",
        "4000",
        "15.000",
    ),
    "pt": (
        "Segundo a polícia, 4.000 pessoas desfilaram; os organizadores falaram em 15.000.",
        "4.000",
        "15.000",
    ),
    "tr": (
        "Polise göre 4 bin kişi yürüdü, organizatörler ise 15 bin kişi olduğunu söyledi.",
        "4 bin",
        "15 bin",
    ),
    "ja": ("警察によると4000人が行進し、主催者側は1万5000人と発表した。", "4000", "1万5000"),
    "ko": ("경찰 추산 4000명이 행진했고 주최 측은 1만5000명이라고 밝혔다.", "4000", "1만5000"),
    "zh": ("据警方统计，约4000人参加游行，主办方则称有1.5万人。", "约4000", "1.5万"),
}


@pytest.mark.parametrize("lang", sorted(CROWD))
def test_each_count_is_given_by_its_claimant(lang: str) -> None:
    text, police, organizers = CROWD[lang]
    given = {c["quote"]: c.get("attribution") for c in drafted_claims(text, lang)}
    assert given.get(police) == "officials", given
    assert given.get(organizers) == "organizers", given


def test_a_figure_nobody_is_named_for_has_no_claimant() -> None:
    claims = drafted_claims("Some 4,000 people marched through the city centre.", "en")
    assert all("attribution" not in c for c in claims)


def test_a_claimant_named_by_name() -> None:
    claims = drafted_claims("According to Harbour Watch, 4,000 people marched.", "en")
    given = {c["value"]["count"]: c.get("attribution") for c in claims}
    assert given.get(4000) == "Harbour Watch", given


def test_a_day_is_no_claimants_estimate() -> None:
    claims = drafted_claims("Police said the robbery happened on Sunday, May 31.", "en")
    assert claims and all("attribution" not in c for c in claims), claims


def test_a_code_holds_no_figure() -> None:
    text = "The variant XB.4 made up 38% of samples, and COVID-19 admissions rose 12%."
    subjects = {c["quote"]: c["subject"] for c in drafted_claims(text, "en")}
    assert not any(s.startswith(("XB", "COVID")) for s in subjects.values()), subjects
