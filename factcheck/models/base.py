"""What every file model shares: strict keys, immutability, qualifiers and figure limits.

The modules that define models (here, in ``values``, ``engine``, ``review`` and the report)
do without ``from __future__ import annotations``: pydantic evaluates a model's annotations
written as text, and those of every class it inherits, each time a model is defined: for
the sixty models compare defines, about a fiftieth of its run on a small case. A model's own
name in its methods is spelled ``Self``.
"""

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
