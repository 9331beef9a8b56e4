"""How fast `compare` is, from a story to a million claims, each beside the floor it cannot beat.

Run: python bench/compare_speed.py [--million] [--keep DIR] [--only ROW ...] [--group-only]

Prints, each in CPU seconds (user + system, so other jobs on the machine count little) and
peak resident memory, measured in a fresh process per row:
- 100k claims from JSON Lines and from YAML, and with --million 1M claims from JSON Lines
  (a few minutes: not run by default), as `compare --format json` to /dev/null, with the time
  of each stage; beside each, the floor: reading the same files and json.loads of them (for
  YAML, of the same sources written as JSON), and the ratio to it;
- grouping alone on 4,000 distinct subject-property keys no catalog topic matches, with the
  collector paused as `compare` runs it (--group-only prints this row alone);
- the wall time of `compare` on the example case and of `factcheck --help` (median of 5).
--only runs the rows named (help, example, jsonl, million, yaml, group) and no other; with
--keep, a case already built there is used again instead of being written anew.
Targets: 1M JSONL under 25 s CPU and 2 GB; 100k YAML under 8 s; 4k keys grouped under 1 s;
the example under 0.3 s and --help under 0.15 s of wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from synthetic_case import build  # noqa: E402

EXAMPLE = ROOT / "claims" / "msmt-2025"


def _run(args: list[str]) -> tuple[float, float, str]:
    """Run a child process; return its CPU seconds, peak RSS in MiB and its stdout."""
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        error = process.stderr.read().decode() if process.stderr else ""
        if process.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(args)} failed ({process.returncode}): {error[-2000:]}")
        out.seek(0)
        text = out.read().decode()
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text


def _child(kind: str, folder: str) -> None:
    """In a fresh process: one measured job; prints its stage times as JSON."""
    start = time.process_time()
    stages: dict[str, float] = {}
    if kind == "floor":
        for path in sorted(Path(folder, "sources").iterdir()):
            data = path.read_bytes()
            for line in data.splitlines() if path.suffix == ".jsonl" else [data]:
                if line.strip():
                    json.loads(line)
    elif kind == "compare":
        from factcheck.analyze import Options, analyze
        from factcheck.gctune import exit_now, freeze_survivors, keep_until_exit
        from factcheck.writers import WriterOptions, get_utf8_stream_writer, get_writer

        keep_until_exit()  # as the command does

        stages["import"] = time.process_time() - start
        last = time.process_time()

        def lap(stage: str) -> None:
            nonlocal last
            now = time.process_time()
            stages[stage] = now - last
            last = now

        report = analyze(Path(folder), Options(on_stage=lap))
        freeze_survivors()  # as the command does
        # as the command does: orjson's bytes, a batch of claims at a time
        stream = get_utf8_stream_writer("json")
        with open(os.devnull, "wb") as sink:
            if stream is not None:
                stream(report, WriterOptions(), sink)
            else:
                sink.write(get_writer("json")(report, WriterOptions()).encode("utf-8"))
        lap("json")
        print(json.dumps(stages), flush=True)
        exit_now(0)  # as the command does
    elif kind == "group":
        from factcheck.gctune import paused_collection
        from factcheck.io.loader import load_case
        from factcheck.normalize.claims import normalize_case
        from factcheck.topics.grouping import group_claims

        case = load_case(Path(folder))
        claims = normalize_case(case, {})
        keys = {(c.kind, c.claim.subject, c.claim.property) for c in claims}
        with paused_collection():  # as analyze runs it
            begin = time.process_time()
            grouping = group_claims(claims, case.spec)
            stages["group"] = time.process_time() - begin
        stages["keys"] = len(keys)
        stages["topics"] = len({a.topic for a in grouping.assignments.values()})
    print(json.dumps(stages))


def _child_args(kind: str, folder: Path) -> list[str]:
    return [sys.executable, __file__, "--child", kind, str(folder)]


def _json_twin(yaml_case: Path, target: Path) -> Path:
    """The same sources as JSON files, for the floor of a YAML case."""
    from factcheck.io.yamlio import read_yaml

    (target / "sources").mkdir(parents=True)
    for path in sorted((yaml_case / "sources").glob("*.yaml")):
        data = read_yaml(path).data
        text = json.dumps(data, ensure_ascii=False, default=str)
        (target / "sources" / f"{path.stem}.json").write_text(text, encoding="utf-8")
    return target


def compare_row(label: str, folder: Path, floor_folder: Path, target: str) -> None:
    """Time compare on ``folder`` and the floor on ``floor_folder``; print one row."""
    cpu, peak, out = _run(_child_args("compare", folder))
    stages = json.loads(out)
    floor, _, _ = _run(_child_args("floor", floor_folder))
    base, _, _ = _run([sys.executable, "-c", "pass"])
    floor -= base  # the interpreter's own start
    laps = "  ".join(f"{k} {v:.2f}" for k, v in stages.items())
    print(
        f"{label:<22} {cpu:7.2f} s CPU  {peak:6.0f} MiB peak   floor {floor:5.2f} s  "
        f"ratio {cpu / floor:5.1f}x   target {target}\n{'':<24}{laps}",
        flush=True,
    )


def group_row(folder: Path, floor_folder: Path) -> None:
    """Time grouping alone on a case of many distinct keys; print one row."""
    _, _, out = _run(_child_args("group", folder))
    stages = json.loads(out)
    floor, _, _ = _run(_child_args("floor", floor_folder))
    base, _, _ = _run([sys.executable, "-c", "pass"])
    floor -= base
    print(
        f"{'group ' + format(int(stages['keys']), ',') + ' keys':<22} {stages['group']:7.2f} s CPU"
        f"                floor {floor:5.2f} s  ratio {stages['group'] / floor:5.1f}x   "
        f"target < 1 s ({int(stages['topics']):,} topics)",
        flush=True,
    )


def wall_row(label: str, args: list[str], target: str, repeat: int = 5) -> None:
    """The median wall time of a command; print one row."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    print(
        f"{label:<22} {statistics.median(times):7.3f} s wall (median of {repeat}, "
        f"min {min(times):.3f})   target {target}",
        flush=True,
    )


