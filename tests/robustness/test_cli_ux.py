"""What a user meets first: --version, where report wrote, the README's CI example."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest
from robust_helpers import Run

from factcheck import __version__

README = Path(__file__).resolve().parents[2] / "README.md"


def test_version(cli: Callable[..., Run]) -> None:
    run = cli("--version")
    assert (run.code, run.out, run.err) == (0, f"factcheck {__version__}\n", "")


def test_report_says_where_it_wrote(cli: Callable[..., Run], example_copy: Path) -> None:
    run = cli("report", example_copy)
    assert run.code == 0 and run.out == ""
    assert run.err == f"wrote {example_copy / 'report.html'}\n"
    assert (example_copy / "report.html").is_file()
    target = example_copy / "r.md"
    assert cli("report", example_copy, "-f", "md", "-o", target).err == f"wrote {target}\n"
    assert cli("report", example_copy, "-f", "md", "-o", "-").err == ""


def _ci_example() -> list[tuple[list[str], int]]:
    """The README's review-and-CI commands that state their exit code, in order."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Editorial review and CI") :]
    block = section[section.index("```sh") + 5 : section.index("```", section.index("```sh") + 5)]
    steps = []
    for line in block.splitlines():
        command, _, comment = line.partition("  #")
        found = re.match(r"\s*exit (\d)", comment)
        if command.startswith("factcheck ") and found:
            steps.append((shlex.split(command)[1:], int(found.group(1))))
        elif command.startswith("factcheck resolve"):
            steps.append((shlex.split(command)[1:], 0))
    return steps


def test_the_readme_ci_example_exits_as_it_says(
    cli: Callable[..., Run], example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(example_copy.parent)
    (example_copy.parent / "claims").mkdir()
    example_copy.rename(example_copy.parent / "claims" / "msmt-2025")
    steps = _ci_example()
    assert [code for _, code in steps] == [1, 0, 1, 0, 0]
    for args, code in steps:
        run = cli(*args)
        assert run.code == code, (args, run.out, run.err)


def test_a_bug_exits_2_in_one_line_and_shows_its_traceback_on_request(
    cli: Callable[..., Run], example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.analyze

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug\nover two lines")

    monkeypatch.setattr(factcheck.analyze, "analyze", broken)
    run = cli("compare", example_copy)
    assert run.code == 2  # not 1, which CI would read as "conflicts found"
    assert run.lines == [
        "error: internal error (ZeroDivisionError: a bug\\nover two lines); "
        "FACTCHECK_DEBUG=1 shows where"
    ]
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        cli("compare", example_copy)
