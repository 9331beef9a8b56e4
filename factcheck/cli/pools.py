"""Ending a pool of worker processes at once, when the run is interrupted."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def abandon(*pools: ProcessPoolExecutor) -> None:
    """Drop what is queued and end the workers now (Ctrl-C, or a broken pool): they write
    nothing themselves, so nothing is left half-written. Every pool is told to stop before
    any worker is ended."""
    for pool in pools:
        pool.shutdown(wait=False, cancel_futures=True)
    for child in multiprocessing.active_children():
        child.terminate()
