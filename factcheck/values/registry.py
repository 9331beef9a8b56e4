"""The value kinds, keyed by the name claim files give in ``kind:`` — the only list of them."""

from __future__ import annotations

import operator
from functools import reduce
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from factcheck.values import amount, count, date, duration, percent, quantity, text, time
from factcheck.values import set as member_set
from factcheck.values.base import BaseValue, ValueKind

KINDS: dict[str, ValueKind] = {
    kind.name: kind
    for kind in (
        date.KIND,
        time.KIND,
        amount.KIND,
        count.KIND,
        quantity.KIND,
        duration.KIND,
        percent.KIND,
        member_set.KIND,
        text.KIND,
    )
}

if TYPE_CHECKING:
    Value = BaseValue
    KindName = str
else:
    # A claim's value: the model its ``kind`` names, validated with that model's errors.
    Value = Annotated[
        reduce(operator.or_, (k.model for k in KINDS.values())), Field(discriminator="kind")
    ]
    KindName = Literal[tuple(KINDS)]


def value_kind(name: str) -> ValueKind:
    """The declaration of the value kind ``name`` (a validated kind name)."""
    return KINDS[name]
