"""A bare four-digit figure of the years' range that counts no noun is a year the date
grammar did not read, no number of anything: it takes no topic."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

YEARS = {
    "de": "Die Fähre soll in der ersten Jahreshälfte 2027 wieder fahren.",
    "en": "The ferry should sail again by the spring of 2027, its owner said.",
    "nl": "De veerboot moet in de eerste jaarhelft 2027 weer varen.",
}


@pytest.mark.parametrize("lang", sorted(YEARS))
def test_a_year_is_no_count(lang: str) -> None:
    claims = drafted_claims(YEARS[lang], lang)
    assert not [c for c in claims if c["value"]["kind"] == "count"], claims


def test_a_count_of_things_in_the_years_range_is_still_a_count() -> None:
    claims = drafted_claims("About 1950 people marched through the town.", "en")
    assert [c["value"]["kind"] for c in claims] == ["count"], claims
