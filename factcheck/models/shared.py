"""One validated value per distinct stated value: what a case's claims repeat is checked once.

Sources repeat each other's figures, dates and lists (that is what a case compares): a large
case states a few thousand distinct values a hundred thousand times. Values are immutable and
their validation depends on their own data alone, so a value stated again, key for key and
type for type, is the model the first statement validated to. The memo lives in the
validation context of one load, never across cases.
"""

from __future__ import annotations

# the validation context's key under which a load keeps its memo
SHARED_VALUES = "shared_values"


def payload_key(data: object) -> str | None:
    """A key equal to another's only for data of the same keys, order, types and digits; None
    for anything but a mapping (it is then validated every time).

    Claim files parse to dicts, lists, strings, numbers (int, float, Decimal), booleans, None
    and dates, whose ``repr`` tells apart what compares equal but is stated differently
    (1, 1.0 and True; Decimal "1.5" and "1.50"; 0.0 and -0.0), and is built in C.
    """
    return repr(data) if type(data) is dict else None
