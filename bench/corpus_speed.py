"""Corpus mode: the same corpus through the local pool and through a local Dask cluster.

Usage: python bench/corpus_speed.py [--articles 10000] [--workers N] [--seeds DIR]
                                    [--stories DIR]
Writes ``--articles`` records (the seed and story articles over and over, with the
language, date and outlet their headers give) to a JSON Lines corpus, runs
``factcheck extract --corpus`` on it with the local pool (all cores, or ``--workers``) and
with ``--scheduler`` pointing at a Dask LocalCluster of as many worker processes, and
prints whether both wrote the same claims (byte for byte) and articles/s for each. The
cluster is started before its run is timed; its workers' CPU time is counted once they
have exited.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_articles import Usage, cycled, load, run, source_texts  # noqa: E402


def _corpus(path: Path, count: int, seeds: Path, stories: Path) -> int:
    """Write ``count`` article records to ``path``; their total characters."""
    chars = 0
    with path.open("w", encoding="utf-8") as stream:
        for ident, text in cycled(source_texts(seeds, stories), count):
            record = {
                "id": ident,
                "text": text.text,
                "language": text.language,
                "published": text.published,
                "outlet": text.outlet,
                "url": f"https://example.org/{ident}",
            }
            stream.write(json.dumps({k: v for k, v in record.items() if v}) + "\n")
            chars += len(text.text)
    return chars


def _command(corpus: Path, out: Path, *options: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "factcheck",
        "extract",
        "--corpus",
        str(corpus),
        "--out",
        str(out),
        *options,
    ]


def _dask(corpus: Path, out: Path, workers: int) -> tuple[Usage, float]:
    """The run on a fresh LocalCluster, and the CPU time of the whole (cluster included)."""
    from distributed import LocalCluster

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.process_time()
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        usage = run(_command(corpus, out, "--scheduler", cluster.scheduler_address), cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return usage, children + time.process_time() - start


def _line(name: str, articles: int, chars: int, usage: Usage, cpu: float) -> str:
    return (
        f"  {name}: {articles / usage.wall:,.1f} articles/s ({usage.wall:.1f} s wall, "
        f"{cpu:.1f} s CPU, {chars / cpu / 1000:.0f} k chars/s of CPU, "
        f"{cpu / usage.wall:.2f} cores busy)"
    )


def main() -> None:
    """Run the corpus both ways and print the comparison and the speeds."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--stories", type=Path, default=ROOT.parent / "shared" / "stories")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        corpus = root / "corpus.jsonl"
        chars = _corpus(corpus, args.articles, args.seeds, args.stories)
        print(
            f"corpus mode, {args.articles:,} articles ({chars:,} chars), "
            f"{args.workers} workers; {load()}:"
        )
        local_out, dask_out = root / "local.jsonl", root / "dask.jsonl"
        local = run(_command(corpus, local_out, "--workers", str(args.workers)), cwd=ROOT)
        print(_line("local pool", args.articles, chars, local, local.cpu))
        try:
            dask, cpu = _dask(corpus, dask_out, args.workers)
        except ImportError:
            print("  Dask cluster: dask.distributed is not installed (pip install '.[corpus]')")
            return
        print(_line("Dask LocalCluster", args.articles, chars, dask, cpu))
        same = local_out.read_bytes() == dask_out.read_bytes()
        claims = local_out.read_bytes().count(b"\n")
        print(f"  same claims: {'yes' if same else 'no'} ({claims:,} claims)")


if __name__ == "__main__":
    main()
