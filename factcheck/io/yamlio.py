"""Safe YAML loading that keeps line numbers, and atomic writing of files we own."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from factcheck.errors import FactcheckError, Problem
from factcheck.io.files import decode_utf8, read_limited
from factcheck.io.yamlgraph import check_graph
from factcheck.io.yamllines import LineTable, renumber
from factcheck.limits import MAX_NUMBER_DIGITS, MAX_YAML_FILE_BYTES

try:  # the C loader is several times faster; fall back to pure Python where absent
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader


# the tag each plain scalar resolves to: claim files repeat the same few hundred words
# ("kind", "count", "exact") thousands of times, each matched against YAML's implicit types
_RESOLVED: dict[str, str] = {}
_RESOLVED_KEPT = 1 << 16
_RESOLVED_LONGEST = 64


_SCALAR = yaml.ScalarNode
_DEFAULT_TAGS: dict[type, str] = {
    yaml.ScalarNode: yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG,
    yaml.SequenceNode: yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG,
    yaml.MappingNode: yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
}


class _DecimalLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that reads floats as Decimal so "2.80" keeps its stated precision."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        """The tag of a node; a plain scalar's depends on its text alone, so it is kept.

        Called from libyaml's composer for every node of a file: the common answers are
        looked up without a further call.
        """
        if kind is _SCALAR and implicit[0]:
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = str(super().resolve(kind, value, implicit))
                if len(value) <= _RESOLVED_LONGEST and len(_RESOLVED) < _RESOLVED_KEPT:
                    _RESOLVED[value] = tag
            return tag
        if not self.yaml_path_resolvers:  # what the base resolver returns without them
            return _DEFAULT_TAGS[kind]
        return str(super().resolve(kind, value, implicit))

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """Build one node; PyYAML's own constructors fail on some explicitly tagged values
        ("!!int " is an IndexError, "!!bool maybe" a KeyError): report those on their line."""
        try:
            return super().construct_object(node, deep)
        except (LookupError, ValueError, TypeError, ArithmeticError):
            tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
            shown = str(node.value)[:40] if isinstance(node, yaml.ScalarNode) else "…"
            raise yaml.constructor.ConstructorError(
                None, None, f"'{shown}' is not a valid {tag} value", node.start_mark
            ) from None


class _LimitError(Exception):
    """A value past one of our limits, at a line of the file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _check_digits(node: yaml.ScalarNode) -> None:
    digits = sum(ch.isdigit() for ch in node.value)
    if digits > MAX_NUMBER_DIGITS:
        raise _LimitError(
            node.start_mark.line + 1,
            f"a number of {digits:,} digits: numbers have at most {MAX_NUMBER_DIGITS:,}",
        )


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal | float:
    _check_digits(node)
    text = loader.construct_scalar(node).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:  # .inf and .nan: no claim needs them; keep YAML's meaning
        return float(loader.construct_yaml_float(node))


def _construct_timestamp_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    # Keep dates as text: the models parse them and report "2025-02-30" with its line,
    # where PyYAML would raise a bare ValueError while loading.
    return str(loader.construct_scalar(node))


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int | str:
    _check_digits(node)  # before Python's own limit, whose message names sys internals
    text = str(loader.construct_scalar(node))
    # YAML 1.1 reads "12:33" as a base-60 number (753); in a claim file it is a time
    return text if ":" in text else int(loader.construct_yaml_int(node))


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_DecimalLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_DecimalLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_text)


@dataclass(frozen=True)
class YamlDocument:
    """A parsed YAML file: its data and the node tree that knows every line."""

    path: Path
    data: Any
    root: yaml.Node | None
    last_line: int = 0  # the file's last line; 0 when not known

    def line_of(self, loc: Sequence[str | int]) -> int:
        """Return the 1-based line of the value at ``loc`` (the deepest part that exists)."""
        node = self.root
        if node is None:
            return 1
        line = node.start_mark.line + 1
        for part in loc:
            child = _child(node, part)
            if child is None:
                break
            node, line = child, child.start_mark.line + 1
        # an empty value at the very end has its mark on the line after the last
        return min(line, self.last_line) if self.last_line else line

    def element_lines(self, key: str, count: int) -> tuple[int, ...]:
        """The lines of the first ``count`` elements of the top-level list under ``key``."""
        node = _child(self.root, key) if self.root is not None else None
        if not isinstance(node, yaml.SequenceNode):
            return tuple(self.line_of([key, i]) for i in range(count))
        lines = [child.start_mark.line + 1 for child in node.value[:count]]
        if self.last_line:
            lines = [min(line, self.last_line) for line in lines]
        return tuple(lines) + tuple(self.line_of([key, i]) for i in range(len(lines), count))


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                return value
    if (
        isinstance(node, yaml.SequenceNode)
        and isinstance(part, int)
        and 0 <= part < len(node.value)
    ):
        return node.value[part]
    return None


def _reader_problem(text: str, path: Path) -> Problem:
    """A character YAML does not allow (NUL, other controls), on its own line.

    The C reader counts its position in bytes, the Python one in characters: look it up again.
    """
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if found is None:
        return Problem(str(path), 1, "invalid YAML: a character YAML does not allow")
    line = LineTable(text).line(found.start())
    code = f"U+{ord(found.group()):04X}"
    return Problem(str(path), line, f"invalid YAML: control character {code} is not allowed")


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class _Unusual(Exception):
    """A tree the plain builder leaves to PyYAML's: merge keys, tagged collections, a key
    that is not text, a duplicate key."""


