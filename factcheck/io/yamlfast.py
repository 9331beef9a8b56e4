"""A large claim file of plain block YAML read at C speed, lines looked up only when asked.

PyYAML builds a Python node, two marks and a resolver call for every scalar, and that is most
of loading a large case. For a file in the plain subset claim files are written in (block
mappings and lists of one-line scalars; no anchors, tags, block scalars or continued lines),
libyaml first checks the syntax without building anything, rapidyaml then turns the text into
JSON, and ``json.loads`` builds the data. The result is the data :func:`parse_yaml` gives, or
None when the file is not in that subset or any step disagrees: the caller then parses it
the full way, which also words every problem as before.

Scalars are typed by YAML 1.1 in PyYAML and by JSON's rules in rapidyaml: a file in which
any scalar would be typed differently (``yes``, ``~``, ``0x1F``, ``1_000``, ``1.``, ``1e3``)
is left to the full parser. Every value's line is the full parser's, computed on demand;
the lines of the claims are found in the text. Within a load, claim items read from an
earlier file are not parsed again (see :mod:`factcheck.io.yamlitems`).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson

from factcheck.io.yamlio import YamlDocument, parse_yaml
from factcheck.io.yamlitems import claim_items, item_lines, stated_items
from factcheck.limits import MAX_NUMBER_DIGITS

# Line breaks editors do not count, a byte-order mark, characters YAML does not allow.
_ODD_CHARACTER = re.compile(
    "[^\x09\x0a\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# The characters of _ODD_CHARACTER's class below U+0100, deleted from a Latin-1 text at C
# speed: what is left is odd.
_LATIN_ALLOWED = bytes([0x09, 0x0A, *range(0x20, 0x7F), *range(0xA0, 0x100)])
# What may start an anchor, alias, tag or block scalar, when a scalar starts with it.
_INDICATOR = re.compile(r"[&*!|>]")
_INDICATORS = "&*!|>"
_SCALAR_START = frozenset(" \t\n[{,")
# A line that is neither a key nor a list item: a continued scalar, a document marker, a
# directive (searched in the text after a line break, so the first line counts too). The
# indent is taken whole, so the look-ahead runs once per line.
_OTHER_LINE = re.compile(r"\n *+(?![A-Za-z0-9_][^:#\n]*+:[ \t\n]|-(?:[ \n]|$)|#|\n|$)")
# A quoted scalar or flow collection that does not end on its line, after ': ' or '- ': its
# next line may look like a key or an item (rapidyaml refuses some of those, with a message
# on stderr). Sought from the opening character, which is rare, rather than at each ':'.
_CLOSERS = {'"': '"', "'": "'", "[": "]", "{": "}"}
# What YAML 1.1 reads as a boolean, null, number, merge or value key when it is written
# plain, and JSON as text: such text in the JSON was either quoted in the YAML or is read
# differently, which the YAML shows. Found among a wider net of JSON strings.
_MAYBE_TYPED = re.compile(r'"([-+.~<=0-9][^"\n]{0,60}|[yYnNtTfFoO][a-zA-Z]{1,4})"')
_TYPED = re.compile(
    r"(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
    r"|~|null|Null|NULL|<<|="
    r"|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
    r"|[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))"
)
# rapidyaml writes plain nan and inf as .nan and .inf, where YAML 1.1 reads them as text
_REWRITTEN = re.compile(r"[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)")
# what may follow a plain scalar on a line of the subset
_AFTER = r"(?=[ \t]*(?:$|#|[,\]}]|:(?:[ \t]|$)))"


def _plain(text: str, scalar: str) -> bool:
    """Whether ``scalar`` is written plain (unquoted) somewhere in ``text``."""
    # the text first, so the search looks for it alone, and then what stands before it
    escaped = re.escape(scalar)
    pattern = rf"{escaped}(?<![^\s\[{{,]{escaped}){_AFTER}"
    return re.search(pattern, text, re.MULTILINE) is not None


def _odd_character(text: str) -> bool:
    """Whether ``text`` holds a character :data:`_ODD_CHARACTER` finds."""
    try:
        return bool(text.encode("latin-1").translate(None, _LATIN_ALLOWED))
    except UnicodeEncodeError:
        return _ODD_CHARACTER.search(text) is not None


def _unclosed(text: str) -> bool:
    """Whether a quoted scalar or flow collection after ``:`` or ``-`` and a blank is left
    open at the end of its line (its last character is not the closing one)."""
    for opener, closer in _CLOSERS.items():
        at = text.find(opener)
        while at >= 0:
            if at and text[at - 1] in " \t":
                end = text.find("\n", at)
                if end < 0:
                    end = len(text)
                if end - at == 1 or text[end - 1] != closer:
                    head = text[text.rfind("\n", 0, at) + 1 : at].rstrip(" \t")
                    if head.endswith((":", "-")):
                        return True
            at = text.find(opener, at + 1)
    return False


def _outside(text: str) -> bool:
    """Whether ``text`` may hold more than the plain subset (see the module's docstring)."""
    if _odd_character(text) or _OTHER_LINE.search("\n" + text) or _unclosed(text):
        return True
    if not any(indicator in text for indicator in _INDICATORS):
        return False
    return any(
        m.start() == 0 or text[m.start() - 1] in _SCALAR_START for m in _INDICATOR.finditer(text)
    )


class _Declined(Exception):
    """The file is not one the fast path reads as the full parser does."""


class _Floats:
    """JSON's fractions as Decimal, with those rapidyaml may have written another way."""

    def __init__(self) -> None:
        # what the YAML may have said instead: "1." for 1.0 (YAML 1.1: Decimal 1, not 1.0),
        # "-.5" for -0.5 (YAML 1.1: text)
        self.suspects: set[str] = set()

    def __call__(self, text: str) -> Decimal:
        if "e" in text or "E" in text or len(text) > MAX_NUMBER_DIGITS:
            raise _Declined  # YAML 1.1 reads "1e3" as text and "1.5e+3" as a number
        if text.endswith(".0"):
            self.suspects.add(text[:-1])
        if text.startswith(("0.", "-0.")):
            self.suspects.add(text.replace("0.", ".", 1))
        return Decimal(text)


def _no_constant(name: str) -> Any:
    raise _Declined


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):  # a duplicate key: the full parser reports it
        raise _Declined
    return out


