"""Extracting many articles on worker processes: the articles are read here, one by one, to
tell their language, and handed to workers by language as the workers free up."""

from __future__ import annotations

import gc
import os
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

from factcheck.cli.extract_jobs import Job, Outcome, for_worker, quiet_worker, run_safe, warm_up

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

# articles queued at a worker: one to read next while the main process takes the last's result
_QUEUED = 2


def run_pooled(jobs: list[Job]) -> Generator[Outcome, None, None]:
    """The outcome of every job, as workers finish them; on any failure or interruption the
    workers are ended at once."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from factcheck.cache import patterns
    from factcheck.cli.pools import abandon

    if multiprocessing.get_start_method() == "fork":
        from factcheck.gctune import paused_collection

        with paused_collection():  # all it builds is kept: no scan of it finds anything
            warm_up()  # the workers inherit it
            # and none of them scans it in a garbage collection, or copies it by touching it
            gc.freeze()
    patterns.flush()  # what the workers inherit is written once, by this process
    # one single-process pool per worker: each is handed articles of its own languages
    pools = [
        ProcessPoolExecutor(1, initializer=quiet_worker, initargs=(jobs[0].spec,))
        for _ in range(min(os.cpu_count() or 1, len(jobs)))
    ]
    try:
        yield from _dispatched(jobs, pools)
    except BaseException:
        abandon(*pools)
        raise
    for pool in pools:
        pool.shutdown()


def _dispatched(jobs: list[Job], pools: list[ProcessPoolExecutor]) -> Iterator[Outcome]:
    """The outcome of every job as workers finish them. The articles are read here, one by one,
    to tell their language, while the workers start on those read so far."""
    from concurrent.futures import FIRST_COMPLETED, wait

    from factcheck.cli.by_language import Dispatcher, read_for_sharing

    dispatcher = Dispatcher(len(pools))
    running: dict[Future[Outcome], int] = {}  # future -> its worker
    queued = [0] * len(pools)
    ready: dict[int, Job] = {}  # read, not yet handed out: held only until then

    def feed() -> None:
        for worker, pool in enumerate(pools):
            while queued[worker] < _QUEUED:
                index = dispatcher.next_for(worker)
                if index is None:
                    break
                running[pool.submit(run_safe, ready.pop(index))] = worker
                queued[worker] += 1

    for index, job in enumerate(jobs):
        article, lang, size = read_for_sharing(job.path, job.info.language)
        ready[index] = for_worker(job, article)
        dispatcher.add(index, size, lang)
        feed()
        for future in [f for f in running if f.done()]:
            queued[running.pop(future)] -= 1
            yield future.result()
    feed()
    while running:
        finished, _ = wait(running, return_when=FIRST_COMPLETED)
        for future in finished:
            queued[running.pop(future)] -= 1
            yield future.result()
        feed()
