"""`factcheck --help` and `--version` answered without the parser, as the parser would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factcheck.cli.help_text import MAIN_HELP

EXAMPLE = str(Path(__file__).resolve().parents[1] / "claims" / "msmt-2025")

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


COMPARE_ARGS = [
    ["compare", "claims/msmt-2025"],
    ["compare", "claims/msmt-2025", "-f", "json"],
    ["compare", "-fjson", "claims/msmt-2025", "--output=-"],
    ["compare", "--format=md", "-t", "theft*", "--topic", "team.*", "-s", "error", "x"],
    ["compare", "x", "--severity=warning", "--rules", "r", "--baseline", "b.json", "-o", "out.md"],
]
PARSER_ONLY = [
    ["compare"],
    ["compare", "--help"],
    ["compare", "x", "-h"],
    ["compare", "x", "y"],
    ["compare", "x", "--colour"],
    ["compare", "x", "-f", "json", "-f", "md"],
    ["compare", "x", "-f"],
    ["compare", "--", "x"],
    ["compare", "x", "-o", "--format"],
    ["check", "x"],
]


def test_plain_compare_arguments_make_the_parsers_call(monkeypatch: object) -> None:
    import factcheck.cli.compare_run as compare_run
    from factcheck.cli.application import app
    from factcheck.cli.quick_compare import parse

    calls: list[dict[str, object]] = []

    def record(case: object, *args: object) -> None:
        names = ("format", "topic", "severity", "rules", "baseline", "output")
        calls.append({"case": case, **dict(zip(names, args, strict=True))})

    monkeypatch.setattr(compare_run, "run_compare", record)  # type: ignore[attr-defined]
    defaults = {"format": "terminal", "topic": None, "severity": None}
    defaults |= {"rules": None, "baseline": None, "output": None}
    for argv in COMPARE_ARGS:
        app(argv, standalone_mode=False)
        quick = parse(argv[1:])
        assert quick is not None, argv
        assert defaults | quick == calls[-1], argv
    for argv in PARSER_ONLY:
        assert argv[0] != "compare" or parse(argv[1:]) is None, argv


def test_plain_compare_loads_no_parser() -> None:
    quick = _run(ENTRY, "compare", EXAMPLE, "--format", "json")
    parser = _run(PARSER, "compare", EXAMPLE, "--format", "json")
    assert quick.returncode == parser.returncode == 0, quick.stderr
    assert quick.stdout == parser.stdout
    assert "typer" not in quick.stderr and "click" not in quick.stderr


def test_compare_errors_end_alike_with_or_without_the_parser() -> None:
    for args in (["compare", "no-such-case"], ["compare", EXAMPLE, "-s", "fatal"]):
        quick = _run(ENTRY, *args)
        parser = _run(PARSER, *args)
        assert quick.returncode == parser.returncode == 2
        assert quick.stderr.splitlines()[0] == parser.stderr.splitlines()[0]


def test_the_command_leaves_at_once_and_main_returns_to_its_caller() -> None:
    after = "; print('returned', file=sys.stderr)"
    command = _run("from factcheck.cli import command; command()" + after, "compare", EXAMPLE)
    called = _run("from factcheck.cli import main; main()" + after, "compare", EXAMPLE)
    assert command.returncode == called.returncode == 0, called.stderr
    assert command.stdout == called.stdout and "FC101" in called.stdout
    assert "returned" not in command.stderr
    assert "returned" in called.stderr
