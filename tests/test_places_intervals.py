"""Stabbing groups and country names in any supported language."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from factcheck.values.intervals import Interval, stabbing_groups
from factcheck.values.places import country_code, may_begin_country, may_continue_country


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


def test_a_value_that_fits_two_groups_joins_the_one_more_values_fit_alone() -> None:
    # "about 30" fits both 22 and 33: it stands with the three 33s, not the lone 22
    about = Interval(D(20), D(40))
    items = [(Interval(D(22), D(22)), "lone"), (about, "about")]
    items += [(Interval(D(33), D(33)), f"x{n}") for n in range(3)]
    for order in (items, list(reversed(items))):
        groups = sorted(sorted(t for _, t in g) for g in stabbing_groups(order))
        assert groups == [["about", "x0", "x1", "x2"], ["lone"]], groups
    # with the majority on the low side it stands there instead
    items = [(Interval(D(22), D(22)), f"y{n}") for n in range(3)]
    items += [(about, "about"), (Interval(D(33), D(33)), "lone")]
    groups = sorted(sorted(t for _, t in g) for g in stabbing_groups(items))
    assert groups == [["about", "y0", "y1", "y2"], ["lone"]], groups


def test_the_surest_group_is_chosen_among_every_group_a_value_fits() -> None:
    import random

    rng = random.Random(20261128)
    for _ in range(300):
        intervals = []
        for _ in range(rng.randint(1, 20)):
            lo = D(rng.randint(0, 30))
            intervals.append(Interval(lo, lo + D(rng.randint(0, 10))))
        groups = stabbing_groups([(iv, n) for n, iv in enumerate(intervals)])
        # a group's stab point: the lowest upper end among its closed intervals
        uppers = [min(iv.hi for iv, _ in g if iv.hi is not None) for g in groups]
        points = [Interval(p, p) for p in uppers]
        assert all(iv.contains(p) for g, p in zip(groups, points, strict=True) for iv, _ in g)
        alone = [sum(1 for iv, _ in g if sum(map(iv.contains, points)) == 1) for g in groups]
        for index, group in enumerate(groups):
            for iv, _ in group:
                fits = [g for g, p in enumerate(points) if iv.contains(p)]
                assert alone[index] == max(alone[g] for g in fits), (intervals, groups)


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
