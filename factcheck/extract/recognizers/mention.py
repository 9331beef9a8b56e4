"""A value found in text, as every recognizer hands it to the article pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mention:
    """A value found in text: kind (date, period, time, amount, count, quantity, duration,
    percent, set), span, pattern and the value as a claim file writes it.

    ``extra`` holds what the claim value has no key for: a count's noun (``noun``,
    ``noun_span``), a time stated as local time (``local``), the two figures of a range
    (``first``, ``second``). Spans in ``extra`` are (start, end) tuples.
    """

    kind: str
    start: int
    end: int
    text: str
    pattern: str
    value: dict[str, Any]
    qualifier: str = "exact"
    extra: dict[str, Any] = field(default_factory=dict)
