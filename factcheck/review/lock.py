"""A lock beside the file it guards: every user who may write the file can take it.

The lock file (``.NAME.lock`` in the same folder) is created by whoever comes first and
removed by whoever leaves last, so nothing piles up; it is a hidden file, so a lock left by a
killed process stays out of listings and is simply reused by the next run. A lock in the
shared temporary folder would belong to its first user and block every other one.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.errors import FactcheckError, Problem

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: filelock's lock removes its file itself
    fcntl = None  # type: ignore[assignment]

WAIT_SECONDS = 30.0


def lock_path(path: Path) -> Path:
    """Where the lock guarding ``path`` lives."""
    return path.with_name(f".{path.name}.lock")


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _acquire(path: Path, wait: float) -> int:
    deadline = time.monotonic() + wait
    while True:
        try:
            # read-only is enough for flock, so a lock file another user created still works
            fd = os.open(path, os.O_RDONLY | os.O_CREAT, 0o666)
        except OSError as exc:
            raise FactcheckError(
                Problem(str(path.parent), 0, f"cannot write the lock here: {exc.strerror}")
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() > deadline:
                message = f"still locked by another run after {wait:.0f} s: try again"
                raise FactcheckError(Problem(str(path), 0, message)) from None
            time.sleep(0.05)
            continue
        # The holder before us removes the file as it leaves: if we locked a removed file,
        # the next run would lock a new one beside us, so start again on the file that is there.
        if _same_file(fd, path):
            return fd
        os.close(fd)


@contextmanager
def locked(path: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock guarding ``path``; wait up to ``wait`` seconds for another holder."""
    where = lock_path(path)
    if fcntl is None:  # pragma: no cover - see the import
        from filelock import FileLock

        with FileLock(str(where), timeout=wait):
            yield
        return
    fd = _acquire(where, wait)
    try:
        yield
    finally:
        # a folder that became read-only keeps the file: the next run reuses it
        with contextlib.suppress(OSError):
            where.unlink()
        os.close(fd)
