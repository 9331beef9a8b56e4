"""A case with sources but nothing to compare is said so, and `check` does not pass it green."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SOURCE = """\
id: {id}
title: Article {id}
outlet: Outlet {id}
language: en
published: 2025-06-03
claims: {claims}
"""
CLAIM = "[{subject: flood, property: deaths, value: {kind: count, count: 14}}]"


def _case(tmp_path: Path, claims: list[str]) -> Path:
    case = tmp_path / "case"
    (case / "sources").mkdir(parents=True)
    (case / "case.yaml").write_text("title: t\n", encoding="utf-8")
    for index, listed in enumerate(claims):
        text = SOURCE.format(id=f"s{index}", claims=listed)
        (case / "sources" / f"s{index}.yaml").write_text(text, encoding="utf-8")
    return case


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "factcheck", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_check_refuses_an_empty_case_unless_told_to_allow_it(tmp_path: Path) -> None:
    case = _case(tmp_path, ["[]", CLAIM])  # one source has no claims, one has a lone figure
    result = run("check", case)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "nothing to compare" in result.stderr and "--allow-empty" in result.stderr
    assert run("check", case, "--allow-empty").returncode == 0


def test_compare_says_there_is_nothing_to_compare(tmp_path: Path) -> None:
    case = _case(tmp_path, ["[]", "[]"])
    result = run("compare", case)
    assert result.returncode == 0 and "nothing to compare" in result.stderr
    assert "commented candidates" in result.stderr


def test_two_sources_on_one_topic_are_something_to_compare(tmp_path: Path) -> None:
    case = _case(tmp_path, [CLAIM, CLAIM])
    result = run("check", case)
    assert result.returncode == 0 and "nothing to compare" not in result.stderr
