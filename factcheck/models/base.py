"""What every file model shares: strict keys, immutability, qualifiers and figure limits."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

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
