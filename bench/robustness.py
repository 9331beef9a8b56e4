"""Run every input of the robustness matrix in its own process and print one row for each.

Run: python bench/robustness.py [--case claims/msmt-2025] [--only TEXT] [--limit-seconds 60]

Each input gets a fresh copy of the case in a temporary folder and runs as
`python -m factcheck ...` in a subprocess. A row shows the exit code, the seconds, the peak
memory of the process and the workers it waited for (wait4's rusage), the verdict and the
first line of output. An input passes when it exits as expected (2 for bad input, 0 for
valid input), prints no traceback, takes under 10 s and under 1 GB, and passes its own check.
Rows that need permissions to bite run, when this runs as root, without the capabilities
that override file permissions (setpriv), else as user 'nobody'. Times
depend on the load of the machine, printed first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import robustness_extract_rows  # noqa: F401  (registers its rows)
import robustness_rows  # noqa: F401  (registers its rows)
from robustness_inputs import NOBODY, ROWS, Outcome, Scenario

ROOT = Path(__file__).resolve().parents[1]
MAX_SECONDS = 10.0
MAX_BYTES = 1 << 30
GROUPS = ("valid", "yaml", "traceback", "output", "size", "files", "extract")


@dataclass(frozen=True)
class Measured:
    """One run: how it ended and what it cost."""

    code: int
    seconds: float
    peak_bytes: int
    outcome: Outcome


def _reachable_by_others(path: Path) -> bool:
    """Whether a user other than the owner may run ``path`` (every folder on the way too)."""
    path = path.resolve()
    if not path.stat().st_mode & 0o001:
        return False
    return all(folder.stat().st_mode & 0o001 for folder in path.parents)


def interpreter_for_others() -> tuple[str, dict[str, str]]:
    """A Python 'nobody' may run, and the PYTHONPATH that finds this one's packages.

    This interpreter may live in a private home folder; the system's Python of the same
    version can load the same packages.
    """
    if _reachable_by_others(Path(sys.executable)):
        return sys.executable, {}
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    system = shutil.which(version, path="/usr/local/bin:/usr/bin:/bin")
    if system is None or not _reachable_by_others(Path(system)):
        raise SystemExit(f"no {version} that another user may run: rows as 'nobody' cannot run")
    paths = [p for p in sys.path if p.endswith("site-packages")] + [str(ROOT)]
    return system, {"PYTHONPATH": os.pathsep.join(paths)}


_DROPPED = "-dac_override,-dac_read_search,-fowner"


def _demote() -> None:
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def run(scenario: Scenario, folder: Path, limit: float) -> Measured:
    """Run the scenario's command in ``folder``; measure time and peak memory."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "NO_COLOR": "1",
        "HOME": str(folder),
        "PYTHONDONTWRITEBYTECODE": "1",
        **scenario.env,
    }
    other = scenario.as_other_user and os.geteuid() == 0
    python = sys.executable
    prefix: list[str] = []
    setpriv = shutil.which("setpriv")
    if other and setpriv:
        # root without the capabilities that override file permissions: they bite as they
        # would for any user, while this Python and its packages stay reachable
        prefix = [setpriv, f"--inh-caps={_DROPPED}", f"--bounding-set={_DROPPED}"]
        other = False
    elif other:
        python, extra = interpreter_for_others()
        env.update(extra)
    for command in scenario.before:
        subprocess.run([sys.executable, "-m", "factcheck", *command], cwd=folder, env=env,
                       capture_output=True, check=False)  # fmt: skip
    out_path, err_path = folder / ".stdout", folder / ".stderr"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [*prefix, python, "-m", "factcheck", *scenario.args],
            cwd=folder / scenario.cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,  # its own group: Ctrl-C and the hang guard reach workers
            preexec_fn=_demote if other else None,
        )
        timers = [threading.Timer(limit, os.killpg, (proc.pid, signal.SIGKILL))]
        if scenario.interrupt_after is not None:
            timers.append(
                threading.Timer(scenario.interrupt_after, os.killpg, (proc.pid, signal.SIGINT))
            )
        for timer in timers:
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        for timer in timers:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    outcome = Outcome(
        proc.returncode,
        out_path.read_text(encoding="utf-8", errors="replace"),
        err_path.read_text(encoding="utf-8", errors="replace"),
        folder,
    )
    return Measured(proc.returncode, seconds, usage.ru_maxrss * 1024, outcome)


def verdict(scenario: Scenario, measured: Measured, limit: float) -> str:
    """'pass', or what failed."""
    o = measured.outcome
    if measured.seconds >= limit:
        return f"FAIL: killed after {limit:.0f} s"
    reasons = []
    if measured.code not in scenario.expect:
        reasons.append(f"exit {measured.code}, expected {'/'.join(map(str, scenario.expect))}")
    if "Traceback" in o.out or "Traceback" in o.err:
        reasons.append("traceback")
    if measured.seconds >= MAX_SECONDS:
        reasons.append(f"{measured.seconds:.1f} s")
    if measured.peak_bytes >= MAX_BYTES:
        reasons.append(f"{measured.peak_bytes / 1e9:.2f} GB")
    if not reasons and scenario.check is not None:
        found = scenario.check(o)
        if found:
            reasons.append(found)
    return "pass" if not reasons else "FAIL: " + "; ".join(reasons)


def first_line(outcome: Outcome) -> str:
    """The first line a user sees: stderr's when there is one, else stdout's."""
    for text in (outcome.err, outcome.out):
        for line in text.splitlines():
            if line.strip():
                return line.strip()
    return ""


def _size(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 1e6 else (f"{n / 1e3:.0f} kB" if n else "")


def main() -> int:
    """Run the matrix (or the rows whose name holds --only) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", type=Path, default=ROOT / "claims" / "msmt-2025")
    parser.add_argument("--only", default="", help="run only rows whose name holds this text")
    parser.add_argument("--limit-seconds", type=float, default=60.0, help="hang guard per row")
    args = parser.parse_args()
    # a script started in the background (`bench.sh &`) ignores Ctrl-C, and the commands it
    # runs inherit that: the rows that press Ctrl-C need it handled as at a terminal
    signal.signal(signal.SIGINT, signal.default_int_handler)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'group':9} {'input':48} {'size':>6} {'exit':>4} {'sec':>6} {'peak MB':>8}  "
          "verdict / first line")  # fmt: skip
    failed = 0
    with tempfile.TemporaryDirectory(prefix="factcheck-robustness-") as tmp:
        os.chmod(tmp, 0o755)  # rows run as 'nobody' must reach their folder
        rows = sorted(ROWS, key=lambda r: GROUPS.index(r[0]) if r[0] in GROUPS else len(GROUPS))
        for index, (group, name, build) in enumerate(rows):
            if args.only and args.only not in name:
                continue
            folder = Path(tmp) / f"row{index:02d}"
            folder.mkdir()
            shutil.copytree(args.case, folder / "case")
            scenario = build(folder)
            measured = run(scenario, folder, args.limit_seconds)
            result = verdict(scenario, measured, args.limit_seconds)
            failed += result != "pass"
            print(
                f"{group:9} {name[:48]:48} {_size(scenario.input_bytes):>6} {measured.code:>4} "
                f"{measured.seconds:6.2f} {measured.peak_bytes / 1e6:8.0f}  {result}",
                flush=True,
            )
            print(f"{'':>88}> {first_line(measured.outcome)[:110]}")
            for path in folder.rglob("*"):  # rows made some of it unreadable or read-only
                if not path.is_symlink():
                    path.chmod(0o777)
            folder.chmod(0o777)
    print(f"{failed} of the rows failed" if failed else "every row passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
