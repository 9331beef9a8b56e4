"""time: instants across zones, precision from the digits, zone-less times apart."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from factcheck.values.time import TimeValue


def test_same_instant_in_two_zones_agrees(values) -> None:
    madrid = values.of(
        {"kind": "time", "time": "16:33", "date": "2024-06-11", "zone": "Europe/Madrid"}
    )
    gmt = values.of({"kind": "time", "time": "14:33", "date": "2024-06-11", "zone": "GMT"})
    earlier = values.of({"kind": "time", "time": "16:22", "date": "2024-06-11", "zone": "CEST"})
    assert values.groups("time", madrid, gmt) == 1
    assert values.groups("time", madrid, earlier) == 2


def test_undated_times_take_the_offset_of_the_publication_day(values) -> None:
    # 16:40 in Yangon (UTC+6:30) is 10:10 UTC and 19:10 in Tokyo
    yangon = values.of(
        {"kind": "time", "time": "16:40", "zone": "Asia/Yangon"}, published="2024-08-03"
    )
    utc = values.of({"kind": "time", "time": "10:10", "zone": "UTC"})
    tokyo = values.of({"kind": "time", "time": "19:00", "zone": "JST"}, "more_than")
    wrong = values.of({"kind": "time", "time": "18:10", "zone": "+06:30"})
    assert values.groups("time", yangon, utc, tokyo) == 1
    assert values.groups("time", yangon, wrong) == 2


def test_daylight_saving_follows_the_day(values) -> None:
    summer = values.of(
        {"kind": "time", "time": "12:00", "date": "2025-07-01", "zone": "Europe/Paris"}
    )
    winter = values.of(
        {"kind": "time", "time": "12:00", "date": "2025-01-15", "zone": "Europe/Paris"}
    )
    assert summer.bounds()[0].endswith("10:00") and winter.bounds()[0].endswith("11:00")


def test_about_and_hour_precision(values) -> None:
    about = values.of({"kind": "time", "time": "16:30"}, "about")
    exact = values.of({"kind": "time", "time": "16:33"})
    hour = values.of({"kind": "time", "time": "14"})
    assert values.groups("time", about, exact) == 1
    assert values.groups("time", hour, values.of({"kind": "time", "time": "14:45"})) == 1
    assert values.groups("time", hour, values.of({"kind": "time", "time": "15:05"})) == 2


def test_times_without_zone_compare_apart_unless_the_case_names_one(values) -> None:
    local = values.of({"kind": "time", "time": "16:33"})
    zoned = values.of({"kind": "time", "time": "14:33", "zone": "UTC"})
    assert local.compare_class != zoned.compare_class
    madrid = values.of(
        {"kind": "time", "time": "16:33"}, published="2024-06-11", timezone="Europe/Madrid"
    )
    assert madrid.compare_class == zoned.compare_class
    assert values.groups("time", madrid, zoned) == 1


def test_times_around_midnight_compare_on_the_clock(values) -> None:
    late = values.of({"kind": "time", "time": "23:55", "zone": "UTC"})
    early = values.of({"kind": "time", "time": "00:05", "zone": "UTC"}, "about")
    assert values.groups("time", late, early) == 1


@pytest.mark.parametrize(
    "spec",
    [
        {"time": "25:00"},
        {"time": "12:60"},
        {"time": "noon"},
        {"time": "10:00", "zone": "Mars/Base"},
    ],
)
def test_impossible_times_are_refused(spec: dict) -> None:
    with pytest.raises(ValidationError):
        TimeValue.model_validate({"kind": "time", **spec})


def test_an_unquoted_clock_time_in_yaml_stays_a_time(tmp_path) -> None:
    from factcheck.io.yamlio import read_yaml

    path = tmp_path / "t.yaml"
    path.write_text("value: {kind: time, time: 16:33}\ncount: 12\n", encoding="utf-8")
    data = read_yaml(path).data
    assert data["value"]["time"] == "16:33" and data["count"] == 12


@pytest.mark.parametrize(
    ("qualifier", "time", "stated"),
    [
        ("more_than", "15", "after 15:00 Asia/Tokyo"),  # "午後3時過ぎ"
        ("at_most", "9", "by 09:00 Asia/Tokyo"),
        ("less_than", "08:30", "before 08:30 Asia/Tokyo"),
        ("about", "21:40", "about 21:40 Asia/Tokyo"),
        ("exact", "7", "07:00 Asia/Tokyo"),
    ],
)
def test_a_bounded_time_reads_as_before_or_after_it(
    values, qualifier: str, time: str, stated: str
) -> None:
    spec = {"kind": "time", "time": time, "zone": "Asia/Tokyo"}
    assert values.of(spec, qualifier=qualifier, published="2025-03-28").stated == stated
