"""JSON and JSON Lines source files: parsed at C speed, lines looked up only when needed.

A ``.json`` file holds one source object; a ``.jsonl`` file holds one source object per line.
Numbers with a fraction are read as Decimal, as in YAML, so "2.80" keeps its stated precision
(pydantic's own JSON parser reads them as floats first, which loses it). Line numbers are not
tracked while parsing: a JSON Lines object is on its own line, and inside a ``.json`` file a
small tokenizer finds the line of a value when a claim's line or a problem asks for it.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError, Problem
from factcheck.io.files import decode_utf8, file_problem, read_limited
from factcheck.io.yamllines import LineTable
from factcheck.limits import (
    MAX_JSON_SOURCE_BYTES,
    MAX_JSONL_FILE_BYTES,
    MAX_NUMBER_DIGITS,
    size_text,
)

_BOM = "\ufeff"

# A string, one punctuation character, or a bare word (a number, true, false, null).
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"?|[{}\[\]:,]|[^\s{}\[\]:,"]+', re.DOTALL)


class _TooManyDigits(ValueError):
    """A number past MAX_NUMBER_DIGITS (raised while parsing, located afterwards)."""


def _decimal(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_DIGITS and sum(c.isdigit() for c in text) > MAX_NUMBER_DIGITS:
        raise _TooManyDigits(text)
    return Decimal(text)


def _no_constant(name: str) -> Any:
    raise json.JSONDecodeError(f"{name} is not a number JSON allows", "", 0)


def _long_number(text: str) -> tuple[int, int] | None:
    """The offset and digit count of the first number past MAX_NUMBER_DIGITS, if any."""
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0] in "-0123456789":
            digits = sum(c.isdigit() for c in token)
            if digits > MAX_NUMBER_DIGITS:
                return match.start(), digits
    return None


# what json.loads builds for each call with these hooks, built once: a JSON Lines case
# parses a line at a time
_DECODER = json.JSONDecoder(parse_float=_decimal, parse_constant=_no_constant)


def parse_json(text: str, path: Path, first_line: int = 1) -> Any:
    """Parse JSON text to plain data (fractions as Decimal); problems are raised as lines.

    ``first_line`` is the line ``text`` starts on in its file (a JSON Lines record).
    """
    limit = sys.get_int_max_str_digits()
    try:
        # the interpreter's own digit limit refuses long integers at C speed, with no hook
        # called per number; it is put back at once
        sys.set_int_max_str_digits(MAX_NUMBER_DIGITS)
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        where = exc.pos if exc.doc else 0
        line = first_line - 1 + LineTable(text).line(where) if exc.doc else first_line
        if not exc.doc:  # NaN or Infinity: find it for its line
            constant = re.search(r"\b(?:NaN|-?Infinity)\b", text)
            line = first_line - 1 + LineTable(text).line(constant.start() if constant else 0)
        raise FactcheckError(Problem(str(path), line, f"invalid JSON: {exc.msg}")) from None
    except ValueError:  # a number past the digit limit, as an integer or with a fraction
        found = _long_number(text)
        if found is None:  # pragma: no cover - every ValueError above comes from a number
            raise
        offset, digits = found
        line = first_line - 1 + LineTable(text).line(offset)
        message = f"a number of {digits:,} digits: numbers have at most {MAX_NUMBER_DIGITS:,}"
        raise FactcheckError(Problem(str(path), line, message)) from None
    except RecursionError:
        raise FactcheckError(
            Problem(str(path), first_line, "invalid JSON: nested too deeply")
        ) from None
    finally:
        sys.set_int_max_str_digits(limit)


@dataclass(frozen=True)
class JsonDocument:
    """One parsed source object with where it is: its file, and its text when lines vary.

    A JSON Lines record keeps no text: every value in it is on its one line.
    """

    path: Path
    data: Any
    first_line: int = 1
    text: str | None = None

    def line_of(self, loc: Sequence[str | int]) -> int:
        """The 1-based line of the value at ``loc`` (the deepest part that exists)."""
        if self.text is None:
            return self.first_line
        return self.first_line - 1 + line_in_text(self.text, loc)

    def element_lines(self, key: str, count: int) -> tuple[int, ...]:
        """The lines of the first ``count`` elements of the top-level list under ``key``."""
        if self.text is None:
            return (self.first_line,) * count
        table = LineTable(self.text)
        tokens = _tokens(self.text)
        start = _walk(tokens, [key])
        offsets = [tokens[i][1] for i in _elements(tokens, start)] if start is not None else []
        offsets += [offsets[-1] if offsets else 0] * (count - len(offsets))
        return tuple(self.first_line - 1 + table.line(o) for o in offsets[:count])


def _tokens(text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _TOKEN.finditer(text)]


def _skip(tokens: list[tuple[str, int]], i: int) -> int:
    """The index just past the value that starts at token ``i``."""
    depth = 0
    while i < len(tokens):
        token = tokens[i][0]
        if token in ("{", "["):
            depth += 1
        elif token in ("}", "]"):
            depth -= 1
        i += 1
        if depth <= 0:
            return i
    return i


def _members(tokens: list[tuple[str, int]], i: int) -> Iterator[tuple[str, int]]:
    """(key, index of its value) for each member of the object that starts at token ``i``."""
    j = i + 1
    while j + 2 < len(tokens) and tokens[j][0] not in ("}", "]"):
        key, colon = tokens[j][0], tokens[j + 1][0]
        if colon != ":":
            return
        try:
            name = json.loads(key)
        except ValueError:
            return
        yield str(name), j + 2
        j = _skip(tokens, j + 2)
        if j < len(tokens) and tokens[j][0] == ",":
            j += 1


def _elements(tokens: list[tuple[str, int]], i: int) -> Iterator[int]:
    """The index of each element of the list that starts at token ``i``."""
    if i >= len(tokens) or tokens[i][0] != "[":
        return
    j = i + 1
    while j < len(tokens) and tokens[j][0] not in ("]", "}"):
        yield j
        j = _skip(tokens, j)
        if j < len(tokens) and tokens[j][0] == ",":
            j += 1


def _walk(tokens: list[tuple[str, int]], loc: Sequence[str | int]) -> int | None:
    """The token index of the value at ``loc``: as deep as it exists, None if not at all."""
    if not tokens:
        return None
    at = 0
    for part in loc:
        found = None
        if tokens[at][0] == "{":
            for name, index in _members(tokens, at):
                if name == str(part):
                    found = index  # the last of repeated keys is the one json keeps
        elif isinstance(part, int):
            for position, index in enumerate(_elements(tokens, at)):
                if position == part:
                    found = index
                    break
        if found is None or found >= len(tokens):
            return at if part is not loc[0] else None
        at = found
    return at


def line_in_text(text: str, loc: Sequence[str | int]) -> int:
    """The 1-based line of the value at ``loc`` in JSON ``text`` (the deepest part found)."""
    tokens = _tokens(text)
    at = _walk(tokens, loc)
    if at is None:
        at = 0
    offset = tokens[at][1] if tokens else 0
    return LineTable(text).line(offset)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith(_BOM) else text


def read_json(path: Path) -> JsonDocument:
    """Read a ``.json`` file of one object, at most MAX_JSON_SOURCE_BYTES."""
    data = read_limited(path, MAX_JSON_SOURCE_BYTES, "a JSON source file")
    text = _strip_bom(decode_utf8(data, path))
    if not text.strip():
        raise FactcheckError(Problem(str(path), 1, "empty file: a source is one JSON object"))
    return JsonDocument(path, parse_json(text, path), 1, text)


def read_jsonl(path: Path) -> Iterator[JsonDocument | Problem]:
    """The records of a ``.jsonl`` file, one per non-blank line, read one line at a time.

    Memory holds one line at a time. A record that is not JSON, not UTF-8 or longer than
    MAX_JSON_SOURCE_BYTES is a problem on its line; the next lines are still read. A file
    over MAX_JSONL_FILE_BYTES, or that cannot be read, raises FactcheckError.
    """
    found = file_problem(path)
    if found is not None:
        raise FactcheckError(found)
    try:
        size = path.stat().st_size
        if size > MAX_JSONL_FILE_BYTES:
            raise FactcheckError(
                Problem(
                    str(path),
                    0,
                    f"{size_text(size)}: larger than {size_text(MAX_JSONL_FILE_BYTES)}, "
                    "the limit for a JSON Lines file",
                )
            )
        handle = path.open("rb")
    except OSError as exc:
        raise FactcheckError(Problem(str(path), 0, f"cannot read: {exc.strerror}")) from None
    with handle:
        number, total = 0, 0
        while True:
            raw = handle.readline(MAX_JSON_SOURCE_BYTES + 1)
            if not raw:
                return
            number += 1
            total += len(raw)
            if total > MAX_JSONL_FILE_BYTES:
                yield Problem(
                    str(path),
                    number,
                    f"larger than {size_text(MAX_JSONL_FILE_BYTES)}, the limit for a JSON "
                    "Lines file",
                )
                return
            if len(raw) > MAX_JSON_SOURCE_BYTES and not raw.endswith(b"\n"):
                yield Problem(
                    str(path),
                    number,
                    f"a line longer than {size_text(MAX_JSON_SOURCE_BYTES)}, "
                    "the limit for one source",
                )
                while raw and not raw.endswith(b"\n"):  # skip the rest of that line
                    raw = handle.readline(MAX_JSON_SOURCE_BYTES + 1)
                continue
            yield from _record(raw, path, number)


def _record(raw: bytes, path: Path, number: int) -> Iterator[JsonDocument | Problem]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Problem(str(path), number, f"not UTF-8 text ({exc.reason})")
        return
    if number == 1:
        text = _strip_bom(text)
    if not text.strip():
        return
    try:
        yield JsonDocument(path, parse_json(text, path, number), number)
    except FactcheckError as exc:
        yield from exc.problems
