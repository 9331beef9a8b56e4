"""Periods of totals: an open end runs to publication, unless the period starts after it."""

from __future__ import annotations

from factcheck.values.calendar import parse_moment, parse_period
from factcheck.values.words import period_words


def test_a_period_open_since_a_past_year_runs_to_publication() -> None:
    period = parse_period("2024/..", parse_moment("2025-10-22"))
    assert period.key == "2024/2025-10-22"
    assert period_words(period) == "since 2024 (to 22 October 2025)"


def test_a_period_from_a_year_after_publication_stays_open() -> None:
    # savings promised "from 2029 on" in a story of 2026: nothing has run since then yet
    period = parse_period("2029/..", parse_moment("2026-09-07"))
    assert period.key == "2029/.."
    assert period.interval.hi is None
    assert period_words(period) == "from 2029 on"


def test_two_promises_from_the_same_future_year_are_one_period() -> None:
    early = parse_period("2029/..", parse_moment("2026-09-07"))
    late = parse_period("2029/..", parse_moment("2026-09-08"))
    assert early.key == late.key
