"""Inflation, interest rates and unemployment are topics of their own, and a figure a change
went to ("rose to 6.1 %") is the rate's level, not the size of a rise, in each language."""

from __future__ import annotations

import pytest
from drafted import drafted_claims, topic_quotes

# (language, an inflation figure, a policy rate, an unemployment rate after a rise)
RATES = [
    (
        "en",
        "Inflation eased to 2.4% in October.",
        "The bank kept its key rate at 4.5%.",
        "Unemployment rose to 6.1%.",
    ),
    (
        "de",
        "Die Inflation sank im Oktober auf 2,4 Prozent.",
        "Die Notenbank beließ den Leitzins bei 4,5 Prozent.",
        "Die Arbeitslosenquote stieg auf 6,1 Prozent.",
    ),
    (
        "fr",
        "L'inflation a ralenti à 2,4 % en octobre.",
        "La banque a maintenu son taux directeur à 4,5 %.",
        "Le taux de chômage est monté à 6,1 %.",
    ),
    (
        "es",
        "La inflación se moderó al 2,4 % en octubre.",
        "El banco mantuvo los tipos de interés en el 4,5 %.",
        "La tasa de paro subió al 6,1 %.",
    ),
    (
        "it",
        "L'inflazione è scesa al 2,4% a ottobre.",
        "La banca ha lasciato il tasso di riferimento al 4,5%.",
        "Il tasso di disoccupazione è salito al 6,1%.",
    ),
    (
        "pt",
        "A inflação desacelerou para 2,4% em outubro.",
        "O banco manteve a taxa de juros em 4,5%.",
        "A taxa de desemprego subiu para 6,1%.",
    ),
    (
        "nl",
        "De inflatie daalde in oktober naar 2,4 procent.",
        "De bank hield de rente op 4,5 procent.",
        "De werkloosheid steeg naar 6,1 procent.",
    ),
    (
        "nb",
        "Inflasjonen falt til 2,4 prosent i oktober.",
        "Banken holdt styringsrenten på 4,5 prosent.",
        "Arbeidsledigheten steg til 6,1 prosent.",
    ),
    (
        "tr",
        "Enflasyon ekimde yüzde 2,4'e geriledi.",
        "Banka politika faizini yüzde 4,5'te sabit tuttu.",
        "İşsizlik oranı yüzde 6,1'e yükseldi.",
    ),
    (
        "ja",
        "10月のインフレ率は2.4%に低下した。",
        "中央銀行は政策金利を4.5%に据え置いた。",
        "失業率は6.1%に上昇した。",
    ),
    (
        "ko",
        "10월 물가상승률은 2.4%로 둔화했다.",
        "중앙은행은 기준금리를 4.5%로 동결했다.",
        "실업률은 6.1%로 상승했다.",
    ),
    ("zh", "10月通胀率降至2.4%。", "央行将基准利率维持在4.5%。", "失业率升至6.1%。"),
]


@pytest.mark.parametrize(("lang", "inflation", "rate", "unemployment"), RATES)
def test_economic_rates_have_topics_of_their_own(
    lang: str, inflation: str, rate: str, unemployment: str
) -> None:
    assert list(topic_quotes(inflation, lang)) == ["inflation"]
    assert list(topic_quotes(rate, lang)) == ["interest_rate"]
    assert list(topic_quotes(unemployment, lang)) == ["unemployment"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sales rose 12% in the quarter."),
        ("de", "Der Umsatz stieg um 12 Prozent."),
        ("es", "Las ventas subieron un 12 %."),
    ],
)
def test_the_size_of_a_rise_stays_a_rise(lang: str, text: str) -> None:
    # of sales: a rise of revenue, told apart from other rises
    assert list(topic_quotes(text, lang)) == ["rise.revenue"]


# (language, growth told as the level it slowed to, the size of a rise of the economy)
GROWTH = [
    ("en", "Growth slowed to 0.8% in the third quarter.", "The economy grew 2.1% last year."),
    ("de", "Das Wachstum verlangsamte sich auf 0,8 Prozent.", "Das BIP wuchs 2024 um 2,1 Prozent."),
    ("es", "El crecimiento se frenó al 0,8 %.", "El PIB creció un 2,1 % el año pasado."),
    ("fr", "La croissance a ralenti à 0,8 %.", "Le PIB a progressé de 2,1 % l'an dernier."),
    ("it", "La crescita è scesa allo 0,8%.", "Il PIL è cresciuto del 2,1% lo scorso anno."),
    ("pt", "O crescimento desacelerou para 0,8%.", "O PIB cresceu 2,1% no ano passado."),
    ("nl", "De groei vertraagde naar 0,8 procent.", "Het bbp groeide vorig jaar met 2,1 procent."),
    ("nb", "Veksten avtok til 0,8 prosent.", "BNP vokste med 2,1 prosent i fjor."),
    ("tr", "Büyüme yüzde 0,8'e geriledi.", "GSYH geçen yıl yüzde 2,1 arttı."),
    ("ja", "成長率は0.8%に鈍化した。", "国内総生産（GDP）は前年比2.1%増えた。"),
    ("ko", "성장률은 0.8%로 둔화했다.", "국내총생산(GDP)은 2.1% 늘었다."),
    ("zh", "经济增速放缓至0.8%。", "国内生产总值增长2.1%。"),
]


@pytest.mark.parametrize(("lang", "level", "grew"), GROWTH)
def test_economic_growth_is_a_topic_of_its_own(lang: str, level: str, grew: str) -> None:
    assert list(topic_quotes(level, lang)) == ["gdp_growth"]
    assert list(topic_quotes(grew, lang)) == ["gdp_growth"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sales growth of 12% beat forecasts."),
        ("de", "Der Umsatz legte mit einem Wachstum von 12 Prozent zu."),
        ("es", "Las ventas registraron un crecimiento del 12 %."),
    ],
)
def test_the_growth_of_something_else_stays_a_rise(lang: str, text: str) -> None:
    assert list(topic_quotes(text, lang)) == ["rise.revenue"]


# (language, the seats a party won and the size of parliament)
SEATS = [
    ("en", "The party took 74 seats in the 150-member house.", "74"),
    ("de", "Die Partei gewann 74 Sitze.", "74"),
    ("es", "El partido obtuvo 74 escaños.", "74"),
    ("fr", "Le parti a obtenu 74 sièges.", "74"),
    ("it", "Il partito ha conquistato 74 seggi.", "74"),
    ("pt", "O partido elegeu 74 deputados.", "74"),
    ("nl", "De partij behaalde 74 zetels.", "74"),
    ("nb", "Partiet fikk 74 mandater.", "74"),
    ("tr", "Parti 74 sandalye kazandı.", "74"),
    ("ja", "同党は74議席を獲得した。", "74"),
    ("ko", "이 정당은 74석을 얻었다.", "74"),
    ("zh", "该党赢得74席。", "74"),
]


@pytest.mark.parametrize(("lang", "text", "won"), SEATS)
def test_seats_won_are_a_topic_of_their_own(lang: str, text: str, won: str) -> None:
    topics = topic_quotes(text, lang)
    assert any(won in q for q in topics.get("seats", [])), topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "7～9月期の失業率は2.5%に低下した。"),
        ("en", "Unemployment fell to 4.1% in the third quarter."),
        ("fr", "Au troisième trimestre, le chômage est tombé à 7,1 %."),
    ],
)
def test_the_period_a_rate_is_of_is_no_date_of_its_own(lang: str, text: str) -> None:
    claims = drafted_claims(text, lang, published="2026-01-05")
    assert [c["value"]["kind"] for c in claims] == ["percent"], claims
    assert claims[0].get("period")
