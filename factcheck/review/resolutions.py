"""resolutions.yaml: decisions keyed by finding id, validated, written sorted under a lock."""

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from factcheck.errors import FactcheckError, Problem
from factcheck.io.validation import validation_problems
from factcheck.io.yamlio import YamlDocument, dump_yaml, read_yaml, write_atomic
from factcheck.review.lock import locked

RESOLUTIONS_FILE = "resolutions.yaml"
DECISIONS = ("resolved", "accepted", "false-positive")
ID_PATTERN = re.compile(r"^[0-9a-f]{10}$")
HEADER = (
    "# Editorial decisions on findings, keyed by finding id; written by `factcheck resolve`.\n"
    "# status: resolved | accepted | false-positive; value: the figure the editor stands by.\n"
)


class Entry(BaseModel):
    """One editor's decision on one finding."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    status: Literal["resolved", "accepted", "false-positive"]
    note: str
    by: str
    at: str
    value: str | None = None

    @field_validator("at", mode="before")
    @classmethod
    def _iso_time(cls, value: object) -> object:
        # The YAML loader keeps timestamps as the text they were written as, so `at` is a
        # string here and only its form needs checking.
        if isinstance(value, str):
            try:
                dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise ValueError(f"'{value}' is not an ISO 8601 date or date-time") from None
        return value

    @field_validator("note", "by")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    @field_validator("value", mode="before")
    @classmethod
    def _value_text(cls, value: object) -> object:
        # "value: 11" is a number in YAML; the editor meant the figure as written.
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            return str(value)
        return value


def resolutions_path(case_dir: Path) -> Path:
    """Where a case keeps its decisions."""
    return case_dir / RESOLUTIONS_FILE


def parse_resolutions(document: YamlDocument) -> dict[str, Entry]:
    """Validate a parsed resolutions document; raise FactcheckError naming each bad line."""
    data = document.data
    path = str(document.path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FactcheckError(Problem(path, 1, "expected a mapping of finding ids to decisions"))
    nodes = _entry_nodes(document.root)
    problems = []
    parsed: dict[str, Entry] = {}
    for key, value in data.items():
        key_line, node = nodes.get(str(key), (1, None))
        if not isinstance(key, str) or not ID_PATTERN.match(key):
            message = f"'{key}' is not a finding id (10 hex digits)"
            problems.append(Problem(path, key_line, message))
        if not isinstance(value, dict):
            message = f"{key}: expected a mapping (status, note, by, at)"
            problems.append(Problem(path, key_line, message))
            continue
        try:
            parsed[str(key)] = Entry.model_validate(value)
        except ValidationError as exc:
            sub = YamlDocument(document.path, value, node, document.last_line)
            problems.extend(
                Problem(p.path, p.line, f"{key}: {p.message}")
                for p in validation_problems(Entry, sub, exc)
            )
    if problems:
        raise FactcheckError(problems)
    return parsed


def _entry_nodes(root: yaml.Node | None) -> dict[str, tuple[int, yaml.Node]]:
    """Each top-level key with the line it is on and its value's node."""
    if not isinstance(root, yaml.MappingNode):
        return {}
    return {
        str(name.value): (name.start_mark.line + 1, value)
        for name, value in root.value
        if isinstance(name, yaml.ScalarNode)
    }


def load_resolutions(path: Path) -> dict[str, Entry]:
    """Read and validate a resolutions file; a missing file means no decisions."""
    return load_resolutions_with_lines(path)[0]


def load_resolutions_with_lines(path: Path) -> tuple[dict[str, Entry], dict[str, int]]:
    """Read a resolutions file once: its entries, and the line of each entry's id."""
    if not path.exists():
        return {}, {}
    document = read_yaml(path)
    lines = {key: line for key, (line, _) in _entry_nodes(document.root).items()}
    return parse_resolutions(document), lines


def render_resolutions(entries: dict[str, Entry]) -> str:
    """The file text: a header, then one block per id, sorted, separated by blank lines."""
    blocks = []
    for key in sorted(entries):
        data = entries[key].model_dump(exclude_none=True)
        blocks.append(dump_yaml({key: data}))
    return HEADER + "\n" + "\n".join(blocks)


def update_resolutions(path: Path, change: Callable[[dict[str, Entry]], None]) -> None:
    """Read, change and atomically rewrite the file while holding its lock (beside it)."""
    with locked(path):
        entries = dict(load_resolutions(path))
        change(entries)
        try:
            write_atomic(path, render_resolutions(entries))
        except OSError as exc:
            raise FactcheckError(Problem(str(path), 0, f"cannot write: {exc.strerror}")) from None


def record(path: Path, finding_id: str, entry: Entry) -> None:
    """Record (or replace) the decision on one finding, keeping everyone else's."""

    def put(entries: dict[str, Entry]) -> None:
        entries[finding_id] = entry

    update_resolutions(path, put)
