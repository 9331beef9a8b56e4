"""Text from input files made safe to show: control characters visible, spreadsheet cells inert.

A quote or an attribution is whatever a source file says. Written raw, an ESC sequence
recolours or rewrites the reader's terminal, a bidirectional override makes text read in
another order than it is stored ("Trojan source"), NUL and BEL break XML and annoy, and a
CSV cell that begins with ``=`` runs as a formula when an editor opens it in a spreadsheet.
Every writer a person reads gets the report through :func:`visible_report`; the CSV writer
passes each cell through :func:`spreadsheet_cell` as well; problem messages, which quote
what a file says, are kept to one line by :func:`one_line`. JSON keeps every character: it
escapes what needs escaping and is read by programs.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional embeddings,
# overrides and isolates (LRM/RLM marks stay: right-to-left text needs them).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# OWASP's list: what makes a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$")

T = TypeVar("T")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␀ ␇ ␛ …
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def visible(text: str) -> str:
    """``text`` with control characters shown as symbols (ESC as ␛, U+202E as <U+202E>)."""
    return _UNSAFE.sub(_picture, text) if _UNSAFE.search(text) else text


def one_line(text: str) -> str:
    """``text`` visible and on one line: a line break shows as ``\\n``."""
    text = visible(text)
    return text.replace("\n", "\\n") if "\n" in text else text


def spreadsheet_cell(text: str) -> str:
    """A CSV cell no spreadsheet runs as a formula (OWASP): a leading ' when it could be one.

    Plain numbers ("-3", "+1.5") stay numbers; control characters are made visible.
    """
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(text):
        text = "'" + text
    return visible(text)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, BaseModel):
        changed = {}
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = _clean(old)
            if new is not old:
                changed[name] = new
        return value.model_copy(update=changed) if changed else value
    if isinstance(value, list | tuple):
        items = [_clean(item) for item in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    if isinstance(value, dict):
        cleaned = {_clean(k): _clean(v) for k, v in value.items()}
        same = all(a is b for a, b in zip(cleaned.values(), value.values(), strict=True))
        return value if same and list(cleaned) == list(value) else cleaned
    return value


def visible_report(report: T) -> T:
    """A copy of a report (any pydantic model) with every string passed through visible()."""
    return _clean(report)  # type: ignore[no-any-return]
