"""The proposed catalog in case.yaml: created, added to, and what an editor changed kept."""

from __future__ import annotations

import yaml

from factcheck.extract.pipeline.draft import ProposedTopic
from factcheck.extract.pipeline.proposals import merge_proposals, updated_case_text
from factcheck.models.case import CaseSpec


def _proposals(*topics: ProposedTopic) -> dict[str, ProposedTopic]:
    return merge_proposals(topics)


DEATHS = ProposedTopic("deaths", "count", "Deaths", True, {"killed"})
DEPTH = ProposedTopic("depth", "quantity", "Depth", False, {"depth"})


def test_a_new_case_gets_its_title_and_proposed_topics() -> None:
    text, added = updated_case_text(None, "Storm over the coast", _proposals(DEATHS, DEPTH))
    spec = CaseSpec.model_validate(yaml.safe_load(text))
    assert added == 2 and spec.title == "Storm over the coast"
    deaths = next(t for t in spec.topics if t.id == "deaths")
    assert deaths.proposed and deaths.evolving and deaths.properties == ["killed"]


def test_words_seen_in_every_article_are_pooled() -> None:
    other = ProposedTopic("deaths", "count", "Deaths", True, {"morts"})
    assert _proposals(DEATHS, other)["deaths"].words == {"killed", "morts"}


def test_an_editors_topics_stay_as_written_and_new_ones_are_appended() -> None:
    first, _ = updated_case_text(None, "t", _proposals(DEATHS))
    edited = first.replace("label: Deaths", "label: Deaths in the storm").replace(
        "    proposed: true\n", ""
    )
    edited = "# my own comment\n" + edited
    text, added = updated_case_text(edited, "t", _proposals(DEATHS, DEPTH))
    spec = CaseSpec.model_validate(yaml.safe_load(text))
    assert added == 1 and text.startswith("# my own comment\n")
    deaths = next(t for t in spec.topics if t.id == "deaths")
    assert deaths.label == "Deaths in the storm" and not deaths.proposed
    assert [t.id for t in spec.topics] == ["deaths", "depth"]


def test_a_topic_an_editor_deleted_is_not_proposed_again() -> None:
    first, _ = updated_case_text(None, "t", _proposals(DEATHS, DEPTH))
    data = yaml.safe_load(first)
    kept = [t for t in data["topics"] if t["id"] != "depth"]
    ledger = next(line for line in first.splitlines() if line.startswith("# proposed:"))
    edited = yaml.safe_dump({"title": "t", "topics": kept}, sort_keys=False) + ledger + "\n"
    text, added = updated_case_text(edited, "t", _proposals(DEATHS, DEPTH))
    assert added == 0 and text == edited


def test_hand_written_catalogs_in_flow_style_or_empty_take_the_proposals() -> None:
    for existing in ("title: t\ntopics: []\n", "title: t\ntopics:\n", "title: t\n"):
        text, added = updated_case_text(existing, "t", _proposals(DEATHS))
        spec = CaseSpec.model_validate(yaml.safe_load(text))
        assert added == 1 and [t.id for t in spec.topics] == ["deaths"], existing
