"""Normalization: stated rounding, qualifiers, dates, periods and country names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from factcheck.models.values import AmountValue, CountValue, DateValue
from factcheck.normalize.dates import date_interval, parse_period, resolve_date
from factcheck.normalize.intervals import Interval, stabbing_groups
from factcheck.normalize.places import country_code, may_begin_country, may_continue_country
from factcheck.normalize.quantities import quantity_interval, stated_quantity

BN = D(10) ** 9


def amount(number: str, scale: str | None = "billion") -> AmountValue:
    return AmountValue(kind="amount", amount=D(number), scale=scale, currency="USD")


@pytest.mark.parametrize(
    ("number", "qualifier", "lo", "hi"),
    [
        ("2.8", "exact", D("2.75") * BN, D("2.85") * BN),
        ("2.80", "exact", D("2.795") * BN, D("2.805") * BN),
        ("2.8", "at_least", D("2.75") * BN, None),
        ("2", "up_to", D(0), D("2.5") * BN),
        ("2.84", "about", D("2.84") * BN * D("0.95") - D("0.005") * BN, None),
    ],
)
def test_amount_intervals(number: str, qualifier: str, lo: D, hi: D | None) -> None:
    interval = quantity_interval(stated_quantity(amount(number)), qualifier, D("0.05"))  # type: ignore[arg-type]
    assert interval.lo == lo
    if hi is not None or qualifier in ("at_least",):
        assert interval.hi == hi


def test_exact_count_has_no_rounding_but_scaled_count_does() -> None:
    assert quantity_interval(
        stated_quantity(CountValue(kind="count", count=D(9))), "exact", D(0)
    ) == Interval(D(9), D(9))
    scaled = stated_quantity(CountValue(kind="count", count=D(2), scale="thousand"))
    assert scaled.value == 2000 and scaled.half_unit == 500


def test_more_than_an_exact_count_is_open() -> None:
    interval = quantity_interval(
        stated_quantity(CountValue(kind="count", count=D(8))), "more_than", D(0)
    )
    assert not interval.overlaps(Interval(D(8), D(8)))
    assert interval.overlaps(Interval(D(9), D(9)))


@pytest.mark.parametrize(
    ("value", "published", "expected"),
    [
        (DateValue(kind="date", date="--10", relative="last"), date(2025, 10, 24), "2024-10"),
        (DateValue(kind="date", date="--10", relative="last"), date(2025, 11, 2), "2025-10"),
        (DateValue(kind="date", date="--03", relative="next"), date(2025, 10, 24), "2026-03"),
        (DateValue(kind="date", ago="P1Y"), date(2025, 10, 24), "2024"),
        (DateValue(kind="date", ago="P1M"), date(2025, 1, 10), "2024-12"),
        (DateValue(kind="date", date="2024-04-21"), date(2025, 1, 10), "2024-04-21"),
    ],
)
def test_relative_dates_resolve_against_publication(
    value: DateValue, published: date, expected: str
) -> None:
    assert resolve_date(value, published).iso() == expected


def test_year_contains_month_but_not_other_year() -> None:
    year = date_interval(resolve_date(DateValue(kind="date", date="2024"), date.today()), "exact")
    april = date_interval(
        resolve_date(DateValue(kind="date", date="2024-04"), date.today()), "exact"
    )
    october_2023 = date_interval(
        resolve_date(DateValue(kind="date", date="2023-10"), date.today()), "exact"
    )
    assert year.contains(april) and year.overlaps(april)
    assert not year.overlaps(october_2023) and october_2023.entirely_before(april)


def test_periods() -> None:
    assert parse_period("2024-01/2025-09", date(2025, 10, 22)).key == "2024-01/2025-09"
    open_end = parse_period("2024-01/..", date(2025, 10, 22))
    assert open_end.interval.hi == D(date(2025, 10, 22).toordinal())
    # "since 2024" said on another day is another total: another row
    assert open_end.key == "2024-01/2025-10-22" and open_end.open_end
    assert parse_period("2024-01/..", date(2024, 6, 1)).key != open_end.key
    so_far = parse_period("../2019-08", date(2019, 8, 7))
    assert so_far.interval.lo is None and so_far.key == "../2019-08"
    assert parse_period("2025", date(2025, 1, 1)).interval.contains(
        parse_period("2025-01/2025-09", date(2025, 1, 1)).interval
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Regno Unito", "GB"),
        ("la Grande-Bretagne", "GB"),
        ("İngiltere", "GB"),
        ("ABD", "US"),
        ("Stati Uniti d’America", "US"),
        ("Repubblica di Corea", "KR"),
        ("Güney Kore", "KR"),
        ("Kamboçya'nın", "KH"),
        ("la Guinée équatoriale", "GQ"),
        ("Nederland", "NL"),
        ("Südkorea", "KR"),
        ("Países Bajos", "NL"),
        ("NZ", "NZ"),
        ("Atlantis", None),
    ],
)
def test_country_names_in_seven_languages(name: str, code: str | None) -> None:
    assert country_code(name) == code


def test_stabbing_groups_are_minimal_and_order_free() -> None:
    items = [
        (Interval(D(9), D(9)), "a"),
        (Interval(D(11), D(11)), "b"),
        (Interval(D(10), None), "c"),
    ]
    groups = stabbing_groups(items)
    assert sorted(sorted(t for _, t in g) for g in groups) == [["a"], ["b", "c"]]
    assert len(stabbing_groups(list(reversed(items)))) == 2


def _naive_group_count(intervals: list[Interval]) -> int:
    """The textbook greedy: stab at the smallest upper end, drop what it hits, repeat."""
    remaining, count = list(intervals), 0
    while remaining:
        stab = min(remaining, key=lambda i: (i.hi is None, i.hi or 0, not i.hi_open))
        point = stab.hi
        remaining = [
            i
            for i in remaining
            if not (
                point is None
                or i.lo is None
                or i.lo < point
                or (i.lo == point and not i.lo_open and not stab.hi_open)
            )
        ]
        count += 1
    return count


def test_stabbing_sweep_matches_the_textbook_greedy() -> None:
    import random

    rng = random.Random(20251022)
    for _ in range(300):
        intervals = []
        for _ in range(rng.randint(1, 25)):
            lo = D(rng.randint(0, 30)) if rng.random() > 0.1 else None
            hi = (lo or D(0)) + D(rng.randint(0, 8)) if rng.random() > 0.1 else None
            point = lo is not None and hi is not None and lo == hi
            # a single point must be closed on both sides, or the interval would be empty
            lo_open = not point and rng.random() < 0.3
            hi_open = not point and rng.random() < 0.3
            intervals.append(Interval(lo, hi, lo_open, hi_open))
        groups = stabbing_groups([(iv, n) for n, iv in enumerate(intervals)])
        assert len(groups) == _naive_group_count(intervals)
        assert sorted(n for g in groups for _, n in g) == list(range(len(intervals)))
        for group in groups:  # every group has a common point
            common: Interval | None = group[0][0]
            for iv, _ in group[1:]:
                common = common.intersect(iv) if common else None
            assert common is not None


def test_country_heads_reject_only_words_no_name_begins_with() -> None:
    for word in ["The", "United", "Corée", "l'Australie", "Çin'in", "US", "U.S.", "Chile.", "la"]:
        assert may_begin_country(word), word
    for word in ["Nobody", "Thursday", "Parliament", "Reuters"]:
        assert not may_begin_country(word), word
        assert country_code(word) is None


def test_country_phrases_extend_only_while_a_longer_name_can_follow() -> None:
    for phrase in ["United", "United States", "The", "the United", "Corée du", "la", "Bosnia and"]:
        assert may_continue_country(phrase, "x"), phrase
    for phrase in ["China", "The board", "United Nations", "Peru said"]:
        assert not may_continue_country(phrase, "x"), phrase
    # a word that folds to nothing leaves the name as it was: "South Korea ͺ" is South Korea
    assert may_continue_country("South Korea", "ͺ")
    assert country_code("South Korea ͺ") == "KR"
    assert country_code("United States of America") == "US"
    assert country_code("Corée du Sud") == "KR"
