"""Every rule's passing and failing cases, from tests/rules/FCxxx.yaml (`pytest -k FC101`)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.analyze import analyze
from factcheck.engine.ruleset import load_rules

FIXTURES = Path(__file__).parent / "rules"


def _cases() -> list[object]:
    params = []
    for path in sorted(FIXTURES.glob("FC*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            params.append(pytest.param(spec["rule"], case, id=f"{spec['rule']}-{case['name']}"))
    return params


def _write_case(root: Path, case: dict) -> None:
    (root / "sources").mkdir(parents=True)
    spec = {"title": case["name"], **case.get("case", {})}
    (root / "case.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    for source_id, source in case["sources"].items():
        doc = {
            "id": source_id,
            "title": f"Source {source_id}",
            "outlet": f"Outlet {source_id}",
            "language": "en",
            "published": "2025-10-22",
            **source,
        }
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
        (root / "sources" / f"{source_id}.yaml").write_text(text, encoding="utf-8")


def test_every_rule_has_a_fixture_with_passing_and_failing_cases() -> None:
    for rule in load_rules():
        path = FIXTURES / f"{rule.spec.id}.yaml"
        assert path.exists(), f"no fixture file for {rule.spec.id}"
        expects = [c["expect"] for c in yaml.safe_load(path.read_text())["cases"]]
        assert 0 in expects and any(e > 0 for e in expects), rule.spec.id


@pytest.mark.parametrize(("rule_id", "case"), _cases())
def test_rule_case(rule_id: str, case: dict, tmp_path: Path) -> None:
    _write_case(tmp_path / "case", case)
    report = analyze(tmp_path / "case")
    found = [f for f in report.findings if f.rule == rule_id]
    assert len(found) == case["expect"], [f.message for f in found]
    if "groups" in case:
        assert sorted(g.sources for g in found[0].groups) == sorted(case["groups"])
    if "severity" in case:
        assert [f.severity for f in found] == [case["severity"]] * len(found)
