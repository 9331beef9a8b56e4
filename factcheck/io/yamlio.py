"""Safe YAML loading that keeps line numbers, and atomic writing of files we own."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError, Problem

try:  # the C loader is several times faster; fall back to pure Python where absent
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader


class _DecimalLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that reads floats as Decimal so "2.80" keeps its stated precision."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal | float:
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
        return line


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


def _duplicate_keys(node: yaml.Node | None, path: Path) -> list[Problem]:
    problems: list[Problem] = []
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        problems.append(
                            Problem(
                                str(path), key.start_mark.line + 1, f"duplicate key '{key.value}'"
                            )
                        )
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return problems


def parse_yaml(text: str, path: Path) -> YamlDocument:
    """Parse YAML text safely; raise FactcheckError naming the line of a syntax error."""
    try:
        loader = _DecimalLoader(text)
        try:
            root = loader.get_single_node()  # composed once; data is built from this tree
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        reason = exc.problem or exc.context or "invalid YAML"
        raise FactcheckError(Problem(str(path), line, f"invalid YAML: {reason}")) from None
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise FactcheckError(Problem(str(path), 1, f"invalid YAML: {exc}")) from None
    problems = _duplicate_keys(root, path)
    if problems:
        raise FactcheckError(problems)
    return YamlDocument(path=path, data=data, root=root)


def read_yaml(path: Path) -> YamlDocument:
    """Read and parse a YAML file; unreadable or non-UTF-8 files are reported, not raised."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FactcheckError(Problem(str(path), 1, f"not UTF-8 text ({exc.reason})")) from None
    except OSError as exc:
        raise FactcheckError(Problem(str(path), 0, f"cannot read: {exc.strerror}")) from None
    return parse_yaml(text, path)


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = format(value, "f") if value == value.to_integral_value() else str(value)
    tag = (
        "tag:yaml.org,2002:int"
        if "." not in text and "E" not in text
        else "tag:yaml.org,2002:float"
    )
    return dumper.represent_scalar(tag, text)


class _Dumper(yaml.SafeDumper):
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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode the file had, or what a
        # plain open() would give, so a report or decisions file stays readable to others
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
