"""Helpers for the review tests: run the CLI in-process, edit claim files in a case copy."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.cli import main

MEMBER_COUNT = "4321be642c"  # FC103 on msmt.member-count (accepted in the example case)
FOUNDED = "cc2329e3f2"  # FC101 on msmt.founded (left open)
ORDER = "018a52e0aa"  # FC107 order msmt.founded / un-panel.dissolved (left open)


@dataclass(frozen=True)
class Run:
    """What one CLI run did."""

    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run `factcheck ARGS` through the real entry point; return exit code and output."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

    def run(*args: str | Path) -> Run:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["factcheck", *map(str, args)])
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def load(path: Path) -> dict[str, Any]:
    """A YAML file as data."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def save(path: Path, data: dict[str, Any], **style: Any) -> None:
    """Write data as YAML (style options go to yaml.safe_dump)."""
    options = {"allow_unicode": True, "sort_keys": False, **style}
    path.write_text(yaml.safe_dump(data, **options), encoding="utf-8")


def report_findings(
    cli: Callable[..., Run], case: Path, *extra: str | Path
) -> list[dict[str, Any]]:
    """The findings `compare -f json` reports for a case: counts come from here, not constants."""
    run = cli("compare", case, "-f", "json", *extra)
    assert run.code == 0, run.err
    return json.loads(run.out)["findings"]


def finding_ids(
    cli: Callable[..., Run], case: Path, *extra: str | Path
) -> dict[tuple[str, tuple[str, ...]], str]:
    """(rule, rows) -> id for every finding of a case."""
    run = cli("compare", case, "-f", "json", *extra)
    assert run.code == 0, run.err
    data = json.loads(run.out)
    return {(f["rule"], tuple(f["rows"])): f["id"] for f in data["findings"]}


def add_source(case: Path, source_id: str, claims: list[dict[str, Any]]) -> Path:
    """Add a minimal source file to a case."""
    doc = {
        "id": source_id,
        "title": f"Article {source_id}",
        "outlet": f"Outlet {source_id}",
        "language": "en",
        "published": "2025-10-23",
        "claims": claims,
    }
    path = case / "sources" / f"{source_id}.yaml"
    save(path, doc)
    return path


def count_claim(count: int) -> dict[str, Any]:
    """A member-count claim."""
    return {
        "subject": "MSMT",
        "property": "member states",
        "topic": "msmt.member-count",
        "value": {"kind": "count", "count": count},
    }


def first_report_claim(date: str) -> dict[str, Any]:
    """A claim on when the MSMT's first report came out."""
    return {
        "subject": "MSMT",
        "property": "first report",
        "topic": "msmt.first-report",
        "value": {"kind": "date", "date": date},
    }
