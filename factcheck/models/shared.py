"""One validated model per distinct stated claim and value: what a case repeats is checked once.

Sources repeat each other's figures, dates and lists (that is what a case compares), and a
large case may state a few thousand distinct claims and values a hundred thousand times.
Claims and values are immutable and their validation depends on their own data alone, so one
stated again, key for key and type for type, is the model the first statement validated to.
The memo lives in the validation context of one load, never across cases. A reader that
hands out one object for every statement of a claim keeps it in the context (:func:`keep`):
its model is then found by the object's identity, without building its key.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from itertools import compress, repeat
from operator import is_
from typing import Any

import orjson
from pydantic import ValidationError, ValidationInfo, ValidatorFunctionWrapHandler

# the validation context's keys under which a load keeps its memos
SHARED = "shared"
SHARED_NAMES = ("claim", "value")
# and the data a reader hands out for every statement of it, by identity
KEPT = "kept"
# while a list of statements is validated: the keys already built for them, by their ids
KNOWN = "known"


def _decimal_text(value: object) -> orjson.Fragment:
    """A Decimal as its digits after a NUL byte, which JSON text never holds: not equal to
    the text of any string or number, and "1.5" not equal to "1.50"."""
    if type(value) is Decimal:
        return _Fragment("\0" + str(value))
    raise TypeError  # dates, subclasses, anything else: the key falls back to repr


_Fragment = orjson.Fragment


# dates and subclasses of str, int, dict and list go to the hook, which refuses them
_encoded = partial(
    orjson.dumps,
    default=_decimal_text,
    option=orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_SUBCLASS
    | orjson.OPT_PASSTHROUGH_DATACLASS,
)


def payload_key(data: object) -> bytes | str | None:
    """A key equal to another's only for data of the same keys, order, types and digits; None
    for anything but a mapping (it is then validated every time).

    Claim files parse to dicts, lists, strings, numbers (int, float, Decimal), booleans, None
    and dates. Most claims are keyed by their JSON from orjson, with each Decimal as its text
    after a NUL byte (see _decimal_text), which tells apart what compares equal but is stated
    differently (1, 1.0 and True; Decimal "1.5" and "1.50"; 0.0 and -0.0), in a fifth of the
    time of a repr. Data orjson cannot tell apart or write (a date, which it would write as a
    string; NaN and infinities, which it writes as null; a subclass; an integer past 64 bits)
    are keyed by their ``repr``, a str, which no bytes key equals.
    """
    return _key(data) if type(data) is dict else None


def _key(data: dict[Any, Any]) -> bytes | str:
    try:
        key: bytes = _encoded(data)
    except orjson.JSONEncodeError:
        return repr(data)
    # not ``in``, which first tries the text as an integer and raises
    return repr(data) if key.count(b"null") else key


def _keys(data: list[Any]) -> list[bytes | str] | None:
    """:func:`payload_key` of each of ``data``, built in C unless one needs its repr; None
    unless every one is a mapping."""
    try:
        keys: list[Any] = list(map(_encoded, data))
    except orjson.JSONEncodeError:
        pass
    else:
        # only a plain dict is written as an object (subclasses go to the hook, which
        # refuses them), and NaN and infinities as null; orjson writes no line break, so
        # the keys are read once, joined by line breaks, not one call each
        joined = b"\n".join(keys)
        objects = joined.startswith(b"{") and joined.count(b"\n{") == len(keys) - 1
        if objects and joined.find(b"null") < 0:
            return keys
    found = list(map(payload_key, data))
    return None if None in found else found  # type: ignore[return-value]


def new_memo() -> dict[str, Any]:
    """A validation context that shares the claims and values of one load."""
    return {SHARED: {name: {} for name in SHARED_NAMES}, KEPT: {}}


def keep(context: dict[str, Any], data: object) -> None:
    """Keep ``data`` for the rest of the load of ``context``: a reader hands out this very
    object for every statement of it (a claim read once for all the sources that state it
    word for word), so its model is found by identity, without building its key."""
    context[KEPT][id(data)] = data


def shared(
    name: str, data: object, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> Any:
    """The model ``handler`` validates ``data`` to, shared with every equal statement of a
    ``name`` (claim, value) in the load whose context holds a memo; data that fails is
    validated, and reported, each time."""
    context = info.context
    try:
        memo: dict[bytes | str | int, Any] = context[SHARED][name]  # type: ignore[index]
    except (TypeError, KeyError):  # no context, or another caller's
        return handler(data)
    # a kept object's id is its own for the whole load: the context holds it
    kept = context.get(KEPT)  # type: ignore[union-attr]
    ident = id(data) if kept and id(data) in kept else None
    if ident is not None:
        found = memo.get(ident)
        if found is not None:
            return found
    # the key shared_list built already, where it did
    known = context.get(KNOWN)  # type: ignore[union-attr]
    key = known.pop(id(data), None) if known else None
    if key is None:
        key = payload_key(data)
        if key is None:
            return handler(data)
    found = memo.get(key)
    if found is None:
        found = handler(data)
        # orjson's bytes keep the whole buffer it wrote them in (4 KiB, where a claim's key
        # is a few hundred bytes): the memo, which keeps one per distinct claim and value,
        # keeps a copy of their length
        memo[bytes(memoryview(key)) if type(key) is bytes else key] = found
    if ident is not None:
        memo[ident] = found
    return found


def shared_list(
    name: str, data: object, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> Any:
    """The models of a list of ``name`` statements, as ``handler`` validates them one by one
    through :func:`shared`: those whose model the load has (a kept object's, by identity,
    else a mapping's, by its key) are taken at once, without a call each, and ``handler``
    validates the others."""
    context = info.context
    try:
        memo: dict[bytes | str | int, Any] = context[SHARED][name]  # type: ignore[index]
        kept = context[KEPT]  # type: ignore[index]
    except (TypeError, KeyError):
        return handler(data)
    if type(data) is not list or not data:
        return handler(data)
    keys = None
    if kept:
        # only a kept object's id is a key of the memo, and it stays its own while kept
        found = list(map(memo.get, map(id, data)))
    else:
        # a load that keeps nothing (JSON Lines) states most claims again: each one's key
        # is built and looked up in C, not in a call to shared each
        keys = _keys(data)
        if keys is None:
            return handler(data)
        found = list(map(memo.get, keys))
    # the statements without a model, picked in C: most of a large load's have one
    missing = list(map(is_, found, repeat(None)))
    rest = list(compress(data, missing))
    if not rest:
        return found
    if keys is not None:  # shared finds the keys of those it validates here, by their ids
        context[KNOWN] = dict(zip(map(id, rest), compress(keys, missing), strict=True))  # type: ignore[index]
    try:
        if len(rest) == len(data):
            return handler(data)
        validated = handler(rest)
    except ValidationError:
        context.pop(KNOWN, None)  # type: ignore[union-attr]
        return handler(data)  # again with the whole list, for the places of the errors
    finally:
        # the ids are the statements' only while this list lives
        context.pop(KNOWN, None)  # type: ignore[union-attr]
    for index, model in zip(compress(range(len(found)), missing), validated, strict=True):
        found[index] = model
    return found
