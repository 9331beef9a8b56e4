"""A figure told of a city or region other than the one its article is about is drafted with
that place as its scope, so that it is not compared with the story's own figure, in each
language; a figure of the article's own place, and the place of a dateline, narrow nothing."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# (language, a story about Germany with a figure told of Berlin)
CITY_IN_COUNTRY = [
    ("en", "Germany's jobless rate rose to 6.3%. In Berlin, 41,000 people lost their jobs."),
    (
        "de",
        "Die Arbeitslosenquote in Deutschland stieg auf 6,3 Prozent. "
        "In Berlin verloren 41.000 Menschen ihre Arbeit.",
    ),
    ("es", "El paro en Alemania subió al 6,3 %. En Berlín, 41.000 personas perdieron su empleo."),
    (
        "fr",
        "Le chômage en Allemagne est monté à 6,3 %. "
        "À Berlin, 41 000 personnes ont perdu leur emploi.",
    ),
    (
        "it",
        "La disoccupazione in Germania è salita al 6,3%. "
        "A Berlino 41.000 persone hanno perso il lavoro.",
    ),
    (
        "pt",
        "O desemprego na Alemanha subiu para 6,3%. Em Berlim, 41 mil pessoas perderam o emprego.",
    ),
    (
        "nl",
        "De werkloosheid in Duitsland steeg naar 6,3 procent. "
        "In Berlijn verloren 41.000 mensen hun baan.",
    ),
    (
        "nb",
        "Arbeidsledigheten i Tyskland steg til 6,3 prosent. "
        "I Berlin mistet 41 000 personer jobben.",
    ),
    ("tr", "Almanya'da işsizlik oranı yüzde 6,3'e yükseldi. Berlin'de 41 bin kişi işini kaybetti."),
    ("ja", "ドイツの失業率は6.3%に上昇した。ベルリンでは4万1000人が職を失った。"),
    ("ko", "독일의 실업률은 6.3%로 올랐다. 베를린에서는 4만1000명이 일자리를 잃었다."),
    ("zh", "德国失业率升至6.3%。柏林有4.1万人失业。"),
]


def _scopes(text: str, lang: str) -> dict[str, str | None]:
    return {c["quote"]: c.get("scope") for c in drafted_claims(text, lang)}


@pytest.mark.parametrize(("lang", "text"), CITY_IN_COUNTRY)
def test_a_figure_of_a_city_in_the_story_country_is_narrowed_to_it(lang: str, text: str) -> None:
    scopes = _scopes(text, lang)
    assert sorted(map(str, scopes.values())) == ["Berlin", "None"], scopes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A tram derailed in Berlin on Monday. In Berlin, 14 people were injured."),
        ("fr", "Un tramway a déraillé lundi à Berlin. À Berlin, 14 personnes ont été blessées."),
        ("tr", "Berlin'de pazartesi bir tramvay raydan çıktı. Berlin'de 14 kişi yaralandı."),
        ("ja", "ベルリンで路面電車が脱線した。ベルリンでは14人が負傷した。"),
        ("ko", "베를린에서 전차가 탈선했다. 베를린에서는 14명이 다쳤다."),
    ],
)
def test_a_figure_of_the_story_own_city_is_not_narrowed(lang: str, text: str) -> None:
    assert set(_scopes(text, lang).values()) == {None}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "BERLIN, May 4 (Reuters) - Germany's jobless rate rose to 6.3% in April."),
        ("ja", "【ベルリン共同】ドイツの失業率は4月に6.3%に上昇した。"),
        ("ko", "(베를린=연합뉴스) 독일의 실업률이 4월 6.3%로 올랐다."),
        ("zh", "新华社柏林5月4日电 德国4月失业率升至6.3%。"),
    ],
)
def test_the_place_of_a_dateline_narrows_nothing(lang: str, text: str) -> None:
    scopes = {q: s for q, s in _scopes(text, lang).items() if "6" in q}
    assert scopes and set(scopes.values()) == {None}, scopes


def test_a_country_named_at_a_figure_narrows_nothing() -> None:
    text = "Germany's jobless rate rose to 6.3%, the US Labor Department's data showed 4.1%."
    assert set(_scopes(text, "en").values()) == {None}


@pytest.mark.parametrize(
    ("lang", "text", "abroad"),
    [
        (
            "en",
            "A Dutch bank in Amsterdam said 3.4 million customers were hit, "
            "0.9 million of them in Belgium.",
            "0.9 million",
        ),
        (
            "fr",
            "Une banque d'Amsterdam a annoncé que 3,4 millions de clients étaient touchés, "
            "dont 0,9 million en Belgique.",
            "0,9 million",
        ),
        (
            "es",
            "Un banco de Ámsterdam informó de 3,4 millones de clientes afectados, "
            "0,9 millones de ellos en Bélgica.",
            "0,9 millones",
        ),
    ],
)
def test_a_figure_told_of_another_country_after_it_is_narrowed(
    lang: str, text: str, abroad: str
) -> None:
    scopes = _scopes(text, lang)
    assert scopes[abroad] == "Belgium" and set(scopes.values()) == {"Belgium", None}, scopes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The treaty binds Spain. Envoys of 12 countries, Italy and Greece among them, signed.",
        ),
        (
            "de",
            "Der Vertrag bindet Spanien. Italien, Griechenland und zehn weitere, "
            "insgesamt 12 Länder, unterzeichneten.",
        ),
        (
            "fr",
            "Le traité lie l'Espagne. L'Italie, la Grèce et dix autres, soit 12 pays, l'ont signé.",
        ),
        ("tr", "Anlaşma İspanya'yı bağlıyor. İtalya ve Yunanistan dahil toplam 12 ülke imzaladı."),
        ("ja", "条約はスペインを拘束する。イタリアやギリシャを含む12カ国が署名した。"),
        ("zh", "该条约约束西班牙。包括意大利和希腊在内的12个国家签署了条约。"),
    ],
)
def test_a_count_of_countries_is_narrowed_to_none_of_them(lang: str, text: str) -> None:
    counts = [c for c in drafted_claims(text, lang) if c["value"]["kind"] == "count"]
    assert counts, "the count of countries was not drafted"
    assert all("scope" not in c for c in counts), counts
