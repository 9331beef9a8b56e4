"""A count of residents says who was counted, not what happened to them: "12,000 residents
were evacuated" is a count of evacuees, while "the town has 12,000 residents" stays its
population."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# residents evacuated, then a town's residents, and the figure of each
RESIDENTS = {
    "en": ("About 9,000 residents were evacuated.", "The town has 9,000 residents."),
    "de": ("Rund 9000 Einwohner wurden evakuiert.", "Die Stadt hat 9000 Einwohner."),
    "es": ("Unos 9.000 habitantes fueron evacuados.", "La ciudad tiene 9.000 habitantes."),
    "fr": ("Quelque 9 000 habitants ont été évacués.", "La ville compte 9 000 habitants."),
    "it": ("Circa 9.000 abitanti sono stati evacuati.", "La città conta 9.000 abitanti."),
    "ja": ("住民約9000人が避難した。", "町の人口は9000人だ。"),
    "ko": ("주민 9000명이 대피했다.", "이 도시의 인구는 9000명이다."),
    "nb": ("Rundt 9000 innbyggere er evakuert.", "Byen har 9000 innbyggere."),
    "nl": ("Zo'n 9000 inwoners zijn geëvacueerd.", "De stad telt 9000 inwoners."),
    "pt": ("Cerca de 9.000 habitantes foram retirados de casa.", "A cidade tem 9.000 habitantes."),
    "tr": ("Bölgede yaşayan 9 bin sakin tahliye edildi.", "Kentin nüfusu 9 bin."),
    "zh": ("约9000名居民被疏散。", "该市人口为9000人。"),
}


def _count_topic(text: str, lang: str) -> str:
    """The topic of the one count drafted from ``text``."""
    topics = [c["topic"] for c in drafted_claims(text, lang) if c["value"]["kind"] == "count"]
    assert len(topics) == 1, topics
    return str(topics[0])


@pytest.mark.parametrize("lang", sorted(RESIDENTS))
def test_residents_evacuated_are_evacuees(lang: str) -> None:
    assert _count_topic(RESIDENTS[lang][0], lang) == "evacuated"


@pytest.mark.parametrize("lang", sorted(RESIDENTS))
def test_a_towns_residents_are_its_population(lang: str) -> None:
    assert _count_topic(RESIDENTS[lang][1], lang) == "population"


# residents driven from their homes: a count of people, never one of homes or buildings
DRIVEN_OUT = {
    "en": "The floods forced more than 8,000 residents from their homes.",
    "de": "Die Flut trieb 8000 Einwohner aus ihren Häusern.",
    "es": "Las inundaciones obligaron a 8.000 vecinos a abandonar sus casas.",
    "fr": "Les crues ont chassé 8 000 habitants de leurs maisons.",
    "it": "L'alluvione ha costretto 8.000 abitanti a lasciare le loro case.",
    "ja": "洪水で住民8000人が家を失った。",
    "ko": "홍수로 주민 8000명이 집을 잃었다.",
    "nb": "Flommen drev 8000 innbyggere ut av husene sine.",
    "nl": "Het water dreef 8000 inwoners uit hun huizen.",
    "pt": "As cheias obrigaram 8.000 moradores a deixar as suas casas.",
    "tr": "Sel 8 bin sakini evlerinden etti.",
    "zh": "洪水使8000名居民失去家园。",
}
PEOPLE = {"population", "displaced", "evacuated"}


@pytest.mark.parametrize("lang", sorted(DRIVEN_OUT))
def test_residents_driven_from_their_homes_are_people(lang: str) -> None:
    assert _count_topic(DRIVEN_OUT[lang], lang) in PEOPLE


HOMES = {
    "en": "The storm damaged 400 homes.",
    "de": "Der Sturm beschädigte 400 Häuser.",
    "nl": "De storm beschadigde 400 huizen.",
    "fr": "La tempête a endommagé 400 maisons.",
}


@pytest.mark.parametrize("lang", sorted(HOMES))
def test_homes_counted_alone_stay_homes_or_buildings(lang: str) -> None:
    assert _count_topic(HOMES[lang], lang).split(".")[0] in {"homes", "buildings"}
