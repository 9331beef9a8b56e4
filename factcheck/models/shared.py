"""One validated value per distinct stated value: what a case's claims repeat is checked once.

Sources repeat each other's figures, dates and lists (that is what a case compares): a large
case states a few thousand distinct values a hundred thousand times. Values are immutable and
their validation depends on their own data alone, so a value stated again, key for key and
type for type, is the model the first statement validated to. The memo lives in the
validation context of one load, never across cases.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

# the validation context's key under which a load keeps its memo
SHARED_VALUES = "shared_values"

Key = tuple[Any, ...]


def _scalar_key(data: object) -> Key | None:
    kind = type(data)
    if kind is str or kind is int or kind is bool or data is None:
        return (kind, data)  # the type keeps 1, 1.0 and True apart, which compare equal
    if kind is Decimal or kind is float:
        return (kind, repr(data))  # "1.50" and "1.5", 0.0 and -0.0 are stated differently
    return None


def payload_key(data: object) -> Key | None:
    """A hashable key that equals another's only for data of the same keys, order, types and
    text; None for data holding anything else (it is then validated every time)."""
    if isinstance(data, dict):
        items: list[object] = ["d"]
        for name, item in data.items():
            key = _scalar_key(item) if type(item) not in (dict, list) else payload_key(item)
            if key is None or type(name) is not str:
                return None
            items.append(name)
            items.append(key)
        return tuple(items)
    if isinstance(data, list):
        elements: list[object] = ["l"]
        for item in data:
            key = _scalar_key(item) if type(item) not in (dict, list) else payload_key(item)
            if key is None:
                return None
            elements.append(key)
        return tuple(elements)
    return _scalar_key(data)
