"""A rate of a period (inflation, unemployment, growth) takes the month, quarter or year its
clause names as its period, so that two months' figures told in one sentence are not two
figures of one period, in each language."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# (language, this month's rate and last month's, each told with its month)
TWO_MONTHS = [
    ("en", "Inflation slowed to 5.3% in May from 5.9% in April."),
    ("de", "Die Inflation sank im Mai auf 5,3 Prozent, nach 5,9 Prozent im April."),
    ("es", "La inflación bajó al 5,3 % en mayo, desde el 5,9 % de abril."),
    ("fr", "L'inflation a reculé à 5,3 % en mai, après 5,9 % en avril."),
    ("it", "L'inflazione è scesa al 5,3% a giugno, dopo il 5,9% a maggio."),
    ("pt", "A inflação recuou para 5,3% em maio, ante 5,9% em abril."),
    ("nl", "De inflatie daalde in mei naar 5,3 procent, tegen 5,9 procent in april."),
    ("nb", "Inflasjonen falt til 5,3 prosent i mai, fra 5,9 prosent i april."),
    ("tr", "Enflasyon mayıs ayında yüzde 5,3'e indi; nisan ayında enflasyon yüzde 5,9 idi."),
    ("ja", "5月のインフレ率は5.3%で、4月の5.9%から低下した。"),
    ("ko", "5월 물가상승률은 5.3%로 4월의 5.9%에서 낮아졌다."),
    ("zh", "通胀率5月降至5.3%，4月为5.9%。"),
]


def _rates(text: str, lang: str, published: str = "2026-06-04") -> dict[str, str | None]:
    claims = drafted_claims(text, lang, published=published)
    return {c["quote"]: c.get("period") for c in claims if c["topic"] == "inflation"}


@pytest.mark.parametrize(("lang", "text"), TWO_MONTHS)
def test_two_months_rates_have_their_own_periods(lang: str, text: str) -> None:
    periods = _rates(text, lang)
    assert len(periods) == 2 and len(set(periods.values())) == 2, periods
    assert all(p is not None and p.startswith("2026-0") for p in periods.values()), periods


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Inflation was 5.3%, the statistics office said on Tuesday."),
        ("de", "Die Inflation lag am Dienstag bei 5,3 Prozent."),
        ("fr", "L'inflation s'établit à 5,3 %, a indiqué mardi l'Insee."),
    ],
)
def test_the_day_a_rate_was_told_is_no_period_of_it(lang: str, text: str) -> None:
    assert list(_rates(text, lang).values()) == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Inflation stood at 44.4% in December."),
        ("es", "La inflación fue del 44,4 % en diciembre."),
        ("nb", "Inflasjonen var 44,4 prosent i desember."),
    ],
)
def test_a_month_yet_to_come_named_alone_is_last_years(lang: str, text: str) -> None:
    assert list(_rates(text, lang, published="2026-01-15").values()) == ["2025-12"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Turnout was 71.2%, the highest since 1990, up from 66.8% in 2022."),
        ("fr", "La participation a atteint 71,2 %, contre 66,8 % en 2022."),
        ("de", "Die Wahlbeteiligung lag bei 71,2 Prozent, nach 66,8 Prozent im Jahr 2022."),
    ],
)
def test_an_earlier_election_turnout_is_of_its_year(lang: str, text: str) -> None:
    claims = drafted_claims(text, lang, published="2026-03-09")
    periods = {c["quote"]: c.get("period") for c in claims if c["topic"] == "turnout"}
    assert sorted(map(str, periods.values())) == ["2022", "None"], periods


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "昨年11月の消費者物価指数の上昇率は前年同月比5.2%だった。"),
        ("ko", "지난해 11월 소비자물가 상승률은 전년 동월 대비 5.2%였다."),
    ],
)
def test_the_year_a_rate_is_measured_against_is_not_its_period(lang: str, text: str) -> None:
    assert list(_rates(text, lang, published="2026-01-15").values()) == ["2025-11"]
