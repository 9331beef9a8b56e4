"""A span of time that qualifies no other figure is a figure of its own: a date span."""

from __future__ import annotations

import pytest

from factcheck.extract.pipeline.draft import ArticleMeta, build_draft
from factcheck.models.case import CaseSpec


def _claims(text: str, lang: str) -> list[dict]:
    meta = ArticleMeta("a", "t", "outlet", lang, "2025-06-02", "a.txt")
    return list(build_draft(text, meta, CaseSpec(title="t")).source["claims"])


def _spans(text: str, lang: str) -> list[dict]:
    return [c["value"] for c in _claims(text, lang) if "min" in c["value"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The stolen brooch was made in the 17th century by a court jeweller."),
        ("ja", "盗まれたブローチは17世紀に宮廷の宝石職人が作った。"),
        ("ko", "도난당한 브로치는 17세기에 궁정 보석상이 만들었다."),
        ("zh", "被盗的胸针是17世纪宫廷珠宝匠制作的。"),
    ],
)
def test_a_century_that_qualifies_no_figure_is_a_date_span(lang: str, text: str) -> None:
    assert _spans(text, lang) == [{"kind": "date", "min": "1600", "max": "1699"}]


def test_a_year_span_alone_is_a_date_span() -> None:
    spans = _spans("The castle was rebuilt between 1820 and 1835 by the new owners.", "en")
    assert spans == [{"kind": "date", "min": "1820", "max": "1835"}]


def test_a_period_that_an_amount_covers_stays_its_qualifier() -> None:
    claims = _claims("Between 2010 and 2014 the company lost $3 billion.", "en")
    assert not [c for c in claims if c["value"]["kind"] == "date"], claims
    amounts = [c for c in claims if c["value"]["kind"] == "amount"]
    assert [c.get("period") for c in amounts] == ["2010/2014"], amounts


def test_a_period_open_at_one_end_is_no_figure() -> None:
    claims = _claims("Since 2010 the museum has been closed on Mondays.", "en")
    assert not [c for c in claims if "min" in c["value"]], claims
