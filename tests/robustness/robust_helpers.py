"""What the robustness tests share: the outcome of one CLI run and how to read it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """What one CLI run did."""

    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        """The problem lines on stderr."""
        return self.err.strip().splitlines()


def one_problem(run: Run) -> str:
    """The single problem line of a run that must exit 2 with exactly one."""
    assert run.code == 2, run.out + run.err
    assert len(run.lines) == 1, run.err
    return run.lines[0]
