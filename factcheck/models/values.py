"""Typed claim values: date, amount, count, set and text, as written in a claim file."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Qualifier = Literal["exact", "about", "at_least", "more_than", "at_most", "less_than", "up_to"]
Scale = Literal["thousand", "million", "billion", "trillion"]
ValueKind = Literal["date", "amount", "count", "set", "text"]

SCALE_FACTORS: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MONTH_ONLY_RE = re.compile(r"^--(\d{2})$")
DURATION_RE = re.compile(r"^P(\d{1,4})([YMD])$")  # up to 9999 units back
# A ceiling no reported figure reaches (10^24), so arithmetic on figures stays exact.
MAX_FIGURE = Decimal(10) ** 24


class StrictModel(BaseModel):
    """Base for file models: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check_calendar_date(text: str) -> str:
    """Validate ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError for 2025-13 and such."""
    match = _DATE_RE.match(text)
    if not match:
        raise ValueError(f"'{text}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    if not 1 <= int(year) <= 9998:
        raise ValueError(f"'{text}' is not a date: the year is out of range")
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"'{text}' is not a date: there is no month {int(month)}")
    if day:
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError(f"'{text}' is not a date: day {int(day)} does not exist") from None
    return text


class DateValue(StrictModel):
    """A date at year, month or day precision, absolute or relative to publication."""

    kind: Literal["date"]
    date: str | None = None
    relative: Literal["last", "this", "next"] | None = None
    ago: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _as_text(cls, value: object) -> object:
        if isinstance(value, int | date):
            return str(value) if isinstance(value, int) else value.isoformat()
        return value

    @field_validator("date")
    @classmethod
    def _calendar(cls, value: str | None) -> str | None:
        month_only = MONTH_ONLY_RE.match(value) if value else None
        if month_only:
            if not 1 <= int(month_only.group(1)) <= 12:
                raise ValueError(f"'{value}' is not a month")
            return value
        return check_calendar_date(value) if value is not None else None

    @model_validator(mode="after")
    def _check(self) -> DateValue:
        if self.ago is not None:
            if self.date is not None or self.relative is not None:
                raise ValueError("'ago' stands alone: drop 'date' and 'relative'")
            if not DURATION_RE.match(self.ago):
                raise ValueError(
                    f"'ago' must be a duration like P1Y, P2M or P3D (at most 4 digits), "
                    f"not '{self.ago}'"
                )
            return self
        if self.date is None:
            raise ValueError("a date value needs 'date' (or 'ago')")
        month_only = MONTH_ONLY_RE.match(self.date)
        if month_only and self.relative is None:
            raise ValueError(f"'{self.date}' names a month without a year: add 'relative'")
        if not month_only and self.relative is not None:
            raise ValueError("'relative' applies to a month without a year, like '--10'")
        return self


class _Quantity(StrictModel):
    scale: Scale | None = None

    def stated_text(self, number: Decimal) -> str:
        """Render the figure as stated: number plus scale word."""
        text = format(number, "f")
        return f"{text} {self.scale}" if self.scale else text


class AmountValue(_Quantity):
    """A sum of money: a number, an optional scale word and an ISO 4217 currency."""

    kind: Literal["amount"]
    amount: Decimal = Field(ge=0, le=MAX_FIGURE)
    currency: str

    @field_validator("currency")
    @classmethod
    def _iso_currency(cls, value: str) -> str:
        from factcheck.normalize.currencies import is_currency_code

        if not is_currency_code(value):
            raise ValueError(f"'{value}' is not an ISO 4217 currency code (e.g. USD, EUR)")
        return value


class CountValue(_Quantity):
    """A number of things: people, countries, cases."""

    kind: Literal["count"]
    count: Decimal = Field(ge=0, le=MAX_FIGURE)


class SetValue(StrictModel):
    """A list of members (countries by name in any language or ISO code), complete or partial."""

    kind: Literal["set"]
    members: list[str] = Field(min_length=1)
    complete: bool = True
    count: int | None = Field(default=None, ge=0)

    @field_validator("members")
    @classmethod
    def _known_countries(cls, value: list[str]) -> list[str]:
        from factcheck.normalize.places import country_code

        unknown = [m for m in value if country_code(m) is None]
        if unknown:
            names = ", ".join(f"'{m}'" for m in unknown)
            raise ValueError(f"unknown country {names} (use a name or an ISO 3166 code)")
        return value

    @model_validator(mode="after")
    def _complete_count(self) -> SetValue:
        if self.complete and self.count is not None and self.count != len(self.members):
            raise ValueError(
                f"a complete list of {len(self.members)} members cannot have count {self.count}: "
                "set complete: false if the list names only some of them"
            )
        return self


class TextValue(StrictModel):
    """Free text, compared by normalized fuzzy equality only."""

    kind: Literal["text"]
    text: str = Field(min_length=1)


Value = Annotated[
    DateValue | AmountValue | CountValue | SetValue | TextValue,
    Field(discriminator="kind"),
]