ROWS = ("help", "example", "jsonl", "million", "yaml", "group")


def _built(folder: Path, claims: int, **options: int | bool) -> Path:
    """The synthetic case in ``folder``: the one already there, else written now."""
    if (folder / "case.yaml").is_file():
        return folder
    return build(folder, claims, **options)  # type: ignore[arg-type]


def _twin(yaml_case: Path, target: Path) -> Path:
    return target if (target / "sources").is_dir() else _json_twin(yaml_case, target)


def main() -> None:
    """Build the synthetic cases, then print one row per measurement."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--million", action="store_true", help="also 1M claims from JSONL")
    parser.add_argument("--keep", type=Path, help="build the cases here and keep them")
    parser.add_argument(
        "--only", nargs="+", choices=ROWS, help="run only these rows (million: 1M JSONL)"
    )
    parser.add_argument("--group-only", action="store_true", help="only the grouping row")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    rows = set(args.only or [row for row in ROWS if row != "million" or args.million])
    if args.group_only:
        rows = {"group"}
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        factcheck = str(Path(sys.executable).with_name("factcheck"))
        if "help" in rows:
            wall_row("factcheck --help", [factcheck, "--help"], "< 0.15 s")
        if "example" in rows:
            wall_row("compare example", [factcheck, "compare", str(EXAMPLE)], "< 0.3 s")
        for size, row in ((100_000, "jsonl"), (1_000_000, "million")):
            if row in rows:
                folder = _built(work / f"jsonl-{size}", size, jsonl=True)
                target = "< 25 s, 2 GB" if size == 1_000_000 else "(1M: < 25 s)"
                compare_row(f"{size:,} claims JSONL", folder, folder, target)
        if "yaml" in rows:
            yaml_case = _built(work / "yaml-100000", 100_000)
            twin = _twin(yaml_case, work / "yaml-100000-as-json")
            compare_row("100,000 claims YAML", yaml_case, twin, "< 8 s")
        if "group" in rows:
            distinct = _built(work / "distinct-4000", 8_000, distinct=4_000)
            group_row(distinct, distinct)


if __name__ == "__main__":
    main()
