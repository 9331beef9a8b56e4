"""quantity, duration, percent and amount: conversions, rounding and ranges."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from factcheck.values.duration import DurationValue
from factcheck.values.quantity import QuantityValue


def test_units_convert_within_a_dimension(values) -> None:
    miles = values.of({"kind": "quantity", "value": 10, "unit": "miles"})
    km = values.of({"kind": "quantity", "value": 17, "unit": "km"}, "about")
    far = values.of({"kind": "quantity", "value": 25, "unit": "km"})
    assert values.groups("quantity", miles, km) == 1
    assert values.groups("quantity", miles, far) == 2


def test_different_dimensions_never_compare(values) -> None:
    depth = values.of({"kind": "quantity", "value": 10, "unit": "km"})
    power = values.of({"kind": "quantity", "value": 10, "unit": "GW"})
    magnitude = values.of({"kind": "quantity", "value": 7.7, "unit": "magnitude"})
    assert len({depth.compare_class, power.compare_class, magnitude.compare_class}) == 3


def test_volumes_masses_and_data_sizes_convert_and_read_in_a_unit_they_reach(values) -> None:
    small = values.of({"kind": "quantity", "value": 500, "unit": "ml"})
    half_litre = values.of({"kind": "quantity", "value": 0.5, "unit": "l"})
    pounds = values.of({"kind": "quantity", "value": 2, "unit": "lb"})
    grams = values.of({"kind": "quantity", "value": 907, "unit": "g"}, "about")
    data = values.of({"kind": "quantity", "value": 1.2, "unit": "TB"})
    assert values.groups("quantity", small, half_litre) == 1
    assert values.groups("quantity", pounds, grams) == 1
    assert values.groups("quantity", small, pounds) == 2
    # shown in the largest unit the value is at least one of, not as a fraction of a tonne
    assert small.normalized == "from 495 mL to under 505 mL"
    assert data.normalized == "from 1.15 TB to under 1.25 TB"
    bag = values.of({"kind": "quantity", "value": 3.5, "unit": "kg"})
    assert bag.normalized == "from 3.45 kg to under 3.55 kg"


def test_temperatures_convert_with_their_offset(values) -> None:
    celsius = values.of({"kind": "quantity", "value": 30, "unit": "°C"})
    fahrenheit = values.of({"kind": "quantity", "value": 86, "unit": "degF"})
    assert values.groups("quantity", celsius, fahrenheit) == 1


def test_rate_changes_in_percentage_and_basis_points_convert(values) -> None:
    points = values.of({"kind": "quantity", "value": 0.25, "unit": "pp"})
    basis = values.of({"kind": "quantity", "value": 25, "unit": "bp"})
    half = values.of({"kind": "quantity", "value": 50, "unit": "basis_point"})
    assert values.groups("quantity", points, basis) == 1
    assert values.groups("quantity", points, half) == 2
    assert points.normalized == "from 0.245 pp to under 0.255 pp"
    assert basis.normalized == "from 0.245 pp to under 0.26 pp"  # 25 covers 24.5 to 26
    # a change of a rate is not a length, a share or anything else with a unit
    depth = values.of({"kind": "quantity", "value": 25, "unit": "km"})
    assert points.compare_class != depth.compare_class


def test_durations_compare_in_seconds_and_whole_units_may_be_truncated(values) -> None:
    seven = values.of({"kind": "duration", "value": 7, "unit": "minutes"})
    four = values.of({"kind": "duration", "value": 4, "unit": "minute"})
    range_ = values.of({"kind": "duration", "min": 6, "max": 7, "unit": "minute"})
    iso = values.of({"kind": "duration", "iso": "PT7M30S"})
    assert values.groups("duration", seven, range_, iso) == 1
    assert values.groups("duration", seven, four) == 2


def test_a_month_is_any_month(values) -> None:
    month = values.of({"kind": "duration", "value": 1, "unit": "month"})
    assert (
        values.groups(
            "duration", month, values.of({"kind": "duration", "value": 30, "unit": "day"})
        )
        == 1
    )


def test_shares_in_points(values) -> None:
    about = values.of({"kind": "percent", "value": 60}, "about")
    over = values.of({"kind": "percent", "value": 60}, "more_than")
    half = values.of({"kind": "percent", "value": 50}, "about")
    ninety = values.of({"kind": "percent", "value": 90})
    assert values.groups("percent", about, over) == 1
    assert values.groups("percent", half, ninety) == 2


def test_amounts_convert_at_the_reference_rate_of_the_day(values) -> None:
    euros = values.of(
        {"kind": "amount", "amount": 88, "scale": "million", "currency": "EUR"},
        published="2025-10-20",
    )
    dollars = values.of(
        {"kind": "amount", "amount": 102, "scale": "million", "currency": "USD"},
        "about",
        published="2025-10-20",
    )
    yen = values.of(
        {"kind": "amount", "amount": 15.5, "scale": "billion", "currency": "JPY"},
        "about",
        published="2025-10-20",
    )
    assert values.groups("amount", euros, dollars, yen) == 1
    # a declared rate wins over the reference one
    assert values.groups("amount", euros, dollars, rates={"EUR/USD": "1.5"}) == 2


@pytest.mark.parametrize(
    ("model", "spec"),
    [
        (QuantityValue, {"value": 3, "unit": "parsecs per fortnight squared"}),
        (QuantityValue, {"value": 3, "unit": "percent"}),
        (QuantityValue, {"min": 5, "unit": "km"}),
        (DurationValue, {"value": 3}),
        (DurationValue, {"iso": "P1YT3H"}),
        (DurationValue, {"value": 3, "unit": "fortnight"}),
    ],
)
def test_unusable_measures_are_refused(model: type, spec: dict) -> None:
    kind = "quantity" if model is QuantityValue else "duration"
    with pytest.raises(ValidationError):
        model.model_validate({"kind": kind, **spec})


def test_a_span_of_years_reads_in_years_not_weeks(values) -> None:
    twelve = values.of({"kind": "duration", "value": 12, "unit": "year"})
    assert twelve.normalized == "from 11.49 years to under 13.03 years"
    three_weeks = values.of({"kind": "duration", "value": 3, "unit": "week"})
    assert "weeks" in three_weeks.normalized


def test_seismic_intensities_are_levels_of_their_own_scale(values) -> None:
    seven = values.of({"kind": "quantity", "value": 7, "unit": "mercalli"})
    eight = values.of({"kind": "quantity", "value": 8, "unit": "mercalli"})
    also_seven = values.of({"kind": "quantity", "value": 7, "unit": "MMI"})
    # level 7 is level 7, not anything from 6.5 to 8: levels 7 and 8 disagree
    assert values.groups("quantity", seven, eight) == 2
    assert values.groups("quantity", seven, also_seven) == 1
    lower_five = values.of({"kind": "quantity", "value": 5, "unit": "shindo"})
    upper_five = values.of({"kind": "quantity", "value": 5.5, "unit": "shindo"})
    at_least_lower_five = values.of({"kind": "quantity", "value": 5, "unit": "shindo"}, "at_least")
    assert values.groups("quantity", lower_five, upper_five) == 2
    assert values.groups("quantity", upper_five, at_least_lower_five) == 1
    magnitude = values.of({"kind": "quantity", "value": 7, "unit": "magnitude"})
    classes = {seven.compare_class, lower_five.compare_class, magnitude.compare_class}
    assert len(classes) == 3
    assert seven.normalized == "7 MMI"


def test_a_rate_reads_per_its_base_in_figures(values) -> None:
    rate = values.of({"kind": "quantity", "value": "38.2", "unit": "per_100000"})
    assert rate.stated == "38.2 per 100,000"
    assert "per_" not in rate.normalized
    same = values.of({"kind": "quantity", "value": "382", "unit": "per_1000000"})
    assert values.groups("quantity", rate, same) == 1  # one rate, told per another base
