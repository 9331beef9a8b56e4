"""A figure that moved ("rose from 12 to 15") drafts the later figure as the claim and the
earlier one as superseded; a change of a rate in points drafts a topic of its own."""

from __future__ import annotations

import pytest

from factcheck.extract.pipeline.draft import ArticleMeta, build_draft
from factcheck.models.case import CaseSpec


def _claims(text: str, lang: str) -> list[dict]:
    meta = ArticleMeta("a", "t", "outlet", lang, "2025-06-02", "a.txt")
    return list(build_draft(text, meta, CaseSpec(title="t")).source["claims"])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The number of people evacuated rose from 1,200 to 3,400 on Monday."),
        ("de", "Die Zahl der Evakuierten stieg am Montag von 1200 auf 3400."),
        ("fr", "Le nombre d'évacués est passé de 1 200 à 3 400 lundi."),
        ("ja", "避難者は月曜日に1200人から3400人に増えた。"),
    ],
)
def test_the_earlier_figure_of_a_change_is_drafted_as_superseded(lang: str, text: str) -> None:
    claims = [c for c in _claims(text, lang) if c["value"]["kind"] == "count"]
    by_count = {c["value"]["count"]: c for c in claims}
    assert set(by_count) == {1200, 3400}, claims
    assert by_count[1200].get("superseded") is True
    assert "superseded" not in by_count[3400]
    assert by_count[1200]["topic"] == by_count[3400]["topic"] == "evacuated"


def test_a_change_of_a_rate_in_points_is_its_own_topic_not_a_share() -> None:
    claims = _claims("The central bank raised its main rate by 25 basis points to 4.5%.", "en")
    topics = {c["topic"]: c["value"] for c in claims}
    assert topics["rate_change"] == {"kind": "quantity", "value": 25, "unit": "bp"}
    shares = [v for t, v in topics.items() if t.endswith("share")]
    assert shares == [{"kind": "percent", "value": 4.5}], topics
