"""A running figure dated by its sentence ("as of 4 March, 20 injured") is drafted with the
day it stood at, and that day is no date of the story."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import compared

from factcheck.extract.pipeline.draft import ArticleMeta, build_draft
from factcheck.models.case import CaseSpec

# a Thursday: "Tuesday" before it is 2 September
PUBLISHED = "2027-09-02"


def _claims(text: str, lang: str) -> list[dict]:
    meta = ArticleMeta("a", "t", "outlet", lang, PUBLISHED, "a.txt")
    return list(build_draft(text, meta, CaseSpec(title="t")).source["claims"])


def _counts(text: str, lang: str) -> list[tuple[int, str | None]]:
    return [
        (int(c["value"]["count"]), c.get("as_of"))
        for c in _claims(text, lang)
        if c["value"]["kind"] == "count"
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "As of 30 August, 340 residents had been evacuated from the valley."),
        ("en", "By Monday, 340 residents had been evacuated from the valley."),
        ("de", "Stand 30. August wurden 340 Anwohner aus dem Tal evakuiert."),
        ("de", "Bis zum 30. August wurden 340 Anwohner aus dem Tal evakuiert."),
        ("fr", "Au 30 août, 340 habitants avaient été évacués de la vallée."),
        ("es", "Al 30 de agosto, 340 vecinos habían sido evacuados del valle."),
        ("es", "Hasta el lunes, 340 vecinos habían sido evacuados del valle."),
        ("it", "Al 30 agosto, 340 residenti erano stati evacuati dalla valle."),
        ("pt", "Até 30 de agosto, 340 moradores tinham sido retirados do vale."),
        ("nl", "Per 30 augustus waren 340 bewoners uit het dal geëvacueerd."),
        ("nb", "Per 30. august var 340 innbyggere evakuert fra dalen."),
        ("tr", "30 Ağustos itibarıyla vadiden 340 kişi tahliye edildi."),
        ("ja", "8月30日現在、谷から340人が避難した。"),
        ("ko", "8월 30일 현재 계곡에서 340명이 대피했다."),
        ("zh", "截至8月30日，已有340人从山谷撤离。"),
    ],
)
def test_a_running_figure_takes_the_day_its_sentence_dates_it_to(lang: str, text: str) -> None:
    claims = _claims(text, lang)
    counts = [(int(c["value"]["count"]), c.get("as_of")) for c in claims if "count" in c["value"]]
    assert counts == [(340, "2027-08-30")], claims
    # the day the figure stood at is not drafted as a date of the story
    assert [c for c in claims if c["value"]["kind"] == "date"] == [], claims


def test_each_figure_of_a_dated_clause_takes_its_day() -> None:
    text = "As of 30 August, 12 people had died and 45 were injured in the floods."
    assert _counts(text, "en") == [(12, "2027-08-30"), (45, "2027-08-30")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the day of the event, not the day a count stood at: counted as of publication
        ("en", "The landslide on 30 August buried 14 houses and killed 6 people."),
        ("de", "Der Erdrutsch am 30. August tötete 6 Menschen."),
        ("fr", "Le glissement de terrain du 30 août a fait 6 morts."),
        ("ja", "8月30日の土砂崩れで6人が死亡した。"),
        # "by Monday's landslide" names the landslide
        ("en", "Six people were killed by Monday's landslide, the police said."),
    ],
)
def test_a_date_that_marks_no_moment_leaves_the_figure_undated(lang: str, text: str) -> None:
    assert all(as_of is None for _, as_of in _counts(text, lang)), _claims(text, lang)


def test_a_day_after_publication_dates_no_figure() -> None:
    # an aim, not a count that stood: the day is still ahead of publication
    text = "Officials hope that by 20 September 500 families will have returned home."
    assert all(as_of is None for _, as_of in _counts(text, "en"))


def test_a_figure_that_covers_a_period_keeps_it() -> None:
    claims = _claims("Between 2010 and 2014 the company lost $3 billion.", "en")
    assert [c.get("period") for c in claims] == ["2010/2014"]
    assert all("as_of" not in c for c in claims)


def test_an_earlier_figure_dated_as_such_is_no_conflict_with_a_later_one(tmp_path: Path) -> None:
    # one source gives the count of two days; the other the later one alone, then a third
    # gives another figure for the earlier day: only that one disagrees
    articles = {
        "en.txt": "Floods in the valley\n\nAs of Monday, 120 people had been evacuated. "
        "By Wednesday the number of evacuated residents had risen to 340.\n",
        "de.txt": "Hochwasser im Tal\n\nInzwischen wurden 340 Menschen evakuiert.\n",
        "fr.txt": "Crues dans la vallée\n\nAu 30 août, 150 personnes avaient été évacuées.\n",
    }
    report = compared(tmp_path, articles, PUBLISHED)
    errors = [f for f in report.findings if f.severity == "error"]
    assert len(errors) == 1, errors
    assert "120" in errors[0].message and "150" in errors[0].message
    assert "340" not in errors[0].message
