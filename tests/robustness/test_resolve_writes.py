"""`resolve` where it cannot write, and the lock every editor of a case shares."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from robust_helpers import Run, one_problem

from factcheck.review.lock import lock_path

FOUNDED = "cc23"


def resolve(cli: Callable[..., Run], case: Path, finding: str = FOUNDED) -> Run:
    """Record an accepted decision on one finding."""
    return cli("resolve", case, finding, "--status", "accepted", "--note", "n", "--by", "e")


def test_the_lock_lives_beside_the_case_and_is_removed(
    cli: Callable[..., Run], example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.review import resolutions

    seen: list[Path] = []
    real = resolutions.write_atomic

    def spy(path: Path, text: str) -> None:
        seen.extend(p for p in path.parent.iterdir() if p.name.endswith(".lock"))
        real(path, text)

    monkeypatch.setattr(resolutions, "write_atomic", spy)
    assert resolve(cli, example_copy).code == 0
    assert seen == [example_copy / ".resolutions.yaml.lock"]  # held while writing
    assert sorted(p.name for p in example_copy.iterdir() if p.name.startswith(".")) == []


def test_a_lock_left_by_a_killed_run_is_reused_and_removed(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    stale = lock_path(example_copy / "resolutions.yaml")
    stale.write_text("")
    stale.chmod(0o444)  # another user's lock file: opening it read-only is enough
    assert resolve(cli, example_copy).code == 0
    assert not stale.exists()


def test_resolve_in_a_read_only_case_is_one_line(
    cli: Callable[..., Run], example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what a read-only folder does to a user who is not root: creating a file fails
    real_open = os.open

    def read_only(path: object, flags: int, *args: object) -> int:
        if flags & os.O_CREAT and Path(str(path)).parent == example_copy:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only)
    before = (example_copy / "resolutions.yaml").read_bytes()
    assert one_problem(resolve(cli, example_copy)) == (
        f"error: {example_copy}: cannot write the lock here: Permission denied"
    )
    assert (example_copy / "resolutions.yaml").read_bytes() == before


def test_a_failed_write_under_the_lock_is_one_line(
    cli: Callable[..., Run], example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    path = example_copy / "resolutions.yaml"
    before = path.read_bytes()
    assert one_problem(resolve(cli, example_copy)) == (
        f"error: {path}: cannot write: Permission denied"
    )
    assert path.read_bytes() == before
    assert not lock_path(path).exists()


def test_a_lock_held_too_long_is_one_line(tmp_path: Path) -> None:
    import fcntl

    from factcheck.errors import FactcheckError
    from factcheck.review.lock import locked

    target = tmp_path / "resolutions.yaml"
    fd = os.open(lock_path(target), os.O_RDONLY | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with (
            pytest.raises(FactcheckError, match="still locked by another run after 0 s"),
            locked(target, wait=0.2),
        ):
            pass
    finally:
        os.close(fd)
