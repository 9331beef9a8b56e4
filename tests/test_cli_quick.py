"""`factcheck --help` and `--version` answered without the parser, as the parser would."""

from __future__ import annotations

import os
import subprocess
import sys

from factcheck.cli.help_text import MAIN_HELP

PARSER = "from factcheck.cli.application import run; run()"
PARSERS = ("typer", "click", "pydantic")
ENTRY = (
    "from factcheck.cli import main; main(); "
    f"print(sorted(m for m in sys.modules if m.split('.')[0] in {PARSERS!r}), file=sys.stderr)"
)


def _run(code: str, *args: str, columns: int = 100) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter with argv ``factcheck ARGS``."""
    script = f"import sys; sys.argv = ['factcheck', *{list(args)!r}]; {code}"
    env = {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )


def test_stored_help_is_the_parsers_help() -> None:
    parser = _run(PARSER, "--help")
    assert parser.returncode == 0, parser.stderr
    assert parser.stdout == MAIN_HELP, f"paste into factcheck/cli/help_text.py:\n{parser.stdout}"


def test_help_and_version_load_no_parser() -> None:
    for flag in ("--help", "-h", "--version"):
        quick = _run(ENTRY, flag)
        parser = _run(PARSER, flag)
        assert quick.returncode == parser.returncode == 0
        assert quick.stdout == parser.stdout
        assert quick.stderr.strip() == "[]"


def test_narrow_terminal_gets_the_parsers_layout() -> None:
    quick = _run(ENTRY, "--help", columns=60)
    assert quick.stdout == _run(PARSER, "--help", columns=60).stdout
    assert quick.stdout != MAIN_HELP
    assert "typer" in quick.stderr


def test_other_arguments_reach_the_parser() -> None:
    quick = _run(ENTRY, "compare", "--help")
    assert quick.returncode == 0
    assert quick.stdout.startswith("Usage: factcheck compare")
    assert "typer" in quick.stderr
