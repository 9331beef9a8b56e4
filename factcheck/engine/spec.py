"""A rule as a rule file states it, and a rule ready to run."""

import fnmatch
import string
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field, field_validator

from factcheck.models.base import StrictModel, empty_dict
from factcheck.models.report import Severity
from factcheck.values.registry import KindName


class AppliesTo(StrictModel):
    """Which topics a rule looks at: by value kind, by topic id pattern, or both."""

    value_kind: KindName | None = None
    topic: str | None = None


def _everywhere() -> AppliesTo:
    # defaults need no checking, and validating them would build the model's own validator
    return AppliesTo.model_construct()


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
    applies_to: AppliesTo = Field(default_factory=_everywhere)
    severity: Severity
    params: dict[str, Any] = Field(default_factory=empty_dict)
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
