"""date: precision, relative dates within the publication's precision, spans and weekdays."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from factcheck.values.date import DateSpan, DateValue


@pytest.mark.parametrize(
    ("spec", "published", "expected"),
    [
        ({"date": "--10", "relative": "last"}, "2025-10-24", "2024-10-01..2024-10-31"),
        ({"date": "--10", "relative": "last"}, "2025-11-02", "2025-10-01..2025-10-31"),
        ({"date": "--03", "relative": "next"}, "2025-10-24", "2026-03-01..2026-03-31"),
        ({"ago": "P1Y"}, "2025-10-24", "2024-01-01..2024-12-31"),
        ({"ago": "P1M"}, "2025-01-10", "2024-12-01..2024-12-31"),
        # published in some month of 2025: "last October" is October 2024 or October 2025
        ({"date": "--10", "relative": "last"}, "2025", "2024-10-01..2025-10-31"),
        ({"date": "--10", "relative": "last"}, "2025-06", "2024-10-01..2024-10-31"),
    ],
)
def test_relative_dates_resolve_within_the_publication_precision(
    values, spec: dict, published: str, expected: str
) -> None:
    assert values.of({"kind": "date", **spec}, published=published).key == expected


def test_a_relative_date_without_publication_stays_unresolved(values) -> None:
    payload = values.of({"kind": "date", "date": "--10", "relative": "last"})
    assert not payload.placed and "no publication date" in payload.stated


def test_year_contains_month_but_not_another_year(values) -> None:
    year, april = (
        values.of({"kind": "date", "date": 2024}),
        values.of({"kind": "date", "date": "2024-04"}),
    )
    other = values.of({"kind": "date", "date": "2023-10"})
    assert values.groups("date", year, april) == 1
    assert values.groups("date", year, other) == 2


def test_weekday_agrees_with_a_date_that_falls_on_it(values) -> None:
    sunday = values.of({"kind": "date", "weekday": "Sunday"})
    tuesday = values.of({"kind": "date", "weekday": "tuesday"})
    nineteenth = values.of({"kind": "date", "date": "2025-10-19"})  # a Sunday
    october = values.of({"kind": "date", "date": "2025-10"})
    assert values.groups("date", sunday, nineteenth) == 1
    assert values.groups("date", tuesday, nineteenth) == 2
    assert values.groups("date", tuesday, october) == 1  # a month holds every weekday
    assert values.groups("date", sunday, tuesday) == 2
    assert values.groups("date", sunday, nineteenth, tuesday) == 2


def test_span_of_dates_and_centuries(values) -> None:
    span = values.of({"kind": "date", "min": "1701", "max": "1900"})
    assert isinstance(span, DateSpan) and span.bounds() == ("1701-01-01", "1900-12-31")
    assert values.groups("date", span, values.of({"kind": "date", "date": "1810"})) == 1
    assert values.groups("date", span, values.of({"kind": "date", "date": "1950"})) == 2


@pytest.mark.parametrize(
    "spec",
    [
        {"date": "2025-13"},
        {"date": "2025-02-30"},
        {"weekday": "someday"},
        {"min": "2025-05"},
        {"min": "2025-05", "max": "2025-04"},
        {"date": "2025", "min": "2024", "max": "2025"},
    ],
)
def test_impossible_dates_are_refused(spec: dict) -> None:
    with pytest.raises(ValidationError):
        DateValue.model_validate({"kind": "date", **spec})
