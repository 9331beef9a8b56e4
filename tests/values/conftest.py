"""A helper for value-kind tests: normalize values as claim files state them, then compare."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from factcheck.values.base import CompareEnv, NormalizeContext, Payload
from factcheck.values.calendar import parse_moment
from factcheck.values.rates import RateBook
from factcheck.values.registry import KINDS


class Values:
    """Normalize value mappings and count the groups a kind's comparison makes of them."""

    def of(
        self,
        spec: dict[str, Any],
        qualifier: str = "exact",
        published: str | None = None,
        timezone: str | None = None,
    ) -> Payload:
        """The payload of a claim-file value under ``qualifier``."""
        kind = KINDS[spec["kind"]]
        ctx = NormalizeContext(
            qualifier=qualifier,
            published=parse_moment(published) if published else None,
            tolerance=kind.about_tolerance,
            timezone=timezone,
        )
        return kind.normalize(kind.model.model_validate(spec), ctx)

    def groups(self, kind: str, *payloads: Payload, rates: dict[str, str] | None = None) -> int:
        """How many groups of values that can all be true the payloads split into."""
        env = CompareEnv(RateBook({k: Decimal(v) for k, v in (rates or {}).items()}))
        return len(KINDS[kind].partition(list(payloads), env))


@pytest.fixture
def values() -> Values:
    """The value-kind test helper."""
    return Values()
