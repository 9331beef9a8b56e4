"""The ruler's reading of date ranges: an end year alone counts up to its start, an end that
is a span ("the end of 2008") up to that span's last day."""

from __future__ import annotations

from datetime import datetime

import pytest

from factcheck.extract.recognizers.peer import extract


@pytest.mark.parametrize(
    ("lang", "text", "end"),
    [
        ("en", "Output rose from 2011 to 2013.", "2013-01-01"),
        ("en", "Output rose from 2011 to the end of 2013.", "2014-01-01"),
        ("de", "Die Preise stiegen von 2011 bis Ende 2013.", "2014-01-01"),
        ("fr", "Les prix ont monté entre 2011 et la fin de 2013.", "2014-01-01"),
    ],
)
def test_range_end(lang: str, text: str, end: str) -> None:
    ranges = [p for p in extract(text, lang, datetime(2020, 5, 4)) if p["kind"] == "daterange"]
    assert [(r["start"], r["end"]) for r in ranges] == [("2011-01-01", end)]
