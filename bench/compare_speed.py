"""Print how long `compare` takes on synthetic cases of 10k and 100k claims, stage by stage.

Peak memory is the process's resident set (it only grows, so run sizes in rising order).

Run: python bench/compare_speed.py [N ...]   (default: 10000 100000)
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from synthetic_case import build  # noqa: E402

from factcheck.analyze import tolerances_from  # noqa: E402
from factcheck.build_report import build_report  # noqa: E402
from factcheck.engine.context import RuleContext  # noqa: E402
from factcheck.engine.ruleset import load_rules  # noqa: E402
from factcheck.engine.run import run_rules  # noqa: E402
from factcheck.io.loader import load_case  # noqa: E402
from factcheck.normalize.claims import normalize_case  # noqa: E402
from factcheck.topics.grouping import group_claims  # noqa: E402
from factcheck.writers import WriterOptions, get_writer  # noqa: E402


def measure(claims: int) -> None:
    """Build a case of ``claims`` claims and time each stage of the pipeline."""
    with tempfile.TemporaryDirectory() as tmp:
        root = build(Path(tmp) / "case", claims)
        times: dict[str, float] = {}
        start = time.perf_counter()
        case = load_case(root)
        times["load+validate"] = time.perf_counter() - start
        mark = time.perf_counter()
        rules = load_rules(None, case.spec.rules)
        normalized = normalize_case(case, tolerances_from(rules))
        times["normalize"] = time.perf_counter() - mark
        mark = time.perf_counter()
        grouping = group_claims(normalized, case.spec)
        times["group"] = time.perf_counter() - mark
        mark = time.perf_counter()
        sources = {s.source.id: s.source for s in case.sources}
        ctx = RuleContext(case.spec, grouping, tuple(normalized), sources)
        findings = run_rules(ctx, rules)
        times["rules"] = time.perf_counter() - mark
        mark = time.perf_counter()
        report = build_report(case, ctx, findings, {}, [])
        get_writer("json")(report, WriterOptions())
        times["report+json"] = time.perf_counter() - mark
        total = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux
        stages = "  ".join(f"{k} {v:.2f}s" for k, v in times.items())
        print(
            f"{claims:>7} claims  {len(case.sources):>5} sources  {len(grouping.rows):>3} rows  "
            f"{len(findings):>4} findings  total {total:.2f}s  ({claims / total:,.0f} claims/s)  "
            f"peak RSS {peak / 2**20:.0f} MiB\n         {stages}"
        )


if __name__ == "__main__":
    for n in [int(a) for a in sys.argv[1:]] or [10_000, 100_000]:
        measure(n)
