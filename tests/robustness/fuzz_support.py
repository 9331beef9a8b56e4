"""What the fuzz tests share: how many inputs to try, and the value models to try them on.

FACTCHECK_FUZZ_EXAMPLES raises the number of inputs per target (the suite keeps it modest;
``bench/fuzz.py`` runs the same targets longer and prints what each ran).
"""

from __future__ import annotations

import os
import typing
from typing import Any

from hypothesis import HealthCheck, settings
from pydantic import BaseModel

from factcheck.models.source import Claim


def fuzz(examples: int) -> settings:
    """Hypothesis settings for one target: ``examples`` inputs, or FACTCHECK_FUZZ_EXAMPLES.

    Runs are derandomized (the same inputs every time, so CI is stable) unless
    FACTCHECK_FUZZ_RANDOM is set, as the longer runs of ``bench/fuzz.py`` do.
    """
    return settings(
        max_examples=int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", examples)),
        deadline=None,  # no timing in tests: speed is measured in bench/
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=os.environ.get("FACTCHECK_FUZZ_RANDOM") is None,
        database=None,
    )


def _members(annotation: Any) -> list[Any]:
    """The classes a (possibly Annotated, possibly union) annotation allows."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _members(typing.get_args(annotation)[0])
    if origin is typing.Union or type(annotation).__name__ == "UnionType":
        return [m for arg in typing.get_args(annotation) for m in _members(arg)]
    return [annotation]


def value_models() -> dict[str, type[BaseModel]]:
    """Every value model a claim accepts, by its ``kind``: read from the claim model itself,
    so a kind added anywhere (a module per kind behind a registry) is fuzzed as well."""
    found: dict[str, type[BaseModel]] = {}
    for model in _members(Claim.model_fields["value"].annotation):
        if (
            isinstance(model, type)
            and issubclass(model, BaseModel)
            and "kind" in model.model_fields
        ):
            for kind in typing.get_args(model.model_fields["kind"].annotation):
                found[str(kind)] = model
    return found
