"""The published JSON Schemas match the models and accept the example case."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from factcheck.analyze import analyze
from factcheck.schemas import SCHEMA_DIR, dumps, schemas, write

CASE = Path(__file__).resolve().parents[2] / "claims" / "msmt-2025"


def _as_yaml_language_server_sees(path: Path) -> object:
    """YAML as a schema validator in an editor sees it: dates are plain strings."""

    def plain(node: object) -> object:
        if isinstance(node, dict):
            return {str(k): plain(v) for k, v in node.items()}
        if isinstance(node, list):
            return [plain(v) for v in node]
        if isinstance(node, dt.date):
            return node.isoformat()
        return node

    return plain(yaml.safe_load(path.read_text(encoding="utf-8")))


def _schema(name: str) -> dict[str, object]:
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(schemas()))
def test_committed_schema_matches_the_models(name: str) -> None:
    committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    assert committed == dumps(schemas()[name]), "run `python -m factcheck.schemas`"


def test_generator_writes_every_schema(tmp_path: Path) -> None:
    written = write(tmp_path)
    assert sorted(p.name for p in written) == sorted(schemas())
    for path in written:
        assert path.read_text(encoding="utf-8") == (SCHEMA_DIR / path.name).read_text("utf-8")


@pytest.mark.parametrize("path", sorted((CASE / "sources").glob("*.yaml")), ids=lambda p: p.stem)
def test_example_claim_files_validate(path: Path) -> None:
    jsonschema.validate(_as_yaml_language_server_sees(path), _schema("source.schema.json"))


def test_example_case_validates() -> None:
    jsonschema.validate(
        _as_yaml_language_server_sees(CASE / "case.yaml"), _schema("case.schema.json")
    )


def test_report_json_validates() -> None:
    data = analyze(CASE).model_dump(mode="json")
    jsonschema.validate(data, _schema("report.schema.json"))


def test_schema_rejects_an_unknown_key_and_a_bad_value_kind() -> None:
    schema = _schema("source.schema.json")
    good = _as_yaml_language_server_sees(CASE / "sources" / "tr-agency.yaml")
    assert isinstance(good, dict)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "outlett": "typo"}, schema)
    claim = {"subject": "x", "property": "y", "value": {"kind": "weight", "kg": 3}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "claims": [claim]}, schema)


def test_schema_accepts_yaml_integers_the_loader_accepts() -> None:
    schema = _schema("source.schema.json")
    good = _as_yaml_language_server_sees(CASE / "sources" / "tr-agency.yaml")
    assert isinstance(good, dict)
    claim = {
        "subject": "MSMT",
        "property": "founded",
        "value": {"kind": "date", "date": 2024},
        "period": 2025,
    }
    jsonschema.validate({**good, "cites": "it-gov-statement", "claims": [claim]}, schema)
