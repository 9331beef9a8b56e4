"""The one error type for bad input: every problem names its file and line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one input file, printed as ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        """Render the problem as a single readable line.

        Messages quote what files say ("id: '…' is not a valid id"): a line break or a
        control character in that quote is shown, never printed raw.
        """
        from factcheck.safe_text import one_line

        message = one_line(self.message)
        if not self.path:  # a usage problem: no file to name
            return message
        path = one_line(self.path)
        if not self.line:
            return f"{path}: {message}"
        return f"{path}:{self.line}: {message}"


class FactcheckError(Exception):
    """Bad input or usage; the CLI prints each problem on one line and exits 2."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("", 0, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


def problem(path: str | Path, line: int, message: str) -> Problem:
    """Build a problem for ``path`` at ``line`` (0 when the line is unknown)."""
    return Problem(str(path), int(line), message)
