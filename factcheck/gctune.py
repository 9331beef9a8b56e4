"""Fewer garbage collections while a case is analyzed and its report written.

Loading a large case builds millions of small objects that all live until the report is
written. Python's cyclic collector counts allocations and, every few hundred, scans the young
objects, and now and then all of them: about a quarter of compare's time on 100,000 claims,
though it finds next to nothing (the pipeline builds trees, not cycles, and what it drops is
freed at once by reference counting). So the collector is paused while the pipeline runs, and
a command that is about to write the report freezes what the pipeline built (leaves it out of
every later scan) for the rest of the process.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import NoReturn


@contextmanager
def paused_collection() -> Iterator[None]:
    """Pause the cyclic collector for the block, then put it back as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _kept is not None:
            # the first collection after the pause would scan every object the block made,
            # all of which this process keeps to the end
            gc.freeze()
        if enabled:
            gc.enable()


def freeze_survivors() -> None:
    """Leave every object alive now out of later collections (for a process about to end)."""
    gc.freeze()


# What a process about to end keeps instead of freeing: dropping a large case's millions of
# objects one by one (the pipeline's intermediate results as analysis returns, the report
# after it is written) takes several percent of compare, and the process frees it all at once
# as it exits. Off unless a command asks for it, so a library caller's memory is returned.
_kept: list[object] | None = None


def keep_until_exit() -> None:
    """From now on, :func:`retain` keeps what it is given until the process ends."""
    global _kept
    if _kept is None:
        _kept = []


def retain(*items: object) -> None:
    """Keep ``items`` alive until the process ends, when :func:`keep_until_exit` was called."""
    if _kept is not None:
        _kept.extend(items)


def exit_now(code: int = 0) -> NoReturn:
    """End the process with ``code`` once stdout and stderr are flushed, freeing nothing.

    For a command that has written everything: interpreter shutdown would free every object
    kept above, one by one, and no exit handler of the commands that use this is needed.
    """
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
