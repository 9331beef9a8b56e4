"""Times, measures, durations, percentages, weekdays and ranges reach drafts that load.

An article of our own is drafted against a catalog with a topic of each kind; the drafted
claims must validate, compare must group them under their topics, and every candidate left
as a comment must be a value the claim format accepts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import TypeAdapter

from factcheck.analyze import analyze
from factcheck.extract import ArticleInfo, extract_article
from factcheck.models.case import CaseSpec
from factcheck.values.registry import Value

CASE = """\
title: A grid failure
topics:
  - {id: grid.start, kind: time, subjects: [outage], properties: [began]}
  - {id: grid.loss, kind: quantity, subjects: [grid], properties: [lost]}
  - {id: grid.share, kind: percent, subjects: [grid], properties: [demand]}
  - {id: grid.length, kind: duration, subjects: [grid], properties: [lasted]}
  - {id: grid.day, kind: date, subjects: [outage], properties: [happened]}
  - {id: grid.homes, kind: count, subjects: [grid], properties: [homes]}
  - {id: grid.cost, kind: amount, subjects: [grid], properties: [cost]}
"""

ARTICLE = """\
The outage began at 12:33 local time on 28 April 2025, the operator said.
The grid lost 15 gigawatts, about 60 percent of demand.
The grid failure lasted 6 or 7 minutes and left 3,000 to 4,000 homes dark.
The outage happened on Monday, and grid repairs will cost between €40 m and €55 m.
Half of the towns nearby ran generators for 36 hours at 14:00 GMT+2.
"""


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    case = tmp_path / "case"
    (case / "sources").mkdir(parents=True)
    (case / "case.yaml").write_text(CASE, encoding="utf-8")
    spec = CaseSpec.model_validate(yaml.safe_load(CASE))
    info = ArticleInfo("grid.txt", language="en", published=date(2025, 4, 29))
    done = extract_article(ARTICLE, info, spec)
    (case / "sources" / "grid.yaml").write_text(done.text, encoding="utf-8")
    return case


def _claims(case: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load((case / "sources" / "grid.yaml").read_text(encoding="utf-8"))
    return list(data["claims"])


def test_each_new_kind_is_drafted_as_a_claim_of_its_topic(drafted: Path) -> None:
    values = {c["topic"]: c["value"] for c in _claims(drafted) if c["topic"] != "grid.day"}
    assert values["grid.start"] == {"kind": "time", "time": "12:33", "date": "2025-04-28"}
    assert values["grid.loss"] == {"kind": "quantity", "value": 15, "unit": "GW"}
    assert values["grid.share"] == {"kind": "percent", "value": 60}
    assert values["grid.length"] == {"kind": "duration", "min": 6, "max": 7, "unit": "minute"}
    assert values["grid.homes"] == {"kind": "count", "min": 3000, "max": 4000}
    assert values["grid.cost"] == {
        "kind": "amount",
        "min": 40,
        "max": 55,
        "scale": "million",
        "currency": "EUR",
    }
    days = [c["value"] for c in _claims(drafted) if c["topic"] == "grid.day"]
    assert {"kind": "date", "weekday": "monday"} in days


def test_the_draft_loads_and_compares(drafted: Path) -> None:
    report = analyze(drafted)
    topics = {t.id for t in report.topics}
    assert {"grid.start", "grid.loss", "grid.length", "grid.homes", "grid.cost"} <= topics


def test_commented_candidates_are_values_the_claim_format_accepts(drafted: Path) -> None:
    text = (drafted / "sources" / "grid.yaml").read_text(encoding="utf-8")
    tail = text.split("# Values that fit no topic", 1)[1].splitlines()
    listed = [line[2:] for line in tail if line.startswith("# ")][1:]  # after the how-to line
    items = yaml.safe_load("\n".join(listed))
    kinds = {item["value"]["kind"] for item in items}
    assert {"percent", "duration", "time"} <= kinds
    adapter: TypeAdapter[Any] = TypeAdapter(Value)
    for item in items:
        adapter.validate_python(item["value"])
