"""Baselines: the findings a team has agreed to live with, as sorted, diff-friendly JSON."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import FactcheckError, Problem
from factcheck.models.report import FindingView, Report

FORMAT_VERSION = 1
_ID = re.compile(r"^[0-9a-f]{10}$")


@dataclass(frozen=True)
class Baseline:
    """The ids in a baseline file, each with the line that names it."""

    path: Path
    lines: dict[str, int]

    @property
    def ids(self) -> frozenset[str]:
        """Every finding id the baseline holds."""
        return frozenset(self.lines)


def _entry(finding: FindingView) -> dict[str, object]:
    values = [f"{g.value} ({', '.join(g.sources)})" for g in finding.groups]
    return {
        "id": finding.id,
        "rule": finding.rule,
        "severity": finding.severity,
        "topics": finding.topics,
        "summary": finding.message,
        "values": values,
    }


def baseline_text(report: Report) -> str:
    """Every current finding, sorted by id, one readable entry each; no timestamps."""
    data = {
        "factcheck_baseline": FORMAT_VERSION,
        "findings": [_entry(f) for f in sorted(report.findings, key=lambda f: f.id)],
    }
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def parse_baseline(text: str, path: Path) -> Baseline:
    """Parse baseline JSON; raise FactcheckError naming the line of each problem."""
    name = str(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FactcheckError(Problem(name, exc.lineno, f"invalid JSON: {exc.msg}")) from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise FactcheckError(Problem(name, 1, "expected an object with a 'findings' list"))
    version = data.get("factcheck_baseline")
    if version != FORMAT_VERSION:
        message = f"unsupported baseline version {version!r} (expected {FORMAT_VERSION})"
        raise FactcheckError(Problem(name, 1, message))
    text_lines = text.splitlines()
    lines: dict[str, int] = {}
    problems = []
    for index, entry in enumerate(data["findings"]):
        finding_id = entry.get("id") if isinstance(entry, dict) else None
        line = _line_of(text_lines, finding_id)
        if not isinstance(finding_id, str) or not _ID.match(finding_id):
            message = f"findings[{index}]: needs an 'id' of 10 hex digits"
            problems.append(Problem(name, line, message))
            continue
        lines[finding_id] = line
    if problems:
        raise FactcheckError(problems)
    return Baseline(path, lines)


def _line_of(text_lines: list[str], finding_id: object) -> int:
    """The line that says `"id": <finding_id>`, else the line of the findings list."""
    pattern = re.compile(r'"id"\s*:\s*' + re.escape(json.dumps(finding_id)))
    fallback = 1
    for number, line in enumerate(text_lines, 1):
        if finding_id is not None and pattern.search(line):
            return number
        if fallback == 1 and '"findings"' in line:
            fallback = number
    return fallback


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; a missing or unreadable file is bad input (exit 2)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactcheckError(Problem(str(path), 0, "baseline file not found")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(Problem(str(path), 0, f"cannot read baseline: {exc}")) from None
    return parse_baseline(text, path)
