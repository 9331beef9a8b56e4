"""Times, measures, durations, percentages, weekdays and ranges reach drafts that load.

An article of our own is drafted against a catalog with a topic of each kind; the drafted
claims must carry the values, compare must group them under their topics, and every value
drafted, claims and commented candidates alike, must be one the claim format accepts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import TypeAdapter
from typer.testing import CliRunner

from factcheck.analyze import analyze
from factcheck.cli import app
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
The outage began at 16:41 local time on 9 June 2025, the operator said.
The grid lost 8 gigawatts, about 35 percent of demand.
The grid failure lasted 4 or 5 minutes and left 2,500 to 3,500 homes dark.
The outage happened on Monday, and grid repairs will cost between €20 m and €35 m.
Half of the towns nearby ran generators for 36 hours at 14:00 GMT+2.
"""


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    case = tmp_path / "case"
    case.mkdir()
    (case / "case.yaml").write_text(CASE, encoding="utf-8")
    article = tmp_path / "grid.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    args = ["extract", str(article), "--case", str(case), "--lang", "en"]
    result = CliRunner().invoke(app, [*args, "--published", "2025-06-10"])
    assert result.exit_code == 0, result.output
    return case


def _draft(case: Path) -> str:
    return (case / "sources" / "grid.yaml").read_text(encoding="utf-8")


def _by_topic(case: Path) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for claim in yaml.safe_load(_draft(case))["claims"]:
        out.setdefault(claim.get("topic", ""), []).append(claim["value"])
    return out


def test_each_new_kind_is_drafted_as_a_claim_of_its_topic(drafted: Path) -> None:
    values = _by_topic(drafted)
    assert values["grid.start"] == [{"kind": "time", "time": "16:41", "date": "2025-06-09"}]
    assert values["grid.loss"] == [{"kind": "quantity", "value": 8, "unit": "GW"}]
    assert values["grid.share"] == [{"kind": "percent", "value": 35}]
    assert values["grid.length"] == [{"kind": "duration", "min": 4, "max": 5, "unit": "minute"}]
    assert values["grid.homes"] == [{"kind": "count", "min": 2500, "max": 3500}]
    assert values["grid.cost"] == [
        {"kind": "amount", "min": 20, "max": 35, "scale": "million", "currency": "EUR"}
    ]
    assert {"kind": "date", "weekday": "monday"} in values["grid.day"]


def test_the_draft_loads_and_compares(drafted: Path) -> None:
    report = analyze(drafted)
    topics = {t.id for t in report.topics}
    assert {"grid.start", "grid.loss", "grid.length", "grid.homes", "grid.cost"} <= topics


def test_every_drafted_value_is_one_the_claim_format_accepts(drafted: Path) -> None:
    text = _draft(drafted)
    claims = [c["value"] for c in yaml.safe_load(text)["claims"]]
    tail = text.partition("# Values that fit no topic")[2]
    listed = [line[2:] for line in tail.splitlines() if line.startswith("# ")][1:]
    candidates = [c["value"] for c in yaml.safe_load("\n".join(listed)) or []]
    kinds = {v["kind"] for v in claims + candidates}
    assert {"time", "quantity", "duration", "percent", "date", "count", "amount"} <= kinds
    adapter: TypeAdapter[Any] = TypeAdapter(Value)
    for value in claims + candidates:
        adapter.validate_python(value)
