"""compare in a terminal: honours COLUMNS, and stays readable at 60 columns."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len
from robust_helpers import Run

from factcheck.cli.output import terminal_width


def _compare(
    cli: Callable[..., Run], case: Path, monkeypatch: pytest.MonkeyPatch, cols: str
) -> str:
    monkeypatch.setenv("COLUMNS", cols)
    run = cli("compare", case)
    assert run.code == 0, run.err
    return run.out


@pytest.mark.parametrize("columns", [60, 80, 150])
def test_no_line_is_wider_than_columns(
    cli: Callable[..., Run], example_case: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    out = _compare(cli, example_case, monkeypatch, str(columns))
    widths = [cell_len(line) for line in out.splitlines()]
    assert max(widths) <= columns
    assert max(widths) > columns - 10  # the width is used, not a fixed narrow one


def test_at_60_columns_words_are_whole_and_every_quote_is_there(
    cli: Callable[..., Run], example_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(cli("compare", example_case, "-f", "json").out)
    out = _compare(cli, example_case, monkeypatch, "60")
    flat = " ".join(out.split())
    for topic in data["topics"]:
        for claim in topic["claims"]:
            if claim["quote"]:
                assert " ".join(claim["quote"].split()) in flat, claim["quote"]
    # no column so narrow that it breaks words: every word of the example's quotes is whole
    words = {w for t in data["topics"] for c in t["claims"] for w in (c["quote"] or "").split()}
    printed = set(out.replace("“", " ").replace("”", " ").split())
    assert {w for w in words if len(w) > 3} <= printed | {w + "”" for w in printed}


def test_wide_terminals_keep_the_table(
    cli: Callable[..., Run], example_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "┏" in _compare(cli, example_case, monkeypatch, "150")
    assert "┏" not in _compare(cli, example_case, monkeypatch, "60")


def test_width_comes_from_columns_then_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "72")
    assert terminal_width(is_tty=False) == 72
    monkeypatch.setenv("COLUMNS", "10")
    assert terminal_width(is_tty=False) == 30  # narrower than anything can be laid out in
    monkeypatch.setenv("COLUMNS", "wide")
    assert terminal_width(is_tty=False) == 100
    monkeypatch.delenv("COLUMNS")
    assert terminal_width(is_tty=False) == 100
