"""JSON Schemas for the report, claim files and case.yaml, generated from the pydantic models."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

# Model validators that accept a YAML scalar the field type does not say:
# `period: 2025`, `date: 2024` and `time: 14` are integers in YAML, `cites: one-id` is a
# single string.
_ALSO_ACCEPTS: dict[tuple[str, str], dict[str, str]] = {
    ("Claim", "period"): {"type": "integer"},
    ("Claim", "as_of"): {"type": "integer"},
    ("DateValue", "date"): {"type": "integer"},
    ("DateValue", "min"): {"type": "integer"},
    ("DateValue", "max"): {"type": "integer"},
    ("TimeValue", "time"): {"type": "integer"},
    ("TimeAlso", "time"): {"type": "integer"},
    ("Source", "published"): {"type": "integer"},
    ("Source", "cites"): {"type": "string"},
}


# a decimal written as a string: digits with one optional point and sign, not empty
DECIMAL_TEXT = r"^(?!^[-+.]*$)[+-]?0*\d*\.?\d*$"


class _Generator(GenerateJsonSchema):
    """Pydantic's generator, with one form for decimals whichever pydantic is installed.

    Pydantic releases differ on whether a decimal's string form carries a pattern; the
    published schemas are a contract, so they always say what a decimal string looks like.
    """

    def decimal_schema(self, schema: core_schema.DecimalSchema) -> JsonSchemaValue:
        """A number, or a string holding a decimal number."""
        out = super().decimal_schema(schema)
        for option in out.get("anyOf", [out]):
            if option.get("type") == "string":
                option.setdefault("pattern", DECIMAL_TEXT)
        return out


def _widen(schema: dict[str, Any], model: str, field: str, extra: dict[str, str]) -> None:
    defs = schema.get("$defs", {})
    target = defs.get(model) if model in defs else schema if schema.get("title") == model else None
    if target is None:
        return
    prop = target["properties"][field]
    options = prop.pop("anyOf", None) or [
        {k: prop.pop(k) for k in list(prop) if k not in ("title", "default", "description")}
    ]
    prop["anyOf"] = [*options, extra]


def build(model: type[BaseModel], mode: str, description: str) -> dict[str, Any]:
    """The JSON Schema of ``model`` with a description and the YAML-scalar allowances."""
    schema = model.model_json_schema(mode=mode, schema_generator=_Generator)  # type: ignore[arg-type]
    for (owner, field), extra in _ALSO_ACCEPTS.items():
        _widen(schema, owner, field, extra)
    head = {"$schema": "https://json-schema.org/draft/2020-12/schema", "description": description}
    return {**head, **{k: v for k, v in schema.items() if k != "description"}}


def schemas() -> dict[str, dict[str, Any]]:
    """File name -> schema, for every published schema."""
    from factcheck.models.case import CaseSpec
    from factcheck.models.report import Report
    from factcheck.models.source import Source

    return {
        "report.schema.json": build(
            Report,
            "serialization",
            "The report `factcheck compare --format json` and `factcheck report --format json` "
            "print.",
        ),
        "source.schema.json": build(
            Source,
            "validation",
            "A claim file (sources/*.yaml): a source's metadata and the claims it makes.",
        ),
        "case.schema.json": build(
            CaseSpec,
            "validation",
            "case.yaml: the case title, topic catalog, constraints, rates and rule settings.",
        ),
    }


def dumps(schema: dict[str, Any]) -> str:
    """A schema as stable JSON text: sorted keys, two-space indent, trailing newline."""
    return json.dumps(schema, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def write(directory: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema into ``directory``; return the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = directory / name
        path.write_text(dumps(schema), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_DIR
    for path in write(target):
        print(path)