def _fragment(value: object) -> orjson.Fragment:
    if type(value) is Decimal:
        return orjson.Fragment(str(value))  # as JSON wrote it: str() keeps a Decimal's digits
    raise TypeError


def _decoded(encoded: str, floats: _Floats, flow: bool) -> Any:
    """The data of rapidyaml's JSON, refused (_Declined) when an object repeats a key.

    A duplicate is found by a call per object unless the data written back as JSON is the
    text it was read from: that text then has no key twice, as a dict cannot. rapidyaml writes
    block collections as orjson indents them; a flow one it keeps on one line, so a text with
    flow collections is checked object by object at once.
    """
    if not flow:
        data = json.loads(encoded, parse_float=floats, parse_constant=_no_constant)
        try:
            written = orjson.dumps(data, default=_fragment, option=orjson.OPT_INDENT_2)
        except orjson.JSONEncodeError:  # an integer past 64 bits, a lone surrogate
            written = b""
        if written.decode("utf-8") + "\n" == encoded:
            return data
    return json.loads(
        encoded, parse_float=floats, parse_constant=_no_constant, object_pairs_hook=_unique
    )


_ryml: Any = None


def _to_json(text: str) -> str | None:
    global _ryml
    if _ryml is None:
        import ryml  # type: ignore[import-untyped]

        _ryml = ryml
    tree = _ryml.parse_in_arena(text.encode("utf-8"))
    if not tree.size() or not tree.is_map(tree.root_id()):
        return None
    out = _ryml.emit_json_malloc(tree, tree.root_id())
    return out.decode("utf-8") if isinstance(out, bytes) else out


def _syntax_ok(text: str) -> bool:
    """libyaml's verdict on the syntax alone, without building a node (False without it)."""
    try:
        from yaml import _yaml
    except ImportError:  # PyYAML built without libyaml: the full parser reads everything
        return False
    parser = _yaml.CParser(text)
    try:
        parser.raw_parse()
    except Exception:  # whatever libyaml objects to, the full parser words it
        return False
    finally:
        parser.dispose()
    return True


@dataclass(frozen=True)
class _Parsed:
    """The data of a text, with the JSON strings YAML 1.1 may type and the fractions
    rapidyaml may have written another way that the text was checked for."""

    data: dict[str, Any]
    typed: frozenset[str]
    suspects: frozenset[str]


