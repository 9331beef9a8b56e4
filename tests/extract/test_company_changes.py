"""What rose: a rise of revenue and a rise of profit are two topics, and a figure analysts
expected, or one a word of possibility in the next sentence follows, is no figure of them
or is a projection, in each language."""

from __future__ import annotations

import pytest
from drafted import topic_quotes

# (language, a sentence with a rise of operating profit and a rise of revenue)
TWO_RISES = [
    ("en", "Operating profit rose 14% to $2.1 billion, while revenue rose 6%."),
    ("de", "Der operative Gewinn stieg um 14 Prozent, der Umsatz wuchs um 6 Prozent."),
    ("es", "El beneficio operativo aumentó un 14 %, mientras que las ventas crecieron un 6 %."),
    ("ja", "営業利益は14%増え、売上高は6%増えた。"),
    ("ko", "영업이익은 14% 증가했고 매출은 6% 늘었다."),
    ("zh", "营业利润增长14%，营业收入增长6%。"),
]


@pytest.mark.parametrize(("lang", "text"), TWO_RISES)
def test_a_rise_of_profit_and_a_rise_of_revenue_are_two_topics(lang: str, text: str) -> None:
    topics = topic_quotes(text, lang)
    assert "rise.operating_profit" in topics and "rise.revenue" in topics, topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It rose 4% in early trading."),
        ("ja", "4%上昇した。"),
    ],
)
def test_a_rise_no_word_of_a_thing_names_stays_a_rise(lang: str, text: str) -> None:
    assert list(topic_quotes(text, lang)) == ["rise"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "純利益は前年同期比15%増だった。"),
        ("ja", "販売台数は前年比3%減となった。"),
    ],
)
def test_a_japanese_rise_or_fall_glued_after_the_figure(lang: str, text: str) -> None:
    assert set(topic_quotes(text, lang)) & {"rise.net_profit", "fall"}, topic_quotes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Analysts had expected an operating profit of 3.2 billion euros."),
        ("de", "Analysten hatten mit einem Betriebsergebnis von 3,2 Milliarden Euro gerechnet."),
    ],
)
def test_a_figure_analysts_expected_is_a_projection(lang: str, text: str) -> None:
    assert list(topic_quotes(text, lang)) == ["operating_profit.projected"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "売上高は5兆円だった。市場予想は4兆8000億円だった。"),
        ("en", "Revenue was $5.1 billion. It could fall next year."),
    ],
)
def test_a_word_of_possibility_in_the_next_sentence_projects_nothing(lang: str, text: str) -> None:
    topics = topic_quotes(text, lang)
    assert "revenue" in topics and not any(
        "5" in q for t, qs in topics.items() if "projected" in t for q in qs
    ), topics


# (language, a rise of operating profit, of the share price and of a stock index)
THREE_RISES = [
    ("en", "Operating profit rose 28%, shares rose 3.1% and the Kospi index rose 0.8%."),
    (
        "de",
        "Der operative Gewinn stieg um 28 Prozent, die Aktie legte 3,1 Prozent zu, "
        "der Dax stieg um 0,8 Prozent.",
    ),
    (
        "fr",
        "Le résultat opérationnel a progressé de 28 % ; l'action a progressé de 3,1 %, "
        "et le CAC 40 a progressé de 0,8 %.",
    ),
    (
        "es",
        "El beneficio operativo creció un 28 %; las acciones subieron un 3,1 %, "
        "y el Ibex subió un 0,8 %.",
    ),
    (
        "it",
        "L'utile operativo è cresciuto del 28%; le azioni sono salite del 3,1%, "
        "e il Ftse Mib è salito dello 0,8%.",
    ),
    ("pt", "O lucro operacional cresceu 28%; as ações subiram 3,1%, e o Ibovespa subiu 0,8%."),
    (
        "nl",
        "De operationele winst steeg met 28 procent; het aandeel steeg 3,1 procent, "
        "en de AEX steeg 0,8 procent.",
    ),
    (
        "nb",
        "Driftsresultatet økte med 28 prosent; aksjen steg 3,1 prosent, "
        "og hovedindeksen steg 0,8 prosent.",
    ),
    (
        "tr",
        "Faaliyet kârı yüzde 28 arttı, hisseler yüzde 3,1 yükseldi, "
        "BIST 100 endeksi yüzde 0,8 arttı.",
    ),
    ("ja", "営業利益は28%増え、株価は3.1%上昇し、日経平均は0.8%上げた。"),
    ("ko", "영업이익은 28% 늘었고, 주가는 3.1% 올랐으며 코스피는 0.8% 상승했다."),
    ("zh", "营业利润增长28%，股价上涨3.1%，综合指数上涨0.8%。"),
]


@pytest.mark.parametrize(("lang", "text"), THREE_RISES)
def test_a_rise_of_a_share_price_or_an_index_is_no_rise_of_profit(lang: str, text: str) -> None:
    topics = topic_quotes(text, lang)
    for topic, figure in (
        ("rise.operating_profit", "28"),
        ("rise.share_price", "3"),
        ("rise.stock_index", "0"),
    ):
        assert [q for q in topics.get(topic, []) if figure in q], (topic, topics)
