"""Ending a pool of worker processes at once, when the run is interrupted."""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import NoReturn


def abandon(*pools: ProcessPoolExecutor) -> None:
    """Drop what is queued and end the workers now (Ctrl-C, or a broken pool): they write
    nothing themselves, so nothing is left half-written. Every pool is told to stop before
    any worker is ended."""
    for pool in pools:
        pool.shutdown(wait=False, cancel_futures=True)
    for child in multiprocessing.active_children():
        child.terminate()


def exit_abandoned(code: int) -> NoReturn:
    """Exit with ``code`` once pools were abandoned, without the interpreter's exit handlers:
    the one concurrent.futures registers wakes each pool's manager thread through a pipe the
    interrupted pool may have closed, and would print a traceback after our one line. Every
    file was written whole or not at all, so there is nothing left to flush but the terminal."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
