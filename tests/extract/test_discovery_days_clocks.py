"""Discovery of the event's day and of the clock a time is read on, from the article's text."""

from __future__ import annotations

import pytest

from factcheck.extract.pipeline.draft import ArticleMeta, build_draft
from factcheck.models.case import CaseSpec


def _claims(text: str, lang: str) -> list[dict]:
    meta = ArticleMeta("a", "t", "outlet", lang, "2025-06-02", "a.txt")
    return list(build_draft(text, meta, CaseSpec(title="t")).source["claims"])


@pytest.mark.parametrize(
    ("lang", "text", "weekday"),
    [
        ("fr", "Le jeudi soir, trois hommes masqués ont pris deux tableaux.", "thursday"),
        ("en", "On Thursday evening three masked men took two paintings.", "thursday"),
        ("es", "El jueves por la noche, tres hombres se llevaron dos cuadros.", "thursday"),
    ],
)
def test_a_weekday_in_a_sentence_of_the_story_is_the_event_day(
    lang: str, text: str, weekday: str
) -> None:
    days = [c for c in _claims(text, lang) if c["value"].get("weekday") == weekday]
    assert [c["topic"] for c in days] == ["event_date"], days


def test_a_year_with_no_word_stays_a_candidate() -> None:
    claims = _claims("In 2019, three masked men took two paintings.", "en")
    assert not [c for c in claims if c["value"]["kind"] == "date"], claims


def _times(text: str, lang: str) -> list[dict]:
    return [c["value"] for c in _claims(text, lang) if c["value"]["kind"] == "time"]


def test_a_time_with_no_zone_takes_the_clock_of_the_country_the_article_is_about() -> None:
    text = (
        "Greece was hit by a storm. Ferries stopped at 14:20 across the islands. "
        "Greece expects calm weather on Friday."
    )
    assert _times(text, "en") == [{"kind": "time", "time": "14:20", "place_zone": "Europe/Athens"}]


def test_local_time_takes_the_clock_its_sentence_names_else_the_article_s() -> None:
    text = (
        "France sent help. The ferry sank at 14:20 local time off Greece, France said. "
        "France will send two ships."
    )
    times = _times(text, "en")
    assert [t.get("place_zone") for t in times] == ["Europe/Paris"], times
    text = "France sent help. In Greece the ferry sank at 14:20 local time. France will help."
    assert [t.get("place_zone") for t in _times(text, "en")] == ["Europe/Athens"]


def test_a_stated_zone_is_kept_and_no_place_clock_is_added() -> None:
    assert _times("Greece was hit at 11:20 GMT by a storm.", "en") == [
        {"kind": "time", "time": "11:20", "zone": "GMT"}
    ]


def test_a_bare_code_after_a_time_names_no_place() -> None:
    times = _times("Polls in Greece opened at 9:30 AM and closed at 7 PM.", "en")
    assert {t.get("place_zone") for t in times} == {"Europe/Athens"}, times


@pytest.mark.parametrize(
    ("lang", "text", "zone"),
    [
        # an article about Spain: Madrid's clock, which keeps the metazone the name gives
        ("en", "Spain voted on Sunday. Polls closed at 20:00 Central European Time.", "Madrid"),
        (
            "fr",
            "L'Espagne a voté dimanche. Les bureaux ont fermé à 20:00, heure d’Europe centrale.",
            "Madrid",
        ),
        # an article about Greece, whose clock is Eastern European: the name's own zone
        ("en", "Greece sent ships. The ferry left at 14:20 Central European Time.", "Paris"),
        # no country named: the zone CLDR gives the metazone as a whole, not Africa/Ceuta
        ("de", "Die Abstimmung endete um 20:00 Uhr Mitteleuropäische Zeit.", "Paris"),
    ],
)
def test_a_generic_zone_name_takes_the_clock_of_the_article_s_country_when_it_keeps_it(
    lang: str, text: str, zone: str
) -> None:
    assert [t.get("zone") for t in _times(text, lang)] == [f"Europe/{zone}"]


def test_a_zone_named_after_a_city_stays_that_city_s() -> None:
    text = "Spain voted on Sunday. Polls closed at 20:00 Paris time."
    assert [t.get("zone") for t in _times(text, "en")] == ["Europe/Paris"]
