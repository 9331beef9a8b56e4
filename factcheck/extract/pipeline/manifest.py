"""A manifest of articles: what a journalist knows about each file, as CSV or YAML.

Columns (CSV header) or keys (YAML list of mappings): ``file`` (required: the article's file
name or path), ``url``, ``outlet``, ``language``, ``published`` (a year, month, day or
date-time). Values given here win over what the file itself says and over command-line
options.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import PurePath

import yaml

from factcheck.errors import Problem
from factcheck.values.calendar import check_moment

FIELDS = ("file", "url", "outlet", "language", "published")


@dataclass(frozen=True)
class ManifestEntry:
    """One article's line of the manifest."""

    file: str
    line: int
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None


def _entry(
    row: dict[str, object], path: str, line: int
) -> tuple[ManifestEntry | None, list[Problem]]:
    unknown = sorted(str(k) for k in row if str(k) not in FIELDS)
    if unknown:
        known = ", ".join(FIELDS)
        return None, [Problem(path, line, f"unknown column '{unknown[0]}' (known: {known})")]
    values = {k: (str(v).strip() if v not in (None, "") else None) for k, v in row.items()}
    if not values.get("file"):
        return None, [Problem(path, line, "no 'file': every row names the article it describes")]
    published = values.get("published")
    if published is not None:
        try:
            check_moment(published)
        except ValueError as exc:
            return None, [Problem(path, line, f"published: {exc}")]
    entry = ManifestEntry(
        file=str(values["file"]),
        line=line,
        url=values.get("url"),
        outlet=values.get("outlet"),
        language=values.get("language"),
        published=published,
    )
    return entry, []


def _csv_rows(text: str, path: str) -> tuple[list[tuple[int, dict[str, object]]], list[Problem]]:
    # old spreadsheet exports end lines with a bare carriage return
    reader = csv.DictReader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")))
    rows = []
    try:
        for row in reader:
            cells = {k.strip(): v for k, v in row.items() if k is not None}
            rows.append((reader.line_num, cells))
    except csv.Error as exc:
        return [], [Problem(path, max(1, reader.line_num), f"not valid CSV ({exc})")]
    return rows, []


def _yaml_rows(text: str, path: str) -> tuple[list[tuple[int, dict[str, object]]], list[Problem]]:
    try:
        # a manifest is a plain list: aliases could only make it grow (or loop)
        for event in yaml.parse(text):
            if isinstance(event, yaml.AliasEvent):
                line = event.start_mark.line + 1
                return [], [Problem(path, line, "YAML aliases are not allowed in a manifest")]
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [], [Problem(path, mark.line + 1 if mark else 1, "not valid YAML")]
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        return [], [Problem(path, 1, "a manifest is a list of articles (- file: …)")]
    rows = []
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            return [], [Problem(path, line, "each article is a mapping (file: …, outlet: …)")]
        try:
            data = yaml.safe_load(yaml.serialize(node))
        except yaml.YAMLError:
            return [], [Problem(path, line, "not valid YAML")]
        rows.append((line, data))
    return rows, []


def parse_manifest(text: str, path: str) -> tuple[dict[str, ManifestEntry], list[Problem]]:
    """The manifest's entries by file name (as written and by base name), or its problems."""
    if PurePath(path).suffix.lower() in (".yaml", ".yml"):
        rows, problems = _yaml_rows(text, path)
    else:
        rows, problems = _csv_rows(text, path)
        if not text.strip():
            problems = [Problem(path, 1, "empty manifest: give a header line and a row per file")]
    entries: dict[str, ManifestEntry] = {}
    for line, row in rows:
        entry, found = _entry(row, path, line)
        problems += found
        if entry is not None:
            entries[entry.file] = entry
            entries.setdefault(PurePath(entry.file).name, entry)
    return entries, problems
