"""Languages written without spaces between words: sentences, boundaries, catalog words,
full-width forms and language detection, from articles of our own."""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml

from factcheck.extract import ArticleInfo, detect_language, extract_article, parse_article
from factcheck.extract.pipeline.sentences import split_sentences
from factcheck.extract.recognizers import recognize
from factcheck.extract.recognizers.edges import ALNUM, LETTER, WORD, edges
from factcheck.models.case import CaseSpec

ZH_CASE = {
    "title": "港口基金",
    "topics": [
        {"id": "fund.raised", "kind": "amount", "subjects": ["港口基金"], "properties": ["筹集"]},
        {"id": "fund.staff", "kind": "count", "subjects": ["港口基金"], "properties": ["员工"]},
    ],
}
ZH_ARTICLE = """港口基金创下纪录
港口基金去年共筹集15亿美元，比前年多出三成。该基金目前有1200名员工。
"""


def _words(lang: str, text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang) if s.body]


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        ("zh", "地震造成144人死亡。救援仍在进行！", ["地震造成144人死亡。", "救援仍在进行！"]),
        ("zh", "「他说：明天开会。」随后离开。", ["「他说：明天开会。」", "随后离开。"]),
        (
            "ja",
            "地震で144人が死亡した。救助が続いている。",
            ["地震で144人が死亡した。", "救助が続いている。"],
        ),
    ],
)
def test_an_ideographic_full_stop_ends_a_sentence_with_no_space_after_it(lang, text, sentences):
    assert _words(lang, text) == sentences


def test_a_short_line_without_a_full_stop_is_a_heading_in_an_unspaced_language():
    text = "港口基金创下纪录\n港口基金去年共筹集15亿美元，比前年多出许多，员工人数也在增加之中。\n"
    found = split_sentences(text, "zh")
    assert [s.body for s in found] == [False, True]


def test_spaced_languages_keep_their_boundaries_character_for_character():
    e = edges("en")
    assert (e.free(WORD), e.free(ALNUM), e.start(LETTER)) == (r"\w", r"[^\W_]", r"[^\W\d_]")


def test_an_unspaced_language_lets_its_letters_touch_figures_and_words():
    e = edges("zh")
    assert e.glued("人") and not e.glued("m") and not e.spaced
    # its letters no longer continue a word; Latin letters and digits still do
    assert re.fullmatch(e.free(WORD), "人") is None and re.fullmatch(e.start(WORD), "人") is None
    assert re.fullmatch(e.free(WORD), "m") and re.fullmatch(e.free(ALNUM), "7")


def test_full_width_digits_are_read_and_quoted_as_written():
    found = recognize("会员达到１２０名。", "zh", date(2025, 10, 22))
    assert [(m.kind, m.text, m.value.get("count")) for m in found] == [("count", "１２０", "120")]


def test_a_figure_glued_to_a_unit_is_left_to_measures():
    found = recognize("在5秒内损失了15GW的电力。", "zh", date(2025, 10, 22))
    assert [(m.kind, m.text) for m in found] == [("duration", "5秒"), ("quantity", "15GW")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("法国和比利时昨天举行了联合演习，铁路交通暂时中断。", "zh"),
        ("法國與比利時昨天舉行了聯合演習，鐵路交通暫時中斷。", "zh"),
        ("フランスとベルギーで合同演習が行われ、鉄道の運行が一時止まった。", "ja"),
        ("프랑스와 벨기에에서 합동 훈련이 열려 철도 운행이 잠시 멈췄다.", "ko"),
    ],
)
def test_the_language_of_an_unspaced_text_is_detected(text, lang):
    assert detect_language(text) == lang


def test_extract_attaches_values_in_an_unspaced_language_to_catalog_topics():
    spec = CaseSpec.model_validate(ZH_CASE)
    info = ArticleInfo("fund.txt", language="zh", published="2025-10-22")
    result = extract_article(ZH_ARTICLE, info, spec)
    claims = {c["topic"]: c for c in yaml.safe_load(result.text)["claims"]}
    assert claims["fund.raised"]["value"] == {
        "kind": "amount",
        "amount": 1500000000,
        "currency": "USD",
    }
    assert claims["fund.raised"]["period"] == "2024"
    assert claims["fund.staff"]["value"] == {"kind": "count", "count": 1200, "unit": "名"}


def test_a_count_is_tied_by_the_noun_before_it_where_the_language_puts_it_there():
    spec = CaseSpec.model_validate(
        {
            "title": "地震",
            "topics": [
                {
                    "id": "quake.deaths",
                    "kind": "count",
                    "subjects": ["缅甸"],
                    "properties": ["死亡人数"],
                }
            ],
        }
    )
    info = ArticleInfo("quake.txt", language="zh", published="2025-03-29")
    article = "缅甸地震\n缅甸官方表示，地震死亡人数已升至144人。\n"
    claims = yaml.safe_load(extract_article(article, info, spec).text)["claims"]
    assert [(c["topic"], c["value"]["count"]) for c in claims] == [("quake.deaths", 144)]


KO_CASE = {
    "title": "지진",
    "topics": [
        {"id": "quake.deaths", "kind": "count", "subjects": ["미얀마"], "properties": ["사망자"]},
    ],
}


def test_a_catalog_word_with_a_particle_glued_on_still_ties_its_value():
    spec = CaseSpec.model_validate(KO_CASE)
    info = ArticleInfo("quake.txt", language="ko", published="2025-03-31")
    article = "미얀마 강진\n미얀마 당국은 사망자가 1,644명에 이른다고 밝혔다.\n"
    claims = yaml.safe_load(extract_article(article, info, spec).text)["claims"]
    assert [(c["topic"], c["value"]) for c in claims] == [
        ("quake.deaths", {"kind": "count", "count": 1644, "unit": "명"})
    ]


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("フランスとベルギーで合同演習が行われ、数千人が参加した。", "cp932"),
        ("프랑스와 벨기에에서 합동 훈련이 열려 철도 운행이 잠시 멈췄다.", "cp949"),
        ("法國與比利時舉行聯合演習，鐵路交通暫時中斷。", "big5"),
        ("法国和比利时举行联合演习，铁路交通暂时中断。", "gb18030"),
    ],
)
def test_an_article_in_a_legacy_east_asian_encoding_is_read(text, codec):
    assert parse_article("article.txt", text.encode(codec)).text == text
