"""Ctrl-C that a long run cannot lose.

Python raises KeyboardInterrupt wherever the main thread is when the signal's handler runs.
When that is inside a finalizer, such as an unfinished generator being collected and
closed, Python reports the exception as ignored and drops it, and the run goes on as if no
key had been pressed. Within :func:`noted_interrupts` the handler also notes the signal, so
a loop that checks between steps raises it again.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def noted_interrupts() -> Iterator[Callable[[], None]]:
    """Within the block, Ctrl-C raises KeyboardInterrupt as usual and is noted as well. The
    function given raises it again when one was noted: call it between steps.

    Nothing changes where the process does not handle Ctrl-C the usual way: a handler of
    its own, SIGINT ignored (a background job), or a thread other than the main one.
    """
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield _nothing
        return
    noted: list[bool] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        noted.append(True)
        raise KeyboardInterrupt

    def check() -> None:
        if noted:
            raise KeyboardInterrupt

    signal.signal(signal.SIGINT, handler)
    try:
        yield check
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _nothing() -> None:
    """A check with nothing to raise."""
