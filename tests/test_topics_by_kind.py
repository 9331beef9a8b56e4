"""A topic extract proposed from the kind of value alone is shown but not checked until an
editor confirms it: two durations no word names may be the length of two different things."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from factcheck.extract.pipeline.draft import ProposedTopic
from factcheck.extract.pipeline.proposals import merge_proposals, updated_case_text

TOPIC = """\
title: Bridge closure
topics:
- id: duration
  kind: duration
  label: Duration
  proposed: true
  by_kind: true
  subjects: [Duration]
  properties: [duration]
"""
SOURCE = """\
id: {id}
title: Article {id}
outlet: Outlet {id}
language: en
published: 2025-06-03
claims:
- topic: duration
  subject: bridge
  property: closure
  value: {{kind: duration, value: {value}, unit: day}}
"""


def _case(tmp_path: Path, catalog: str) -> Path:
    case = tmp_path / "case"
    (case / "sources").mkdir(parents=True)
    (case / "case.yaml").write_text(catalog, encoding="utf-8")
    for name, value in (("a", 8), ("b", 40)):
        text = SOURCE.format(id=name, value=value)
        (case / "sources" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return case


def _compare(case: Path) -> tuple[dict, str]:
    command = [sys.executable, "-m", "factcheck", "compare", str(case), "--format", "json"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout), done.stderr


def test_a_topic_grouped_by_kind_alone_is_shown_but_not_checked(tmp_path: Path) -> None:
    report, stderr = _compare(_case(tmp_path, TOPIC))
    assert report["findings"] == []
    assert [t["verdict"] for t in report["topics"]] == ["unchecked"]
    assert report["summary"]["unchecked"] == 1
    assert "not checked" in stderr and "by_kind" in stderr


def test_once_an_editor_confirms_it_the_topic_is_checked(tmp_path: Path) -> None:
    confirmed = TOPIC.replace("  proposed: true\n", "")
    report, stderr = _compare(_case(tmp_path, confirmed))
    assert [t["verdict"] for t in report["topics"]] == ["conflict"]
    assert report["summary"]["unchecked"] == 0 and "not checked" not in stderr


def test_extract_marks_a_topic_no_word_named_as_grouped_by_kind() -> None:
    named = ProposedTopic("deaths", "count", "Deaths", True, {"killed"})
    unnamed = ProposedTopic("duration", "duration", "Duration")
    text, _ = updated_case_text(None, "t", merge_proposals([named, unnamed]))
    topics = {t["id"]: t for t in yaml.safe_load(text)["topics"]}
    assert topics["duration"].get("by_kind") is True
    assert "by_kind" not in topics["deaths"]
