"""Ctrl-C during a long extract is never lost, even where Python drops the exception."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterator

import pytest

from factcheck.cli.interrupts import noted_interrupts

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGINT"), reason="needs POSIX signals")


@pytest.fixture(autouse=True)
def _at_a_terminal() -> Iterator[None]:
    """Ctrl-C handled as at a terminal, even where the suite runs as a background job (which
    starts with SIGINT ignored)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _press_ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.5)  # the handler runs here, at the latest


def _left_unfinished() -> Iterator[int]:
    try:
        yield 1
    finally:  # runs when the generator is collected: Ctrl-C arrives just then
        _press_ctrl_c()


def test_a_ctrl_c_dropped_in_a_finalizer_is_raised_at_the_next_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    dropped: list[type[BaseException] | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda info: dropped.append(info.exc_type))
    with noted_interrupts() as interrupted:
        steps = _left_unfinished()
        next(steps)
        del steps  # collected unfinished: its finally block runs in the finalizer
        assert dropped == [KeyboardInterrupt]  # Python reported it as ignored, and went on
        with pytest.raises(KeyboardInterrupt):
            interrupted()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_still_raises_where_it_lands_and_nothing_is_raised_without_it() -> None:
    with noted_interrupts() as interrupted:
        interrupted()  # no Ctrl-C yet: nothing to raise
        with pytest.raises(KeyboardInterrupt):
            _press_ctrl_c()


def test_a_process_that_ignores_ctrl_c_keeps_ignoring_it() -> None:
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a background job starts
    try:
        with noted_interrupts() as interrupted:
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            _press_ctrl_c()
            interrupted()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
