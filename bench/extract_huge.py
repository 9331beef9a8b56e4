"""Time and peak memory of `factcheck extract` on large and awkward articles, one per row.

Usage: python bench/extract_huge.py [--keep DIR]
Rows: 1 MB of dense Turkish (a value every few words), 1 and 4 MB of ordinary English text,
a 50 MB text (past the article limit: refused), and a page whose text sits under 100,000
nested tags. Each runs as its own process; its wall time and peak memory are printed.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract_speed import SENTENCES  # noqa: E402

PROSE = (
    "The committee met again in the afternoon and heard from residents who had waited since "
    "the morning. Several of them described the works on the harbour road, the noise at night "
    "and the detours that the buses now take. The chair promised a written answer.\n"
)


def _write(folder: Path) -> list[tuple[str, Path, str]]:
    rows = []
    dense = folder / "dense-tr.txt"
    block = SENTENCES["tr"] + "\n"
    dense.write_text(block * (1_000_000 // len(block.encode()) + 1), encoding="utf-8")
    rows.append(("1 MB dense Turkish", dense, "tr"))
    for size in (1, 4):
        prose = folder / f"prose-{size}mb.txt"
        line = PROSE + SENTENCES["en"] + "\n"
        prose.write_text(line * (size * 1_000_000 // len(line.encode()) + 1), encoding="utf-8")
        rows.append((f"{size} MB English prose", prose, "en"))
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50_000_000)
    rows.append(("50 MB text", huge, "en"))
    deep = folder / "deep.html"
    inner = "<p>The Harbour Fund was founded in March 2021 and raised $4.5 billion.</p>"
    deep.write_text(
        "<html><body>" + "<div>" * 100_000 + inner + "</div>" * 100_000 + "</body></html>",
        encoding="utf-8",
    )
    rows.append(("100,000 nested tags", deep, "en"))
    return rows


def _run(case: Path, article: Path, lang: str) -> tuple[int, str, float, float, float]:
    """Exit code, first line, wall and CPU seconds and peak memory (MB) of one extract."""
    args = [sys.executable, "-m", "factcheck", "extract", str(article), "--case", str(case)]
    args += ["--lang", lang, "--published", "2025-10-22"]
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu = used.ru_maxrss, used.ru_utime + used.ru_stime
    begin = time.perf_counter()
    run = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - begin
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = used.ru_maxrss, used.ru_utime + used.ru_stime - cpu
    lines = (run.stdout + run.stderr).strip().splitlines()
    # the children's peak only grows: a row that stays under an earlier one shows as that
    return run.returncode, lines[0] if lines else "", seconds, cpu, max(peak, before) / 1024


def main() -> None:
    """Print one row per input: exit code, seconds, peak memory and the first line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, default=None, help="write the inputs here")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp()) if args.keep is None else args.keep
    folder.mkdir(parents=True, exist_ok=True)
    try:
        case = folder / "case"
        case.mkdir(exist_ok=True)
        shutil.copy(ROOT / "claims" / "msmt-2025" / "case.yaml", case / "case.yaml")
        print(f"{'input':<22} exit   wall s  CPU s  peak MB  first line")
        for name, article, lang in _write(folder):
            code, first, seconds, cpu, peak = _run(case, article, lang)
            line = f"{name:<22} {code:>4}  {seconds:7.1f}  {cpu:5.1f}  {peak:7.0f}  {first[:80]}"
            print(line)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
