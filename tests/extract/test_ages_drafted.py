"""A person's age is read as an age, never as a duration, and left for an editor to place:
whose age it is, no topic can tell."""

from __future__ import annotations

import pytest

from factcheck.extract.pipeline.draft import ArticleMeta, build_draft
from factcheck.models.case import CaseSpec


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police arrested a 30-year-old suspect after the robbery, which lasted 7 minutes."),
        ("fr", "La police a arrêté un suspect de 30 ans après le vol, qui a duré 7 minutes."),
        ("de", "Die Polizei nahm einen 30-jährigen Verdächtigen fest; der Raub dauerte 7 Minuten."),
    ],
)
def test_an_age_is_no_duration_and_joins_no_topic(lang: str, text: str) -> None:
    meta = ArticleMeta("a", "t", "outlet", lang, "2025-06-02", "a.txt")
    draft = build_draft(text, meta, CaseSpec(title="t"))
    drafted = [c["value"] for c in draft.source["claims"]]
    assert drafted == [{"kind": "duration", "value": 7, "unit": "minute"}]
    ages = [c["value"] for c in draft.candidates if c["value"].get("count") == 30]
    assert ages and ages[0]["kind"] == "count", draft.candidates
