"""A division's figure and a quarter's are told apart from the whole's, and a forecast the
figure is compared with is a projection: none of them is compared with the year's profit."""

from __future__ import annotations

import pytest
from drafted import topic_quotes

# the group's profit, its division's, a quarter's, and the forecast it beat
RESULTS = {
    "de": (
        "Der Konzern erzielte 2026 einen Nettogewinn von 8,4 Milliarden Euro. "
        "Die Chipsparte steuerte 3 Milliarden Euro bei. "
        "Im vierten Quartal lag der Nettogewinn bei 2,1 Milliarden Euro. "
        "Analysten hatten mit 7,9 Milliarden Euro gerechnet.",
        ["8,4 Milliarden Euro", "3 Milliarden Euro", "2,1 Milliarden Euro", "7,9 Milliarden Euro"],
    ),
    "en": (
        "The group made a net profit of 8.4 billion euros in 2026. "
        "Its chip division contributed 3 billion euros. "
        "In the fourth quarter, net profit reached 2.1 billion euros. "
        "That beat the 7.9 billion euros analysts had expected.",
        ["8.4 billion euros", "3 billion euros", "2.1 billion euros", "7.9 billion euros"],
    ),
    "es": (
        "El grupo obtuvo un beneficio neto de 8.400 millones de euros en 2026. "
        "Su división de chips aportó 3.000 millones de euros. "
        "En el cuarto trimestre, el beneficio neto fue de 2.100 millones de euros. "
        "Superó los 7.900 millones de euros que esperaban los analistas.",
        [
            "8.400 millones de euros",
            "3.000 millones de euros",
            "2.100 millones de euros",
            "7.900 millones de euros",
        ],
    ),
    "fr": (
        "Le groupe a dégagé un bénéfice net de 8,4 milliards d'euros en 2026. "
        "Sa division puces a apporté 3 milliards d'euros. "
        "Au quatrième trimestre, le bénéfice net a atteint 2,1 milliards d'euros. "
        "Les analystes tablaient sur 7,9 milliards d'euros.",
        [
            "8,4 milliards d'euros",
            "3 milliards d'euros",
            "2,1 milliards d'euros",
            "7,9 milliards d'euros",
        ],
    ),
    "it": (
        "Il gruppo ha registrato un utile netto di 8,4 miliardi di euro nel 2026. "
        "La divisione chip ha contribuito con 3 miliardi di euro. "
        "Nel quarto trimestre l'utile netto è stato di 2,1 miliardi di euro. "
        "Gli analisti avevano previsto 7,9 miliardi di euro, secondo le previsioni.",
        ["8,4 miliardi di euro", "3 miliardi di euro", "2,1 miliardi di euro"],
    ),
    "nl": (
        "Het concern boekte in 2026 een nettowinst van 8,4 miljard euro. "
        "De chipdivisie droeg 3 miljard euro bij. "
        "In het vierde kwartaal bedroeg de nettowinst 2,1 miljard euro.",
        ["8,4 miljard euro", "3 miljard euro", "2,1 miljard euro"],
    ),
    "pt": (
        "O grupo registou um lucro líquido de 8,4 mil milhões de euros em 2026. "
        "A divisão de chips contribuiu com 3 mil milhões de euros. "
        "No quarto trimestre, o lucro líquido foi de 2,1 mil milhões de euros. "
        "Os analistas esperavam 7,9 mil milhões de euros, segundo as previsões.",
        ["8,4 mil milhões de euros", "3 mil milhões de euros", "2,1 mil milhões de euros"],
    ),
}


@pytest.mark.parametrize("lang", sorted(RESULTS))
def test_a_part_and_a_forecast_stand_apart_from_the_whole(lang: str) -> None:
    text, quotes = RESULTS[lang]
    topics = topic_quotes(text, lang, published="2027-02-10")
    where = {quote: topic for topic, found in topics.items() for quote in found}
    assert all(q in where for q in quotes), topics
    assert len({where[q] for q in quotes}) == len(quotes), topics


def test_a_quarter_as_a_fraction_is_no_part_of_a_year() -> None:
    topics = topic_quotes("A quarter of the homes, 4,000 in all, were damaged.", "en")
    assert not any(topic.endswith(".quarter") for topic in topics), topics


# the division named after its figure, in its clause
AFTER = {
    "en": (
        "The group earned 8.4 billion euros, and 3 billion euros at its chip unit.",
        "3 billion euros",
    ),
    "es": (
        "El grupo ganó 8.400 millones de euros, y 3.000 millones en su división de chips.",
        "3.000 millones",
    ),
    "de": (
        "Der Konzern verdiente 8,4 Milliarden Euro, davon 3 Milliarden in der Chipsparte.",
        "3 Milliarden",
    ),
    "fr": (
        "Le groupe a gagné 8,4 milliards d'euros, dont 3 milliards dans sa division puces.",
        "3 milliards",
    ),
}


@pytest.mark.parametrize("lang", sorted(AFTER))
def test_a_division_named_after_its_figure(lang: str) -> None:
    text, quote = AFTER[lang]
    topics = topic_quotes(text, lang, published="2027-02-10")
    where = {q: topic for topic, found in topics.items() for q in found}
    assert where.get(quote, "").endswith(".division"), topics


def test_a_part_past_the_figures_clause_is_not_its() -> None:
    topics = topic_quotes("The company made 8.4 billion euros, its chip unit said.", "en")
    assert not any(topic.endswith(".division") for topic in topics), topics


# the same in languages that put a division or a quarter before the figure, glued or not
BEFORE = {
    "ja": (
        "昨年の営業利益は8兆4000億円だった。半導体部門の営業利益は3兆円だった。"
        "第4四半期の営業利益は2兆1000億円だった。",
        ["8兆4000億円", "3兆円", "2兆1000億円"],
    ),
    "ko": (
        "지난해 영업이익은 8조4천억원이었다. 반도체 부문의 영업이익은 3조원이었다. "
        "4분기 영업이익은 2조1천억원이었다.",
        ["8조4천억원", "3조원", "2조1천억원"],
    ),
    "zh": (
        "去年营业利润为8.4万亿韩元。芯片部门的营业利润为3万亿韩元。第四季度营业利润为2.1万亿韩元。",
        ["8.4万亿韩元", "3万亿韩元", "2.1万亿韩元"],
    ),
    "en": (
        "Operating profit reached 8.4 billion euros in 2026. "
        "Fourth-quarter operating profit came to 2.1 billion euros.",
        ["8.4 billion euros", "2.1 billion euros"],
    ),
}


@pytest.mark.parametrize("lang", sorted(BEFORE))
def test_a_part_named_before_its_figure(lang: str) -> None:
    text, quotes = BEFORE[lang]
    topics = topic_quotes(text, lang, published="2027-02-10")
    where = {quote: topic for topic, found in topics.items() for quote in found}
    assert all(q in where for q in quotes), topics
    assert len({where[q] for q in quotes}) == len(quotes), topics
