"""`factcheck extract` with plain arguments runs without the parser, as the parser would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PARSER = "from factcheck.cli.application import run; run()"
PARSERS = ("typer", "click")
ENTRY = (
    "from factcheck.cli import main; main(); "
    f"print(sorted(m for m in sys.modules if m.split('.')[0] in {PARSERS!r}), file=sys.stderr)"
)
ARTICLE = (
    "Harbour Fund\n\nThe harbour fund said on 3 March 2024 that at least 1,200 people had lost "
    "their savings, some $2.8 billion in all.\n"
)

EXTRACT_ARGS = [
    ["extract", "a.txt", "--case", "c"],
    ["extract", "--case=c", "a.txt", "b.html", "--lang", "en"],
    ["extract", "a.txt", "--case", "c", "--published=2025-10", "--outlet", "Wire", "--url", "u"],
    ["extract", "a.txt", "--manifest", "m.csv", "--title", "T", "--case", "c"],
]
PARSER_ONLY = [
    ["extract"],
    ["extract", "--case", "c"],
    ["extract", "a.txt", "--help"],
    ["extract", "a.txt", "-h"],
    ["extract", "a.txt", "--case", "c", "--case", "d"],
    ["extract", "a.txt", "--case"],
    ["extract", "a.txt", "--case", "--lang"],
    ["extract", "--", "a.txt"],
    ["extract", "-", "--case", "c"],
    ["extract", "--corpus", "x.jsonl", "--out", "y.jsonl"],
    ["extract", "a.txt", "--case", "c", "--workers", "2"],
]


def _run(code: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = f"import sys; sys.argv = ['factcheck', *{list(args)!r}]; {code}"
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root}
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=cwd
    )


def test_plain_extract_arguments_make_the_parsers_call(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.cli.extract_run as extract_run
    from factcheck.cli.application import app
    from factcheck.cli.quick_extract import parse

    calls: list[tuple[object, ...]] = []

    def record(articles: object, case: object, options: object = None) -> int:
        calls.append((articles, case, options))
        return 0

    monkeypatch.setattr(extract_run, "run_extract", record)
    for argv in EXTRACT_ARGS:
        app(argv, standalone_mode=False)
        quick = parse(argv[1:])
        assert quick is not None, argv
        articles, found = quick
        case = found.pop("case", None)
        assert (articles, case, extract_run.ExtractOptions(**found)) == calls[-1], argv  # type: ignore[arg-type]
    for argv in PARSER_ONLY:
        assert parse(argv[1:]) is None, argv


def test_plain_extract_loads_no_parser_and_writes_what_the_parser_writes(tmp_path: Path) -> None:
    (tmp_path / "fund.txt").write_text(ARTICLE, encoding="utf-8")
    args = ["extract", "fund.txt", "--lang", "en", "--published", "2024-03-04"]
    quick = _run(ENTRY, *args, "--case", "quick", cwd=tmp_path)
    parser = _run(PARSER, *args, "--case", "parser", cwd=tmp_path)
    assert quick.returncode == parser.returncode == 0, quick.stderr
    assert quick.stdout.replace("quick", "parser") == parser.stdout
    assert "typer" not in quick.stderr and "click" not in quick.stderr
    for name in ("case.yaml", "sources/fund.yaml"):
        assert (tmp_path / "quick" / name).read_text() == (tmp_path / "parser" / name).read_text()


def test_extract_errors_end_alike_with_or_without_the_parser(tmp_path: Path) -> None:
    (tmp_path / "fund.txt").write_text(ARTICLE, encoding="utf-8")
    for args in (
        ["extract", "fund.txt"],
        ["extract", "fund.txt", "--case", "c", "--lang", "xx-not-a-tag"],
        ["extract", "missing.txt", "--case", "c"],
    ):
        quick = _run(ENTRY, *args, cwd=tmp_path)
        parser = _run(PARSER, *args, cwd=tmp_path)
        assert quick.returncode == parser.returncode == 2, args
        assert quick.stderr.splitlines()[0] == parser.stderr.splitlines()[0], args
