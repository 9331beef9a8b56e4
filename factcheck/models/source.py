"""A source file: who published what, when, and the claims it makes."""

import re
from datetime import date
from functools import lru_cache, partial
from typing import Annotated, Self

from pydantic import (
    Field,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
    model_validator,
)

from factcheck.models.base import Qualifier, StrictModel, empty_list
from factcheck.models.shared import shared, shared_list
from factcheck.values.calendar import Moment, check_calendar_date, check_moment, parse_moment
from factcheck.values.registry import Value

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_PERIOD_PART_RE = re.compile(r"^(\.\.|\d{4}(?:-\d{2}(?:-\d{2})?)?)$")


@lru_cache(maxsize=1 << 16)  # claims repeat a few periods
def check_period(text: str) -> str:
    """Validate an ISO 8601 interval ``start/end`` (``..`` open) or a single date as a period."""
    parts = text.split("/")
    if len(parts) > 2 or not all(_PERIOD_PART_RE.match(p) for p in parts):
        raise ValueError(f"'{text}' is not a period (use 2025, 2024-01/2025-09 or 2024-01/..)")
    for part in parts:
        if part != "..":
            check_calendar_date(part)
    if parts == ["..", ".."] or parts == [".."]:
        raise ValueError("a period needs at least one end")
    if len(parts) == 2 and ".." not in parts and parts[0] > parts[1]:
        raise ValueError(f"period '{text}' ends before it starts")
    return text


class Claim(StrictModel):
    """One checkable statement of a source: subject, property, typed value and its scope."""

    subject: str = Field(min_length=1)
    property: str = Field(min_length=1)
    topic: str | None = None
    value: Value
    qualifier: Qualifier = "exact"
    period: str | None = None
    as_of: str | None = None
    scope: str | None = None
    superseded: bool = False
    attribution: str | None = None
    quote: str | None = None
    offsets: tuple[int, int] | None = None
    note: str | None = None

    @field_validator("value", mode="wrap")
    @classmethod
    def _shared_value(
        cls, data: object, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
    ) -> object:
        return shared("value", data, handler, info)

    @field_validator("period", mode="before")
    @classmethod
    def _period(cls, value: object) -> object:
        if isinstance(value, int | date):
            value = str(value) if isinstance(value, int) else value.isoformat()
        return check_period(value) if isinstance(value, str) else value

    @field_validator("as_of", mode="before")
    @classmethod
    def _as_of(cls, value: object) -> object:
        if isinstance(value, date):
            value = value.isoformat()
        return check_moment(value) if isinstance(value, str) else value

    @field_validator("scope")
    @classmethod
    def _scope_text(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("'scope' names a place or entity: it cannot be empty")
        return value.strip() if value is not None else None

    @field_validator("offsets")
    @classmethod
    def _offsets(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is not None and not 0 <= value[0] < value[1]:
            raise ValueError("offsets must be [start, end] with 0 <= start < end")
        return value

    @model_validator(mode="after")
    def _period_or_as_of(self) -> Self:
        if self.period is not None and self.as_of is not None:
            raise ValueError("give either 'period' or 'as_of', not both")
        return self


def _shared_claim(
    data: object, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> object:
    return shared("claim", data, handler, info)


# a claim that another source states word for word is the same immutable model
SharedClaim = Annotated[Claim, WrapValidator(_shared_claim)]


class Source(StrictModel):
    """A news article or primary report and the claims it makes."""

    id: str
    title: str = Field(min_length=1)
    outlet: str = Field(min_length=1)
    url: str | None = None
    language: str
    published: str | None = None
    kind: str = "news"
    cites: list[str] = Field(default_factory=empty_list)
    article: str | None = None
    note: str | None = None
    claims: list[SharedClaim] = Field(default_factory=empty_list)

    @field_validator("claims", mode="wrap")
    @classmethod
    def _shared_claims(
        cls, data: object, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
    ) -> object:
        return shared_list("claim", data, handler, info)

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ValueError(f"'{value}' is not a valid id (lowercase letters, digits, . _ -)")
        return value

    @field_validator("kind")
    @classmethod
    def _kind(cls, value: str) -> str:
        if value not in ("news", "primary"):
            raise ValueError(f"unknown source kind '{value}' (use news or primary)")
        return value

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, date):
            value = value.isoformat()
        return check_moment(value) if isinstance(value, str) else value

    @property
    def published_moment(self) -> Moment | None:
        """The publication date at its precision (a year, month, day or minute)."""
        return parse_moment(self.published) if self.published else None

    @field_validator("cites", mode="before")
    @classmethod
    def _cites(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        return check_language(value)


@lru_cache(maxsize=1024)
def check_language(value: str) -> str:
    """Validate a BCP 47 language tag (CLDR must know it); raise ValueError otherwise."""
    # kept in the cache folder: the answer changes only with babel, and importing it and
    # reading its likely subtags took every run a hundredth of a small case
    from factcheck.cache.tables import kept

    if not kept("language-tag", value, ("babel",), (), partial(_cldr_knows, value)):
        raise ValueError(f"'{value}' is not a BCP 47 language tag (e.g. en, fr, nb)")
    return value


def _cldr_knows(value: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(value, sep="-")
    except (UnknownLocaleError, ValueError):
        return False
    return True