def _plain_data(loader: _DecimalLoader, node: yaml.Node) -> Any:
    """The data of a tree of plain mappings, lists and scalars, built in one pass.

    PyYAML's constructor takes several calls per node; text values and keys, nearly all of a
    claim file, are taken here as they are (without a call of their own), every other scalar
    through the loader's own constructors. Anything else raises _Unusual.
    """
    cls = node.__class__
    if cls is _SCALAR:
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    if cls is yaml.SequenceNode and node.tag == _SEQ:
        return [
            child.value
            if child.__class__ is _SCALAR and child.tag == _STR
            else _plain_data(loader, child)
            for child in node.value
        ]
    if cls is yaml.MappingNode and node.tag == _MAP:
        out: dict[str, Any] = {}
        for key, value in node.value:
            if key.__class__ is not _SCALAR or key.tag != _STR:
                raise _Unusual
            out[key.value] = (
                value.value
                if value.__class__ is _SCALAR and value.tag == _STR
                else _plain_data(loader, value)
            )
        if len(out) != len(node.value):
            raise _Unusual
        return out
    raise _Unusual


def _build(loader: _DecimalLoader, root: yaml.Node, text: str, path: Path) -> Any:
    """The data of a composed tree, checked as :func:`check_graph` checks it.

    Without an anchor in the text no node is shared, so there is no alias to expand or
    recurse through, and the plain builder's own test finds duplicate keys; anything it
    leaves goes through the graph check and PyYAML's constructor.
    """
    if "&" not in text:
        try:
            return _plain_data(loader, root)
        except (_Unusual, RecursionError):
            pass
    problems = check_graph(root, path)
    if problems:
        raise FactcheckError(problems)
    return loader.construct_document(root)


def _last_line(text: str) -> int:
    """``LineTable(text).last`` without a table: the lines that have characters."""
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    return max(1, breaks) if text.endswith(("\n", "\r")) else breaks + 1


def parse_yaml(text: str, path: Path) -> YamlDocument:
    """Parse YAML text safely; raise FactcheckError naming the line of a syntax error.

    Aliases are checked before anything is built, so a file of nested aliases is refused in
    time proportional to its length (see :mod:`factcheck.io.yamlgraph`).
    """
    try:
        loader = _DecimalLoader(text)
        try:
            root = loader.get_single_node()  # composed once; data is built from this tree
            renumber(root, text)
            data = _build(loader, root, text, path) if root is not None else None
        finally:
            loader.dispose()
    except _LimitError as exc:
        raise FactcheckError(Problem(str(path), exc.line, exc.message)) from None
    except yaml.reader.ReaderError:
        raise FactcheckError(_reader_problem(text, path)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # by index, not the parser's line: at the end of the text that is the line after the
        # last one, and YAML counts line breaks editors do not (see yamllines)
        line = LineTable(text).line(mark.index) if mark else 1
        reason = exc.problem or exc.context or "invalid YAML"
        raise FactcheckError(Problem(str(path), line, f"invalid YAML: {reason}")) from None
    except RecursionError:  # the pure-Python composer recurses; the C one stops at depth 1000
        raise FactcheckError(Problem(str(path), 1, "invalid YAML: nested too deeply")) from None
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise FactcheckError(Problem(str(path), 1, f"invalid YAML: {exc}")) from None
    return YamlDocument(path=path, data=data, root=root, last_line=_last_line(text))


def read_yaml(path: Path) -> YamlDocument:
    """Read and parse a YAML file of at most MAX_YAML_FILE_BYTES; problems are raised as lines.

    Folders, named pipes, broken or looping symbolic links, files over the limit and bytes
    that are not UTF-8 are reported as FactcheckError, never opened blindly or read whole.
    """
    data = read_limited(path, MAX_YAML_FILE_BYTES, "a YAML file")
    return parse_yaml(decode_utf8(data, path), path)


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = format(value, "f") if value == value.to_integral_value() else str(value)
    tag = (
        "tag:yaml.org,2002:int"
        if "." not in text and "E" not in text
        else "tag:yaml.org,2002:float"
    )
    return dumper.represent_scalar(tag, text)


try:  # libyaml's emitter writes the same text several times faster
    _BaseDumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseDumper = yaml.SafeDumper


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """Safe dumper that writes Decimal as plain numbers and keeps key order as given."""


_Dumper.add_representer(Decimal, _represent_decimal)


def dump_yaml(data: Any) -> str:
    """Serialize data to block-style YAML, keys in the order given, Unicode kept."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def write_atomic(path: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically (see :func:`write_atomic_bytes`)."""
    write_atomic_bytes(path, text.encode("utf-8"))


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a temporary file in the same folder, then rename."""
    _write_atomic(path, lambda fd: _write_all(fd, data))


def _write_all(fd: int, data: bytes) -> None:
    # straight to the file: a buffered stream around it would only copy the bytes once more
    with memoryview(data) as view:
        while view:
            view = view[os.write(fd, view) :]


def write_atomic_stream(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Have ``write`` fill ``path`` through a binary stream, atomically: a temporary file in the
    same folder, renamed into place only once ``write`` has returned."""

    def fill(fd: int) -> None:
        with os.fdopen(fd, "wb", closefd=False) as handle:
            write(handle)

    _write_atomic(path, fill)


def _temporary(path: Path) -> tuple[int, str]:
    """A new private file beside ``path``, open: its descriptor and name."""
    folder = path.parent
    try:
        return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except FileNotFoundError:  # the folder is made only where it is missing
        folder.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)


def _write_atomic(path: Path, fill: Callable[[int], object]) -> None:
    """Have ``fill`` write a temporary file beside ``path`` through its descriptor, and put
    it in place of ``path`` only once it has returned and the file is on disk."""
    fd, tmp = _temporary(path)
    try:
        try:
            # mkstemp makes the file private (0600); give it the mode the file had, or what a
            # plain open() would give, so a report or decisions file stays readable to others
            os.fchmod(fd, _mode_for(path))
            fill(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
