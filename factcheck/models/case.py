"""case.yaml: the case title, its topic catalog, cross-topic constraints and settings."""

import re
from decimal import Decimal
from typing import Annotated, Literal, Self

from pydantic import Field, field_validator, model_validator

from factcheck.models.base import StrictModel, empty_dict, empty_list
from factcheck.values.registry import KindName
from factcheck.values.zones import check_zone

_TOPIC_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)*$")
_RATE_RE = re.compile(r"^[A-Z]{3}/[A-Z]{3}$")


class TopicSpec(StrictModel):
    """A catalog topic: canonical id, value kind, subject aliases and property synonyms."""

    id: str
    kind: KindName
    label: str | None = None
    subjects: list[str] = Field(min_length=1)
    properties: list[str] = Field(min_length=1)
    count_of: str | None = None
    evolving: bool = False  # a running figure (a toll, a share restored): it may move over time
    proposed: bool = False  # found by extract, not yet confirmed by an editor
    # proposed from the kind of value alone (a duration, a list of countries) with no word
    # naming it: its figures may be about different things, so it is checked once confirmed
    by_kind: bool = False

    @field_validator("id")
    @classmethod
    def _topic_id(cls, value: str) -> str:
        if not _TOPIC_ID_RE.match(value):
            raise ValueError(f"'{value}' is not a topic id (dotted lowercase, e.g. msmt.founded)")
        return value


class OrderConstraint(StrictModel):
    """Topic ``before`` happens before topic ``after``."""

    kind: Literal["order"]
    id: str | None = None
    before: str
    after: str
    reason: str | None = None


class PartWholeConstraint(StrictModel):
    """Topic ``part`` is a component of topic ``whole`` and cannot exceed it."""

    kind: Literal["part-whole"]
    id: str | None = None
    part: str
    whole: str
    reason: str | None = None


Constraint = Annotated[OrderConstraint | PartWholeConstraint, Field(discriminator="kind")]


class GroupingSettings(StrictModel):
    """Fuzzy-matching thresholds (rapidfuzz scores, 0-100)."""

    auto: float = Field(default=88, ge=0, le=100)
    suggest: float = Field(default=70, ge=0, le=100)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.suggest > self.auto:
            raise ValueError("'suggest' must not exceed 'auto'")
        return self


def _default_grouping() -> GroupingSettings:
    # defaults need no checking, and validating them would build the model's own validator
    return GroupingSettings.model_construct()


class RuleOverride(StrictModel):
    """A case's change to a default rule: severity, parameters, or switching it off."""

    enabled: bool = True
    severity: Literal["error", "warning", "info"] | None = None
    params: dict[str, Decimal | int | float | str | bool] = Field(default_factory=empty_dict)


class CaseSpec(StrictModel):
    """The contents of case.yaml."""

    title: str = Field(min_length=1)
    description: str | None = None
    topics: list[TopicSpec] = Field(default_factory=empty_list)
    constraints: list[Constraint] = Field(default_factory=empty_list)
    rates: dict[str, Decimal] = Field(default_factory=empty_dict)
    timezone: str | None = None  # for times stated without a zone
    grouping: GroupingSettings = Field(default_factory=_default_grouping)
    rules: dict[str, RuleOverride] = Field(default_factory=empty_dict)

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str | None) -> str | None:
        return check_zone(value) if value is not None else None

    @field_validator("rates")
    @classmethod
    def _rates(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        for pair, rate in value.items():
            if not _RATE_RE.match(pair):
                raise ValueError(f"rate key '{pair}' must look like EUR/USD")
            if rate <= 0:
                raise ValueError(f"rate {pair} must be positive")
        return value
