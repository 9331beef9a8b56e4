"""Worker processes fed through pipes by the main thread alone.

An executor runs threads of its own beside the main one (a manager per pool, a feeder per
queue) and wakes them for every job and every result: on a run of many short articles they
took about a twentieth of the command's CPU. Here the main thread writes each job to its
worker's pipe and reads the outcome from another pipe.

A write to a full pipe waits for the worker to read, and a worker busy with a job reads
nothing until its outcome is read: a main thread waiting on that write would wait forever.
So a job is written to a busy worker only where it fits, whole, in its pipe beside the job
that may still be there unread; else it waits until the worker has answered them all and
reads its pipe. Only a Linux pipe tells how much it holds: elsewhere a worker is handed one
job at a time.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from contextlib import suppress
from multiprocessing.connection import Connection, wait
from typing import Any

from factcheck.errors import FactcheckError

# the bytes a pipe is known to hold before a write waits, where it cannot be asked: none
# (a macOS pipe may hold as little as 512 bytes while the system's pipe memory is short)
_UNKNOWN_CAPACITY = 0
_WANTED_CAPACITY = 1 << 20  # asked of a Linux pipe: jobs of long articles fit two at a time
_HEADER = 4  # the length a Connection writes before each message
# a Linux pipe fills by pages: a message that starts inside a page the unread one ends in
# may need a page more than its bytes, so two are kept spare
_SLACK_PAGES = 2


class WorkerLost(FactcheckError):
    """A worker process ended before it answered every job it was given."""


def _serve(
    jobs: Connection,
    outcomes: Connection,
    run: Callable[[Any], Any],
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
) -> None:
    """A worker's life: set up, then answer each job until the main process has no more,
    or has ended. Under fork a worker holds copies of the job pipes' writing ends too, so
    it would never see its own closed: it watches the main process itself."""
    initializer(*initargs)
    parent = multiprocessing.parent_process()
    watched: list[Any] = [jobs] if parent is None else [jobs, parent.sentinel]
    while True:
        if parent is not None and parent.sentinel in wait(watched):
            return  # the main process ended, however it ended: no one reads an answer
        try:
            job = jobs.recv()
        except EOFError:
            return
        if job is None:
            return
        outcomes.send(run(job))


def _capacity(writer: Connection) -> int:
    """How many bytes of messages the pipe behind ``writer`` surely holds, less the pages
    kept spare: made larger where the system allows; none where it cannot be asked."""
    if sys.platform != "linux":
        return _UNKNOWN_CAPACITY
    import fcntl

    with suppress(OSError):  # over the user's limit: the pipe keeps the size it has
        fcntl.fcntl(writer.fileno(), fcntl.F_SETPIPE_SZ, _WANTED_CAPACITY)
    try:
        size = int(fcntl.fcntl(writer.fileno(), fcntl.F_GETPIPE_SZ))
    except OSError:
        return _UNKNOWN_CAPACITY
    return max(0, size - _SLACK_PAGES * os.sysconf("SC_PAGE_SIZE"))


class PipeWorker:
    """One worker process that answers the jobs written to it, in order."""

    def __init__(
        self, run: Callable[[Any], Any], initializer: Callable[..., None], initargs: tuple[Any, ...]
    ) -> None:
        """Start a process that runs ``initializer(*initargs)``, then ``run`` on each job."""
        context = multiprocessing.get_context()
        job_reader, self._jobs = context.Pipe(duplex=False)
        self.outcomes, outcome_writer = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_serve,
            args=(job_reader, outcome_writer, run, initializer, initargs),
            daemon=True,  # ended with the main process, whatever ends it
        )
        self._process.start()
        job_reader.close()
        outcome_writer.close()
        self._capacity = _capacity(self._jobs)
        self._sizes: list[int] = []  # of the jobs written and not answered, oldest first

    @property
    def pending(self) -> int:
        """How many jobs written to this worker it has not answered yet."""
        return len(self._sizes)

    def can_take(self, job: bytes) -> bool:
        """Whether writing the pickled ``job`` now cannot wait on the worker: it waits for
        work, or the job fits in the pipe beside the one it may not have read yet."""
        if not self._sizes:
            return True
        return len(self._sizes) == 1 and self._sizes[0] + len(job) + 2 * _HEADER <= self._capacity

    def send(self, job: bytes) -> None:
        """Write the pickled ``job`` (see :func:`pickled`); WorkerLost if the worker is gone."""
        try:
            self._jobs.send_bytes(job)
        except OSError:
            raise self._lost() from None
        self._sizes.append(len(job))

    def receive(self) -> Any:
        """The answer to the oldest job not answered; WorkerLost if the worker is gone."""
        try:
            outcome = self.outcomes.recv()
        except (EOFError, OSError):
            raise self._lost() from None
        self._sizes.pop(0)
        return outcome

    def tell_done(self) -> None:
        """Tell the worker there is no more work (once; nothing if it is gone)."""
        if not self._jobs.closed:
            with suppress(OSError):  # already gone: nothing was left to answer
                self._jobs.send(None)
            self._jobs.close()

    def close(self) -> None:
        """Tell the worker there is no more work, if not yet told, and wait for it to end."""
        self.tell_done()
        self._process.join()
        self.outcomes.close()

    def end(self) -> None:
        """End the worker now, whatever it is doing."""
        self._process.terminate()
        self._process.join()

    def _lost(self) -> WorkerLost:
        self._process.join(timeout=5)
        code = self._process.exitcode
        how = f"was killed by signal {-code}" if code is not None and code < 0 else "ended"
        return WorkerLost(
            f"a worker process {how} before it finished its articles; "
            "the drafts written so far are whole"
        )


def pickled(job: object) -> bytes:
    """``job`` as written to a worker's pipe."""
    return pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)


def answering(workers: Iterable[PipeWorker], timeout: float | None = None) -> list[PipeWorker]:
    """The workers, among those with jobs pending, that have an answer ready to be read:
    within ``timeout`` seconds (None: until one has)."""
    # by the objects ``wait`` hands back (a Windows pipe's end is no ``Connection``)
    waiting: dict[Any, PipeWorker] = {w.outcomes: w for w in workers if w.pending}
    if not waiting:
        return []
    return [waiting[ready] for ready in wait(list(waiting), timeout)]
