"""A JSON source object read claim by claim: a claim whose text a load has read is that data.

Sources restate each other's claims, and a large case states a few thousand distinct claims
a hundred thousand times (see :mod:`factcheck.models.shared`). The text of a JSON value is the
same data wherever it stands, so each element of an object's top-level ``claims`` list is cut
out as it is parsed, and one whose text was read earlier in the load is the very object it was
read as then: the models validated from it are found by its identity (see
:func:`factcheck.models.shared.keep`), without a key built from its data.

The object is parsed by the standard library's scanner, value by value, with the same
options as :func:`json.loads` in :func:`factcheck.io.jsonio.parse_json`; anything it does
not read as plain JSON (an error, a number past the limit, text after the object) is left
to that function, which reads the object whole and words the problem.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from factcheck.io.yamlitems import KEPT_ITEMS, TRIAL_ITEMS
from factcheck.models.shared import keep

# what json.loads skips between values (it always matches, if only nothing)
_SPACE: Callable[[str, int], re.Match[str]] = re.compile(r"[ \t\n\r]*").match  # type: ignore[assignment]

# where a load keeps the claims it has read, in its validation context
_STATED = "stated json claims"


class _Unread(Exception):
    """Text this reader leaves to json.loads."""


class StatedClaims:
    """The claim texts of one load that it has read, with the data of each."""

    def __init__(self, context: dict[str, Any]) -> None:
        self._context = context
        self._read: dict[str, Any] = {}
        self._looked_up = 0
        self._found = 0

    @property
    def worth_it(self) -> bool:
        """Whether records are still read claim by claim (as :mod:`yamlitems` decides)."""
        return self._looked_up < TRIAL_ITEMS or self._found * 4 >= self._looked_up

    def parse(self, text: str, decoder: json.JSONDecoder) -> Any:
        """The data of ``text``, one JSON object, as ``decoder`` reads it whole; raises
        _Unread for anything else."""
        scan = decoder.scan_once  # type: ignore[attr-defined]
        space = _SPACE
        try:
            at = space(text, 0).end()
            if text[at] != "{":
                raise _Unread
            at = space(text, at + 1).end()
            data: dict[str, Any] = {}
            if text[at] == "}":
                at += 1
            else:
                while True:
                    if text[at] != '"':
                        raise _Unread
                    key, at = scan(text, at)
                    at = space(text, at).end()
                    if text[at] != ":":
                        raise _Unread
                    at = space(text, at + 1).end()
                    if key == "claims" and text[at] == "[":
                        data[key], at = self._claims(text, at, scan)
                    else:
                        data[key], at = scan(text, at)
                    at = space(text, at).end()
                    if text[at] == "}":
                        at += 1
                        break
                    if text[at] != ",":
                        raise _Unread
                    at = space(text, at + 1).end()
        except (StopIteration, IndexError, ValueError, RecursionError):
            raise _Unread from None  # ValueError: JSONDecodeError, or the digit limit's
        if _SPACE(text, at).end() != len(text):
            raise _Unread
        return data

    def _claims(self, text: str, at: int, scan: Any) -> tuple[list[Any], int]:
        """The list that starts at ``at``, each element read before the same object."""
        space = _SPACE
        read = self._read
        items: list[Any] = []
        at = space(text, at + 1).end()
        if text[at] == "]":
            return items, at + 1
        while True:
            start = at
            item, at = scan(text, at)
            piece = text[start:at]
            self._looked_up += 1
            known = read.get(piece)
            if known is not None:
                self._found += 1
                item = known
            elif type(item) is dict and len(read) < KEPT_ITEMS:
                read[piece] = item
                keep(self._context, item)
            items.append(item)
            at = space(text, at).end()
            if text[at] == "]":
                return items, at + 1
            if text[at] != ",":
                raise _Unread
            at = space(text, at + 1).end()


def stated_claims(context: dict[str, Any]) -> StatedClaims:
    """The claims a load has read from JSON, kept in its validation ``context``."""
    found = context.get(_STATED)
    if found is None:
        found = context[_STATED] = StatedClaims(context)
    return found  # type: ignore[no-any-return]


def read_claims(text: str, decoder: json.JSONDecoder, context: dict[str, Any]) -> Any | None:
    """The data of ``text`` as ``decoder`` reads it, each claim read before in the load of
    ``context`` the same object; None when json.loads is to read it (see the module)."""
    stated = stated_claims(context)
    if not stated.worth_it:
        return None
    try:
        return stated.parse(text, decoder)
    except _Unread:
        return None
