"""Worker processes fed through pipes: answers in order, no wait on each other, a lost worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from factcheck.cli import worker_pipes
from factcheck.cli.worker_pipes import PipeWorker, WorkerLost, answering, pickled

_ROOT = Path(__file__).resolve().parents[1]

_SET_UP: list[str] = []


def _set_up(tag: str) -> None:
    _SET_UP.append(tag)


def _answer(job: tuple[int, bytes]) -> tuple[int, int, list[str], bytes]:
    """The job's number, its payload's size, how the worker was set up, and a large answer."""
    number, payload = job
    return number, len(payload), list(_SET_UP), b"a" * len(payload)


def _slow(job: float) -> float:
    time.sleep(job)
    return job


def _die(job: object) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_each_job_is_answered_in_order_by_a_worker_set_up_once() -> None:
    worker = PipeWorker(_answer, _set_up, ("catalog",))
    try:
        worker.send(pickled((1, b"xy")))
        worker.send(pickled((2, b"xyz")))
        assert worker.pending == 2
        assert worker.receive()[:3] == (1, 2, ["catalog"])
        assert worker.receive()[:3] == (2, 3, ["catalog"])
        assert worker.pending == 0
    finally:
        worker.close()
    assert not worker._process.is_alive()


def _feed_all(workers: list[PipeWorker], jobs: list[bytes], answers: list[int]) -> None:
    """Two jobs queued per worker where the pipe takes them, as extract feeds its workers."""
    left = list(jobs)
    held: dict[int, bytes] = {}

    def feed() -> None:
        for number, worker in enumerate(workers):
            while worker.pending < 2 and (number in held or left):
                job = held.pop(number, None) or left.pop(0)
                if not worker.can_take(job):
                    held[number] = job
                    break
                worker.send(job)

    feed()
    while any(w.pending for w in workers) or held:
        for worker in answering(workers):
            answers.append(worker.receive()[0])
            feed()


def test_jobs_and_answers_larger_than_a_pipe_never_wait_on_each_other() -> None:
    size = 3 << 20  # more than a pipe holds, both ways
    jobs = [pickled((n, bytes(size))) for n in range(8)]
    workers = [PipeWorker(_answer, _set_up, ("big",)) for _ in range(2)]
    answers: list[int] = []
    try:
        feeding = threading.Thread(target=_feed_all, args=(workers, jobs, answers), daemon=True)
        feeding.start()
        feeding.join(timeout=60)
        assert not feeding.is_alive(), "the main process and a worker waited on each other"
    finally:
        for worker in workers:
            worker.end()
    assert sorted(answers) == list(range(8))


@pytest.mark.skipif(sys.platform != "linux", reason="only a Linux pipe tells its size")
def test_a_second_job_is_written_to_a_busy_worker_only_where_both_fit() -> None:
    import fcntl

    worker = PipeWorker(_slow, _set_up, ("slow",))
    try:
        small = pickled(0.0)
        assert worker.can_take(pickled(b"x" * (8 << 20)))  # an idle worker takes anything
        busy = pickled(0.5)
        worker.send(busy)
        assert worker.can_take(small)
        assert not worker.can_take(pickled(b"x" * (8 << 20)))
        # fits by its bytes, but a pipe fills by pages: a page short of room is refused
        size = fcntl.fcntl(worker._jobs.fileno(), fcntl.F_GETPIPE_SZ)
        assert not worker.can_take(bytes(size - len(busy) - 8 - os.sysconf("SC_PAGE_SIZE")))
        worker.send(small)
        assert not worker.can_take(small)  # two are queued already
        assert worker.receive() == 0.5 and worker.receive() == 0.0
    finally:
        worker.close()


def test_where_a_pipe_cannot_tell_its_size_a_busy_worker_gets_no_second_job(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(worker_pipes.sys, "platform", "darwin")
    worker = PipeWorker(_slow, _set_up, ("slow",))
    try:
        assert worker.can_take(pickled(0.1))
        worker.send(pickled(0.1))
        assert not worker.can_take(pickled(0.0))
        assert worker.receive() == 0.1
        assert worker.can_take(pickled(0.0))
    finally:
        worker.close()


def test_answering_finds_workers_by_what_wait_hands_back(monkeypatch: pytest.MonkeyPatch) -> None:
    class Standing:  # a worker whose pipe end is no Connection, as a Windows one is not
        pending = 1
        outcomes = object()

    ready, idle = Standing(), Standing()
    idle.pending = 0
    monkeypatch.setattr(worker_pipes, "wait", lambda objects, timeout=None: list(objects))
    assert answering([ready, idle]) == [ready]  # type: ignore[list-item]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads process states")
def test_a_worker_ends_when_the_main_process_does_without_telling_it() -> None:
    script = (
        "import os\n"
        "from factcheck.cli.worker_pipes import PipeWorker\n"
        "worker = PipeWorker(str, os.getpid, ())\n"
        "print(worker._process.pid, flush=True)\n"
        "os._exit(0)  # no end of work is sent, and no exit handler runs\n"
    )
    main = subprocess.Popen(
        [sys.executable, "-c", script], cwd=_ROOT, stdout=subprocess.PIPE, text=True
    )
    assert main.stdout is not None
    pid = int(main.stdout.readline())
    main.stdout.close()
    main.wait(timeout=60)
    deadline = time.monotonic() + 30
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(pid), "the worker outlived the main process"


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_killed_worker_is_reported_not_waited_for() -> None:
    worker = PipeWorker(_die, _set_up, ("doomed",))
    worker.send(pickled("a job it does not live through"))
    assert answering([worker], timeout=30) == [worker]
    with pytest.raises(WorkerLost, match="killed by signal 9"):
        worker.receive()
    with pytest.raises(WorkerLost):
        worker.send(pickled("another"))
    worker.close()  # nothing left to tell it: ends at once
