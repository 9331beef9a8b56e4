"""Print how long `compare` takes on synthetic cases of 10k and 100k claims, stage by stage.

Run: python bench/compare_speed.py [N ...]   (default: 10000 100000)
Peak memory is the process's resident set (it only grows, so run sizes in rising order).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from synthetic_case import build  # noqa: E402

from factcheck.analyze import Options, analyze  # noqa: E402
from factcheck.writers import WriterOptions, get_writer  # noqa: E402


def measure(claims: int) -> None:
    """Build a case of ``claims`` claims and time each stage of `compare -f json`."""
    with tempfile.TemporaryDirectory() as tmp:
        root = build(Path(tmp) / "case", claims)
        times: dict[str, float] = {}
        start = last = time.perf_counter()

        def lap(stage: str) -> None:
            nonlocal last
            now = time.perf_counter()
            times[stage] = now - last
            last = now

        report = analyze(root, Options(on_stage=lap))
        get_writer("json")(report, WriterOptions())
        lap("json")
        total = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux
        stages = "  ".join(f"{k} {v:.2f}s" for k, v in times.items())
        print(
            f"{claims:>7} claims  {report.summary.sources:>5} sources  "
            f"{report.summary.rows:>3} rows  {len(report.findings):>4} findings  "
            f"total {total:.2f}s  ({claims / total:,.0f} claims/s)  "
            f"peak RSS {peak / 2**20:.0f} MiB\n         {stages}"
        )


if __name__ == "__main__":
    for n in [int(a) for a in sys.argv[1:]] or [10_000, 100_000]:
        measure(n)
