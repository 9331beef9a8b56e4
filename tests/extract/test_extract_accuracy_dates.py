"""Accuracy of dates: spelled days, commas before the year, day-first dots, "earlier this"."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.recognizers.dates.find import find_dates

PUBLISHED = date(2021, 3, 10)


def _periods(text: str, lang: str) -> list[tuple[str, str]]:
    """The first and last values of the closed periods found in ``text``."""
    return [
        (d.first.iso(), d.last.iso())
        for d in find_dates(text, lang, PUBLISHED)
        if d.form in ("range", "span") and d.first and d.last
    ]


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    out = []
    for d in find_dates(text, lang, PUBLISHED):
        if d.form == "date" and d.first is not None:
            out.append((text[d.start : d.end], d.first.iso()))
    return out


@pytest.mark.parametrize(
    "lang, text, value",
    [
        ("en", "The vote was held on the twenty-third of May 2019.", "2019-05-23"),
        ("en", "Results came out in October , 2020 after a recount.", "2020-10"),
        ("en", "Signed 3. Feb. 2017 in Vienna.", "2017-02-03"),
        ("es", "La ley entró en vigor el siete de marzo de 2014.", "2014-03-07"),
        ("es", "Se firmó en mayo, 2012 en Lima.", "2012-05"),
        ("es", "Nació el 5 de 11 de 1980.", "1980-11-05"),
        ("it", "Il decreto è del ventotto febbraio 2013.", "2013-02-28"),
        ("fr", "Le traité date du douze mars de 1998.", "1998-03-12"),
        ("fr", "Le bilan de déc. 2018 était en baisse.", "2018-12"),
    ],
)
def test_spelled_and_punctuated_dates(lang, text, value):
    assert value in [v for _, v in _dates(text, lang)]


def test_earlier_this_month_is_the_month():
    found = find_dates("Prices rose earlier this month.", "en", PUBLISHED)
    assert [(d.form, d.first.iso() if d.first else None) for d in found] == [("date", "2021-03")]


@pytest.mark.parametrize(
    "lang, text, first, last",
    [
        ("en", "Talks resume over the next 2 months.", "2021-03-11", "2021-05-10"),
        ("en", "Prices rose over the past 2 months.", "2021-01-10", "2021-03-09"),
        ("it", "Il cantiere resterà chiuso nei prossimi 2 mesi.", "2021-03-11", "2021-05-10"),
        ("fr", "Le chantier restera fermé les deux prochains mois.", "2021-03-11", "2021-05-10"),
        ("fr", "Les prix ont monté ces deux derniers mois.", "2021-01-10", "2021-03-09"),
        ("es", "La obra seguirá cerrada los próximos 2 meses.", "2021-03-11", "2021-05-10"),
        ("de", "Die Baustelle bleibt in den nächsten 2 Monaten zu.", "2021-03-11", "2021-05-10"),
        ("tr", "Şantiye önümüzdeki 2 ay kapalı kalacak.", "2021-03-11", "2021-05-10"),
        ("nb", "Anlegget holdes stengt de neste 2 månedene.", "2021-03-11", "2021-05-10"),
    ],
)
def test_the_next_and_the_last_units_count_from_publication(lang, text, first, last):
    assert _periods(text, lang) == [(first, last)]


@pytest.mark.parametrize(
    "lang, text, first, last",
    [
        ("en", "Output fell in the third quarter of 2019.", "2019-07", "2019-09"),
        ("en", "Hiring slowed in the second half of 2018.", "2018-07", "2018-12"),
        ("it", "Il fatturato è sceso nel secondo trimestre del 2019.", "2019-04", "2019-06"),
        ("fr", "Les ventes ont chuté au premier semestre 2020.", "2020-01", "2020-06"),
        ("es", "Las ventas cayeron en el cuarto trimestre de 2017.", "2017-10", "2017-12"),
        ("de", "Der Umsatz sank im dritten Quartal 2019.", "2019-07", "2019-09"),
        ("de", "Der Umsatz sank im 4. Quartal 2019.", "2019-10", "2019-12"),
        ("nb", "Salget falt i andre kvartal 2019.", "2019-04", "2019-06"),
        ("tr", "Satışlar 2019 yılının ikinci çeyreğinde düştü.", "2019-04", "2019-06"),
        ("it", "Il fenomeno risale agli anni 1980.", "1980", "1989"),
        ("fr", "Le phénomène date des années 1980.", "1980", "1989"),
        ("es", "El fenómeno viene de los años 1980.", "1980", "1989"),
    ],
)
def test_quarters_halves_and_decades_named_in_words(lang, text, first, last):
    assert _periods(text, lang) == [(first, last)]


@pytest.mark.parametrize(
    "lang, text, first, last",
    [
        ("en", "Over the 2015–2019 period exports doubled.", "2015", "2019"),
        ("de", "Im Zeitraum 2015-2019 verdoppelten sich die Exporte.", "2015", "2019"),
        ("tr", "2015 ile 2019 aralığında ihracat ikiye katlandı.", "2015", "2019"),
        ("tr", "2015'ten 2019'a kadarki dönemde ihracat arttı.", "2015", "2019"),
        ("tr", "Bu akım 1980'lerde başladı.", "1980", "1989"),
    ],
)
def test_spans_of_years(lang, text, first, last):
    assert _periods(text, lang) == [(first, last)]


def test_hyphenated_numbers_that_are_no_span_of_years():
    text = "Filed 2019-03-04, case 2019-2017, call +86 138-2010-2015."
    assert [d.form for d in find_dates(text, "en", PUBLISHED)] == ["date"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The offer runs between January 1 and February 29."),
        ("en", "Prices held between 13 Aug - 31 Sep 2025."),
        ("it", "Il cantiere è aperto dal marzo 2023 al 31 febbraio."),
    ],
)
def test_a_range_ending_on_a_day_the_year_lacks_is_no_range(lang, text):
    found = find_dates(text, lang, date(2025, 10, 22))
    assert [d for d in found if d.pattern == "range"] == []
