"""Extracting many articles on worker processes: the articles are read here, one by one, to
tell their language, and handed to workers by language as the workers free up."""

from __future__ import annotations

import gc
import os
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

from factcheck.cli.extract_jobs import Job, Outcome, for_worker, quiet_worker, run_safe, warm_up

if TYPE_CHECKING:
    from factcheck.cli.worker_pipes import PipeWorker

# articles queued at a worker: one to read next while the main process takes the last's result
_QUEUED = 2


def run_pooled(jobs: list[Job]) -> Generator[Outcome, None, None]:
    """The outcome of every job, as workers finish them; on any failure or interruption the
    workers are ended at once."""
    import multiprocessing

    from factcheck.cache import patterns
    from factcheck.cli.worker_pipes import PipeWorker

    if multiprocessing.get_start_method() == "fork":
        from factcheck.gctune import paused_collection

        with paused_collection():  # all it builds is kept: no scan of it finds anything
            warm_up()  # the workers inherit it
            # and none of them scans it in a garbage collection, or copies it by touching it
            gc.freeze()
    patterns.flush()  # what the workers inherit is written once, by this process
    # each worker is handed articles of its own languages
    workers: list[PipeWorker] = []
    try:
        for _ in range(min(os.cpu_count() or 1, len(jobs))):
            workers.append(PipeWorker(run_safe, quiet_worker, (jobs[0].spec,)))
        yield from _dispatched(jobs, workers)
        for worker in workers:  # all told first: they end side by side
            worker.tell_done()
        for worker in workers:
            worker.close()
    except BaseException:
        for worker in workers:
            worker.end()
        raise


def _dispatched(jobs: list[Job], workers: list[PipeWorker]) -> Iterator[Outcome]:
    """The outcome of every job as workers finish them. The articles are read here, one by one,
    to tell their language, while the workers start on those read so far."""
    from factcheck.cli.by_language import Dispatcher, read_for_sharing
    from factcheck.cli.worker_pipes import answering, pickled

    dispatcher = Dispatcher(len(workers))
    ready: dict[int, Job] = {}  # read, not yet handed out: held only until then
    held: dict[int, bytes] = {}  # worker -> its next job, to write once the worker can take it

    def feed() -> None:
        for number, worker in enumerate(workers):
            while worker.pending < _QUEUED:
                job = held.pop(number, None)
                if job is None:
                    index = dispatcher.next_for(number)
                    if index is None:
                        break
                    job = pickled(ready.pop(index))
                if not worker.can_take(job):
                    held[number] = job
                    break
                worker.send(job)

    def answered(timeout: float | None) -> Iterator[Outcome]:
        for worker in answering(workers, timeout):
            outcome = worker.receive()
            feed()  # the worker is handed its next job before this draft is written
            yield outcome

    for index, job in enumerate(jobs):
        article, lang, size = read_for_sharing(job.path, job.info.language)
        ready[index] = for_worker(job, article)
        dispatcher.add(index, size, lang)
        feed()
        yield from answered(0)
    feed()
    while any(worker.pending for worker in workers):
        yield from answered(None)
