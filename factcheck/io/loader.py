"""Load a case folder: case.yaml and its source files, validated, every problem reported at once.

Sources are YAML (``*.yaml``, ``*.yml``), JSON (``*.json``, one source object) or JSON Lines
(``*.jsonl``, one source object per line), all validated by the same models.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter, is_not
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError, Problem
from factcheck.io.files import decode_utf8, read_limited
from factcheck.io.jsonio import read_json, read_jsonl
from factcheck.io.validation import Document, validate_document
from factcheck.io.yamlio import YamlDocument, read_yaml
from factcheck.limits import MAX_YAML_FILE_BYTES
from factcheck.models.case import CaseSpec
from factcheck.models.shared import new_memo
from factcheck.models.source import Source
from factcheck.values.registry import value_kind

CASE_FILE = "case.yaml"
SOURCES_DIR = "sources"
SOURCE_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl")
# YAML sources of a case this large are worth the fast reader's imports (see yamlfast)
FAST_FROM_BYTES = 1 << 20


@dataclass(frozen=True)
class LoadedSource:
    """A validated source with where it came from: its file and the line of each claim."""

    source: Source
    path: str
    claim_lines: tuple[int, ...]
    cite_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class Case:
    """A validated case folder."""

    root: Path
    spec: CaseSpec
    sources: tuple[LoadedSource, ...]
    spec_document: YamlDocument | None = None  # case.yaml as parsed, to locate later problems


def _is_candidate(name: str) -> bool:
    return Path(name).suffix in SOURCE_SUFFIXES and not name.startswith((".", "#", "~"))


def source_files(root: Path) -> list[Path]:
    """The source files of a case, sorted by name; editors' lock and backup files skipped.

    Every entry named like a source file is listed, also when it is a folder, a named pipe
    or a broken link: loading reports each of those on its own line instead of skipping it.
    An unreadable ``sources/`` folder raises FactcheckError.
    """
    folder = root / SOURCES_DIR
    if not folder.is_dir():
        return []
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError as exc:
        raise FactcheckError(
            Problem(str(folder), 0, f"cannot read the folder: {exc.strerror}")
        ) from None
    return sorted(folder / name for name in names if _is_candidate(name))


def _default_title(root: Path) -> str:
    """A case without case.yaml is named after its folder ('.' and '' too)."""
    return root.resolve().name or str(root.resolve())


def _load_spec(root: Path) -> tuple[CaseSpec | None, YamlDocument | None, list[Problem]]:
    path = root / CASE_FILE
    if not path.exists() and not path.is_symlink():  # a broken link is reported, not skipped
        return CaseSpec(title=_default_title(root)), None, []
    try:
        document = read_yaml(path)
    except FactcheckError as exc:
        return None, None, exc.problems
    if document.data is None:
        return None, document, [Problem(str(path), 1, "empty file: a case needs at least 'title:'")]
    spec, problems = validate_document(CaseSpec, document)
    if spec is not None:
        problems += _catalog_problems(spec, str(path), document)
    return spec, document, problems


def _catalog_problems(spec: CaseSpec, path: str, document: YamlDocument) -> list[Problem]:
    problems: list[Problem] = []
    kinds: dict[str, str] = {}
    for index, topic in enumerate(spec.topics):
        if topic.id in kinds:
            line = document.line_of(["topics", index, "id"])
            problems.append(Problem(path, line, f"duplicate topic id '{topic.id}'"))
        kinds[topic.id] = topic.kind
    for index, topic in enumerate(spec.topics):
        if topic.count_of is None:
            continue
        line = document.line_of(["topics", index, "count_of"])
        if topic.kind != "count":
            problems.append(
                Problem(path, line, f"'count_of' needs a count topic, '{topic.id}' is {topic.kind}")
            )
        elif kinds.get(topic.count_of) != "set":
            problems.append(
                Problem(path, line, f"'count_of' must name a set topic, not '{topic.count_of}'")
            )
    for index, constraint in enumerate(spec.constraints):
        ends = ("before", "after") if constraint.kind == "order" else ("part", "whole")
        for end in ends:
            topic_id = getattr(constraint, end)
            line = document.line_of(["constraints", index, end])
            if topic_id not in kinds:
                problems.append(Problem(path, line, f"constraint names unknown topic '{topic_id}'"))
            elif constraint.kind == "order" and not value_kind(kinds[topic_id]).orderable:
                problems.append(
                    Problem(
                        path,
                        line,
                        f"an order constraint needs topics of dates or times, "
                        f"'{topic_id}' is {kinds[topic_id]}",
                    )
                )
            elif constraint.kind == "part-whole" and not value_kind(kinds[topic_id]).additive:
                problems.append(
                    Problem(
                        path,
                        line,
                        "a part-whole constraint needs topics of figures that add up (amounts, "
                        f"counts, measures, durations), '{topic_id}' is {kinds[topic_id]}",
                    )
                )
        first, second = (getattr(constraint, end) for end in ends)
        if first in kinds and second in kinds and kinds[first] != kinds[second]:
            line = document.line_of(["constraints", index])
            problems.append(
                Problem(
                    path,
                    line,
                    f"a constraint compares topics of one kind: '{first}' is {kinds[first]}, "
                    f"'{second}' is {kinds[second]}",
                )
            )
    return problems


def _yaml_bytes(files: list[Path]) -> int:
    """The size of the YAML files among ``files`` that will be parsed (those that can be
    looked at and are within the limit)."""
    total = 0
    for path in files:
        if path.suffix in (".yaml", ".yml"):
            try:
                size = path.stat().st_size
            except OSError:
                continue
            total += size if size <= MAX_YAML_FILE_BYTES else 0
    return total


def _read_yaml_source(path: Path, fast: bool, context: dict[str, Any] | None) -> Document:
    """A YAML source file, through the fast reader when the case is large enough for it."""
    if not fast:
        return read_yaml(path)
    from factcheck.io.yamlfast import read_fast

    text = decode_utf8(read_limited(path, MAX_YAML_FILE_BYTES, "a YAML file"), path)
    return read_fast(text, path, context)


def _load_source(
    path: Path, fast_yaml: bool = False, context: dict[str, Any] | None = None
) -> Iterator[tuple[LoadedSource | None, Document | None, list[Problem]]]:
    """Each source of one file, validated: one for YAML and JSON, one per line for JSONL.

    ``context`` is the validation context the load shares across its files.
    """
    if path.suffix == ".jsonl":
        try:
            for record in read_jsonl(path):
                if isinstance(record, Problem):
                    yield None, None, [record]
                else:
                    yield _validated(record, context)
        except FactcheckError as exc:
            yield None, None, exc.problems
        return
    try:
        document: Document = (
            read_json(path)
            if path.suffix == ".json"
            else _read_yaml_source(path, fast_yaml, context)
        )
    except FactcheckError as exc:
        yield None, None, exc.problems
        return
    yield _validated(document, context)


def _validated(
    document: Document, context: dict[str, Any] | None = None
) -> tuple[LoadedSource | None, Document, list[Problem]]:
    source, problems = validate_document(Source, document, context)
    if source is None:
        return None, document, problems
    lines = document.element_lines("claims", len(source.claims))
    cites = document.data.get("cites") if isinstance(document.data, dict) else None
    cite_lines = tuple(
        document.line_of(["cites", i] if isinstance(cites, list) else ["cites"])
        for i in range(len(source.cites))
    )
    return LoadedSource(source, str(document.path), lines, cite_lines), document, problems


def load_case(root: Path) -> Case:
    """Load and validate a case folder; raise FactcheckError listing every problem found."""
    if not root.exists():
        raise FactcheckError(Problem(str(root), 0, "no such case folder"))
    if not root.is_dir():
        raise FactcheckError(
            Problem(str(root), 0, "not a folder: a case is a folder with case.yaml and sources/")
        )
    spec, spec_document, problems = _load_spec(root)
    try:
        files: list[Path] | None = source_files(root)
    except FactcheckError as exc:
        files, problems = None, problems + exc.problems
    if files == []:
        folder = root / SOURCES_DIR
        if folder.is_dir():
            reason = "no source files (*.yaml, *.json, *.jsonl) in it"
        else:
            reason = "not a folder" if folder.exists() else "no such folder"
        problems.append(
            Problem(str(folder), 0, f"{reason}: a case keeps one file per source there")
        )
    loaded: list[LoadedSource] = []
    first_seen: dict[str, str] = {}
    fast = _yaml_bytes(files or []) >= FAST_FROM_BYTES
    context = new_memo()
    for item, document, file_problems in (
        found for path in files or [] for found in _load_source(path, fast, context)
    ):
        problems += file_problems
        if item is None or document is None:
            continue
        source_id = item.source.id
        if source_id in first_seen:
            line = document.line_of(["id"])
            problems.append(
                Problem(
                    item.path,
                    line,
                    f"duplicate source id '{source_id}' (also in {first_seen[source_id]})",
                )
            )
            continue
        first_seen[source_id] = item.path
        loaded.append(item)
    if spec_document is None and spec is not None:  # no case.yaml: no catalog to look in
        problems += _reference_problems(loaded, None) + _missing_catalog(root, loaded)
    else:
        problems += _reference_problems(loaded, spec)
    if problems or spec is None:
        raise FactcheckError(problems)
    return Case(root, spec, tuple(loaded), spec_document)


def _missing_catalog(root: Path, sources: list[LoadedSource]) -> list[Problem]:
    """One line, not one per claim, when claims name topics and there is no case.yaml."""
    named = [
        (item.path, line, claim.topic)
        for item in sources
        for claim, line in zip(item.source.claims, item.claim_lines, strict=True)
        if claim.topic is not None
    ]
    if not named:
        return []
    path, line, topic = named[0]
    return [
        Problem(
            str(root / CASE_FILE),
            0,
            f"no such file, yet {len(named)} claims name catalog topics "
            f"(the first, '{topic}', at {path}:{line})",
        )
    ]


def _reference_problems(sources: list[LoadedSource], spec: CaseSpec | None) -> list[Problem]:
    """Checks across files: cited sources exist, explicit topics exist and fit the value kind."""
    problems: list[Problem] = []
    ids = {item.source.id for item in sources}
    topics = {topic.id: topic for topic in spec.topics} if spec else {}
    for item in sources:
        for cited, line in zip(item.source.cites, item.cite_lines, strict=True):
            if cited not in ids:
                known = ", ".join(sorted(ids))
                problems.append(
                    Problem(item.path, line, f"cites unknown source '{cited}' (known: {known})")
                )
        claims = item.source.claims
        # without a readable case.yaml no topic is known: its own problem says why; and most
        # sources name no topic, which is seen in C, not in a loop step per claim
        if spec is None or not any(map(is_not, map(_topic, claims), repeat(None))):
            continue
        for claim, line in zip(claims, item.claim_lines, strict=True):
            if claim.topic is not None:
                topic = topics.get(claim.topic)
                if topic is None:
                    problems.append(Problem(item.path, line, f"unknown topic '{claim.topic}'"))
                elif topic.kind != claim.value.kind:
                    problems.append(
                        Problem(
                            item.path,
                            line,
                            f"topic '{claim.topic}' holds {topic.kind} values, "
                            f"this claim is a {claim.value.kind}",
                        )
                    )
    return problems


_topic = attrgetter("topic")
