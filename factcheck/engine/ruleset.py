"""Load the rule files: one YAML file per rule, validated with path:line errors."""

from __future__ import annotations

import string
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from factcheck.engine.registry import KINDS
from factcheck.engine.spec import Rule, RuleSpec
from factcheck.errors import FactcheckError, Problem
from factcheck.io.validation import validate_document
from factcheck.io.yamlio import YamlDocument, read_yaml
from factcheck.models.case import RuleOverride


def tolerances(rules: list[Rule]) -> dict[str, Decimal]:
    """How far "about" reaches per value kind, as the rules that declare it set it."""
    out: dict[str, Decimal] = {}
    for rule in rules:
        param = KINDS[rule.spec.kind].tolerance
        kind = rule.spec.applies_to.value_kind
        value = getattr(rule.params, param, None) if param else None
        if kind is not None and value is not None:
            out[kind] = Decimal(str(value))
    return out


def default_rules_dir() -> Path:
    """The bundled rule set: inside the installed package, or ``rules/`` in a checkout."""
    packaged = Path(__file__).resolve().parent.parent / "default_rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def _template_fields(template: str) -> set[str]:
    return {
        name.split(".")[0].split("[")[0]
        for _, name, _, _ in string.Formatter().parse(template)
        if name
    }


def load_rules(
    folder: Path | None = None,
    overrides: dict[str, RuleOverride] | None = None,
    overrides_document: YamlDocument | None = None,
) -> list[Rule]:
    """Load and validate every rule file; unknown kinds, keys or template fields are errors.

    ``overrides`` are a case's changes to the rules, from ``overrides_document`` (case.yaml),
    whose lines its problems name.
    """
    folder = folder or default_rules_dir()
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise FactcheckError(Problem(str(folder), 0, "no rule files (*.yaml) found"))
    problems: list[Problem] = []
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in files:
        try:
            document = read_yaml(path)
        except FactcheckError as exc:
            problems += exc.problems
            continue
        spec, file_problems = validate_document(RuleSpec, document)
        problems += file_problems
        if spec is None:
            continue
        kind = KINDS.get(spec.kind)
        if kind is None:
            known = ", ".join(sorted(KINDS))
            problems.append(
                Problem(
                    str(path),
                    document.line_of(["kind"]),
                    f"unknown rule kind '{spec.kind}' (known: {known})",
                )
            )
            continue
        if spec.id in seen:
            problems.append(
                Problem(
                    str(path),
                    document.line_of(["id"]),
                    f"duplicate rule id {spec.id} (also in {seen[spec.id]})",
                )
            )
            continue
        seen[spec.id] = str(path)
        unknown = _template_fields(spec.message) - set(kind.fields)
        if unknown:
            problems.append(
                Problem(
                    str(path),
                    document.line_of(["message"]),
                    f"message uses unknown field(s) {', '.join(sorted(unknown))} "
                    f"(available: {', '.join(kind.fields)})",
                )
            )
        params, param_problems = _params(kind.params, spec.params, document, ["params"])
        problems += param_problems
        if params is not None:
            rules.append(Rule(spec, params, str(path)))
    if problems:
        raise FactcheckError(problems)
    return _apply_overrides(rules, overrides or {}, overrides_document)


def _params(
    model: type[BaseModel],
    raw: dict[str, Any],
    document: YamlDocument | None,
    loc: list[str],
    path: str | None = None,
) -> tuple[BaseModel | None, list[Problem]]:
    from pydantic import ValidationError

    try:
        return model.model_validate(raw), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            where = [*loc, *error["loc"]]
            key = ".".join(str(p) for p in error["loc"])
            if error["type"] == "extra_forbidden":
                known = ", ".join(sorted(model.model_fields)) or "none"
                message = f"unknown parameter '{key}' (known: {known})"
            else:
                message = f"parameter '{key}': {error['msg']}"
            where_line = document.line_of(where) if document is not None else 0
            problems.append(
                Problem(path or str(document.path if document else ""), where_line, message)
            )
        return None, problems


def _apply_overrides(
    rules: list[Rule], overrides: dict[str, RuleOverride], document: YamlDocument | None
) -> list[Rule]:
    """Apply a case's rule overrides (severity, parameters, switching a rule off).

    Problems point at case.yaml's lines, as the rule files' own problems do.
    """
    path = str(document.path) if document is not None else "case.yaml"

    def line(*loc: str) -> int:
        return document.line_of(["rules", *loc]) if document is not None else 0

    known = {rule.spec.id for rule in rules}
    problems = [
        Problem(
            path,
            line(rule_id),
            f"no rule {rule_id} to override (known: {', '.join(sorted(known))})",
        )
        for rule_id in sorted(set(overrides) - known)
    ]
    out = []
    for rule in rules:
        change = overrides.get(rule.spec.id)
        if change is None:
            out.append(rule)
            continue
        if not change.enabled:
            continue
        spec = rule.spec.model_copy(update={"severity": change.severity or rule.spec.severity})
        merged = {**rule.params.model_dump(), **change.params}
        params, param_problems = _params(
            KINDS[spec.kind].params, merged, document, ["rules", spec.id, "params"], path
        )
        problems += param_problems
        if params is not None:
            out.append(Rule(spec, params, rule.path))
    if problems:
        raise FactcheckError(problems)
    return out
