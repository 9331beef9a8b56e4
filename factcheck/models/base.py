"""What every file model shares: strict keys, immutability, qualifiers and figure limits."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

Qualifier = Literal["exact", "about", "at_least", "more_than", "at_most", "less_than", "up_to"]
QUALIFIERS: tuple[str, ...] = (
    "exact",
    "about",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "up_to",
)

# A ceiling no reported figure reaches (10^24), so arithmetic on figures stays exact.
MAX_FIGURE = Decimal(10) ** 24


class StrictModel(BaseModel):
    """Base for file models: unknown keys are errors, values are immutable."""

    # built on first use: a command validates only some of the models it imports
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# Default factories for fields. pydantic reads a factory's signature to see whether it takes
# the validated data; a builtin type's (list, dict) is parsed from its text signature, which
# compiles the tokenizer's patterns in each process: a plain function's is read at once.


def empty_list() -> list[Any]:
    """A new empty list (a field's default)."""
    return []


def empty_dict() -> dict[Any, Any]:
    """A new empty dict (a field's default)."""
    return {}
