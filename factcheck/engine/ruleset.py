"""Rule specs: one YAML file per rule, validated with path:line errors."""

from __future__ import annotations

import fnmatch
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, field_validator

from factcheck.errors import FactcheckError, Problem
from factcheck.io.validation import validate_document
from factcheck.io.yamlio import YamlDocument, read_yaml
from factcheck.models.case import RuleOverride
from factcheck.models.report import Severity
from factcheck.models.values import StrictModel, ValueKind


class AppliesTo(StrictModel):
    """Which topics a rule looks at: by value kind, by topic id pattern, or both."""

    value_kind: ValueKind | None = None
    topic: str | None = None


class RuleDoc(StrictModel):
    """A rule's documentation: what it checks, why, and a passing and a failing example."""

    summary: str = Field(min_length=1)
    why: str = Field(min_length=1)
    passing: str = Field(min_length=1)
    failing: str = Field(min_length=1)


class RuleSpec(StrictModel):
    """One rule file."""

    id: str = Field(pattern=r"^FC\d{3}$")
    name: str = Field(pattern=r"^[a-z]+(\.[a-z-]+)+$")
    kind: str
    applies_to: AppliesTo = Field(default_factory=AppliesTo)
    severity: Severity
    params: dict[str, Any] = Field(default_factory=dict)
    message: str = Field(min_length=1)
    doc: RuleDoc

    @field_validator("message")
    @classmethod
    def _template(cls, value: str) -> str:
        try:
            list(string.Formatter().parse(value))
        except ValueError as exc:
            raise ValueError(f"bad message template: {exc}") from None
        return value

    def applies(self, topic_id: str, value_kind: str) -> bool:
        """True when this rule should look at a topic of this id and value kind."""
        if self.applies_to.value_kind and self.applies_to.value_kind != value_kind:
            return False
        return not self.applies_to.topic or fnmatch.fnmatchcase(topic_id, self.applies_to.topic)


@dataclass(frozen=True)
class Rule:
    """A rule ready to run: its spec, validated parameters and where it was defined."""

    spec: RuleSpec
    params: BaseModel
    path: str


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
    from factcheck.engine.registry import KINDS

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
        unknown = _template_fields(spec.message) - set(kind.FIELDS)
        if unknown:
            problems.append(
                Problem(
                    str(path),
                    document.line_of(["message"]),
                    f"message uses unknown field(s) {', '.join(sorted(unknown))} "
                    f"(available: {', '.join(kind.FIELDS)})",
                )
            )
        params, param_problems = _params(kind.Params, spec.params, document, ["params"])
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
    from factcheck.engine.registry import KINDS

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
            KINDS[spec.kind].Params, merged, document, ["rules", spec.id, "params"], path
        )
        problems += param_problems
        if params is not None:
            out.append(Rule(spec, params, rule.path))
    if problems:
        raise FactcheckError(problems)
    return out
