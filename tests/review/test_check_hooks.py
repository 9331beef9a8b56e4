"""The pre-commit hook checks whole cases with a command that exists."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_hook_takes_no_filenames_and_runs_check(cli) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "factcheck-check")
    assert hook["pass_filenames"] is False
    assert hook["entry"] == "factcheck check"
    assert cli("check", "--help").code == 0
