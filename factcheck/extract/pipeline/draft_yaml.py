"""The YAML text of a draft, written directly where its data has the draft's plain shape.

A draft is mappings and lists of short text, whole numbers, decimals and truth values, in
block style. PyYAML takes several calls per node to represent and emit such data; here each
value is written as PyYAML writes it, in one pass. Whatever this writer cannot be sure to
write exactly as PyYAML does (a line PyYAML would fold, a character it escapes, a value it
tags, an object met twice, which PyYAML writes as an anchor) has the whole text written by
PyYAML instead, so the text is the same either way.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import yaml

from factcheck.io.yamlio import dump_yaml

# PyYAML's line width (see dump_yaml): a plain or quoted value may be folded past it
_WIDTH = 100
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_RESOLVER = yaml.resolver.Resolver()
# characters PyYAML writes as they are in plain and single-quoted text (allow_unicode): no
# control, line break, byte order mark, surrogate or character past the Basic Plane
_ORDINARY = re.compile(r"[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
# what keeps text from being written plain in block context (PyYAML's analyze_scalar)
_NOT_PLAIN = re.compile(r"^[#,\[\]{}&*!|>'\"%@`]|^[?:\-](?: |$)|^---|^\.\.\.|: |:$| #|^ | $")
# a space between two other characters: where a long line may be folded
_LONE_SPACE = re.compile(r"[^ ](?= [^ ])")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,60}")
_STYLES: dict[str, str | None] = {}  # text -> how it is written, None: left to PyYAML
_STYLES_KEPT = 1 << 16
_PLAIN_KEYS: set[str] = set()  # keys written plain, as they are: a draft has a few dozen


class _Unusual(Exception):
    """Data this writer leaves to PyYAML."""


def _text(value: str) -> str | None:
    """``value`` as PyYAML writes it when it stands alone on its line, None when unsure."""
    if _ORDINARY.fullmatch(value) is None:
        return None
    plain = (
        value
        and _NOT_PLAIN.search(value) is None
        and _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR
    )
    return value if plain else "'" + value.replace("'", "''") + "'"


def _scalar(value: Any) -> str:
    """How PyYAML writes a scalar value; _Unusual for what this writer leaves to it."""
    kind = type(value)
    if kind is str:
        written = _STYLES.get(value)
        if written is None:
            if value in _STYLES or (written := _text(value)) is None:
                _STYLES[value] = None
                raise _Unusual
            if len(_STYLES) < _STYLES_KEPT:
                _STYLES[value] = written
        return written
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is Decimal:
        text = format(value, "f") if value == value.to_integral_value() else str(value)
        tag = _INT if "." not in text and "E" not in text else _FLOAT
        if _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) != tag:
            raise _Unusual  # PyYAML writes it tagged
        return text
    if value is None:
        return "null"
    raise _Unusual


def _line(out: list[str], head: str, value: Any, indent: str) -> None:
    """``head`` and the scalar ``value``, folded as PyYAML folds a line past its width: at a
    lone space met past the width (not the first or last character of quoted text), the
    rest going on a line of its own at ``indent`` and two spaces."""
    text = _scalar(value)
    column = len(head)
    if column + len(text) <= _WIDTH or " " not in text:
        out.append(f"{head}{text}\n")
        return
    quoted = text[0] == "'"
    last = len(text) - 1
    out.append(head)
    start = 0
    search = _LONE_SPACE.search
    # the spaces before the width are passed over in C: a space at ``at`` folds only where
    # ``column + at - start`` is past the width, so the search starts where that can be
    pos = 0
    while (found := search(text, max(pos, start + _WIDTH - column))) is not None:
        at = pos = found.start() + 1
        if quoted and (at == 1 or at == last - 1):
            continue
        out.append(text[start:at])
        out.append("\n" + indent + "  ")
        column = len(indent) + 2
        start = at + 1
    out.append(text[start:] + "\n")


def _mapping(out: list[str], data: dict[Any, Any], indent: str, first: str, seen: set[int]) -> None:
    """A block mapping whose first line starts with ``first`` and the others with ``indent``."""
    lead = first
    for key, value in data.items():
        if type(key) is not str:
            raise _Unusual
        if key not in _PLAIN_KEYS:
            if _KEY.fullmatch(key) is None or _scalar(key) != key:
                raise _Unusual
            if len(_PLAIN_KEYS) < _STYLES_KEPT:
                _PLAIN_KEYS.add(key)
        # most values are text written before and short: their line is written here at once
        if type(value) is str:
            written = _STYLES.get(value)
            if written is not None and (
                len(lead) + len(key) + 2 + len(written) <= _WIDTH or " " not in written
            ):
                out.append(f"{lead}{key}: {written}\n")
                lead = indent
                continue
        _node(out, f"{lead}{key}:", value, indent, seen)
        lead = indent


def _node(out: list[str], head: str, value: Any, indent: str, seen: set[int]) -> None:
    """The value of a mapping key, whose line begins with ``head`` (``indent`` + key)."""
    kind = type(value)
    if kind is dict or kind is list or kind is Decimal:
        if id(value) in seen:
            raise _Unusual  # PyYAML writes an object met twice as an anchor and an alias
        seen.add(id(value))
    if kind is dict:
        if not value:
            out.append(f"{head} {{}}\n")
            return
        out.append(head + "\n")
        _mapping(out, value, indent + "  ", indent + "  ", seen)
    elif kind is list:
        if not value:
            out.append(f"{head} []\n")
            return
        out.append(head + "\n")
        _items(out, value, indent, seen)
    else:
        _line(out, head + " ", value, indent)


def _items(out: list[str], items: list[Any], indent: str, seen: set[int]) -> None:
    """A block sequence at ``indent`` (PyYAML does not indent a list under its key)."""
    for item in items:
        kind = type(item)
        if kind is dict or kind is list or kind is Decimal:
            if id(item) in seen:
                raise _Unusual
            seen.add(id(item))
        if kind is dict and item:
            _mapping(out, item, indent + "  ", indent + "- ", seen)
        elif kind is dict or kind is list:
            raise _Unusual  # an empty mapping or a list in a list: rare, left to PyYAML
        elif (
            kind is str
            and (written := _STYLES.get(item)) is not None
            and (len(indent) + 2 + len(written) <= _WIDTH or " " not in written)
        ):
            out.append(f"{indent}- {written}\n")
        else:
            _line(out, indent + "- ", item, indent)


def dump_draft(data: dict[str, Any] | list[Any]) -> str:
    """``dump_yaml(data)``: the same text, written directly for the draft's plain shapes."""
    out: list[str] = []
    try:
        if type(data) is dict and data:
            _mapping(out, data, "", "", set())
        elif type(data) is list and data:
            _items(out, data, "", set())
        else:
            raise _Unusual
    except _Unusual:
        return dump_yaml(data)
    return "".join(out)