def _parse(
    text: str, parsed: str, typed: Set[str] = frozenset(), suspects: Set[str] = frozenset()
) -> _Parsed | None:
    """The data of ``parsed``, all of ``text`` or it without items read before, checked
    against all of ``text``, with ``typed`` and ``suspects`` those items were read with."""
    if not _syntax_ok(parsed):
        return None
    try:
        encoded = _to_json(parsed)
    except Exception:  # rapidyaml's own objections: the full parser decides
        return None
    if encoded is None:
        return None
    found = {s for s in set(_MAYBE_TYPED.findall(encoded)) if _TYPED.fullmatch(s)}
    if any(_REWRITTEN.fullmatch(s) or _plain(text, s) for s in found | typed):
        return None
    floats = _Floats()
    limit = sys.get_int_max_str_digits()
    try:
        sys.set_int_max_str_digits(MAX_NUMBER_DIGITS)
        data = _decoded(encoded, floats, flow="[" in parsed or "{" in parsed)
    except (_Declined, ValueError, RecursionError):
        return None
    finally:
        sys.set_int_max_str_digits(limit)
    if any(_plain(text, suspect) for suspect in floats.suspects | suspects):
        return None
    if not isinstance(data, dict):
        return None
    return _Parsed(data, frozenset(found), frozenset(floats.suspects))


def _read(
    text: str, context: dict[str, Any] | None
) -> tuple[dict[str, Any], tuple[int, ...] | None] | None:
    """The data of ``text`` and, when known, the lines of its claims; None outside the
    subset. Within the load of ``context``, claim items read before are not parsed again
    (see :mod:`factcheck.io.yamlitems`)."""
    stated = stated_items(context) if context is not None else None
    split = claim_items(text) if stated is not None and stated.worth_it else None
    if split is None or stated is None:
        whole = None if _outside(text) else _parse(text, text)
        return None if whole is None else (whole.data, None)
    plan = stated.plan(split.items)
    parsed = split.head + "".join(plan.parsed) + split.tail
    # each guard looks at a line at a time, and the items left out passed them where they
    # were read: the text is outside the subset if and only if what is parsed is
    if _outside(parsed):
        return None
    read = _parse(text, parsed, plan.typed, plan.suspects)
    if read is None:
        return None
    claims = read.data.get("claims")
    if not isinstance(claims, list) or len(claims) != len(plan.parsed):
        return None  # not a list of these items after all: the full parser tells what it is
    checks = (read.typed, read.suspects)
    read.data["claims"] = stated.claims(plan, claims, split.indent, checks)
    return read.data, split.lines


def fast_data(text: str, context: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The data of a top-level mapping in the plain subset, as :func:`parse_yaml` builds it;
    None when the file is outside that subset (the caller parses it the full way).

    ``context`` is the validation context of the load the file is part of, if any.
    """
    read = _read(text, context)
    return None if read is None else read[0]


@dataclass
class FastYamlDocument:
    """A YAML claim file read by the fast path; any line but a claim's is the full parser's."""

    path: Path
    data: dict[str, Any]
    text: str
    claim_lines: tuple[int, ...] | None = None  # found while the file was read, if they were
    _full: YamlDocument | None = field(default=None, repr=False)

    def _document(self) -> YamlDocument:
        if self._full is None:
            self._full = parse_yaml(self.text, self.path)
        return self._full

    def line_of(self, loc: Sequence[str | int]) -> int:
        """The 1-based line of the value at ``loc``, as the full parser finds it."""
        return self._document().line_of(loc)

    def element_lines(self, key: str, count: int) -> tuple[int, ...]:
        """The lines of the first ``count`` elements of the top-level list under ``key``."""
        lines = None
        if key == "claims":
            known = self.claim_lines
            lines = known if known is not None and len(known) == count else None
            lines = lines if lines is not None else item_lines(self.text, count)
        return lines if lines is not None else self._document().element_lines(key, count)


def read_fast(
    text: str, path: Path, context: dict[str, Any] | None = None
) -> FastYamlDocument | YamlDocument:
    """The document of a claim file: the fast path's when it applies, else the full one.

    ``context`` is the validation context of the load the file is part of, if any.
    """
    read = _read(text, context)
    if read is None:
        return parse_yaml(text, path)
    return FastYamlDocument(path, read[0], text, read[1])
