"""Longer fuzzing than the suite runs, and how the recognizers' time grows with the text.

Run: python bench/fuzz.py [--examples 5000] [--sizes 20000 80000]

1. Runs the suite's fuzz targets (tests/robustness/test_fuzz_*.py) with --examples inputs
   each, on fresh random inputs, and prints what hypothesis reports for every target.
2. Times ``recognize(text, lang)`` for every language on texts made of one repeated piece
   (the shapes most likely to make a scan backtrack) and of random pieces, at two sizes,
   and prints the growth exponent: 1.0 is linear time, 2.0 quadratic.
3. Does the same for the YAML loader on alias-heavy and plain files.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import math
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.extract.recognizers.recognize import recognize  # noqa: E402
from factcheck.io.yamlio import parse_yaml  # noqa: E402
from factcheck.lang import languages  # noqa: E402

LANGUAGES = languages()  # the folders of factcheck/lang/
REPEATED = {
    "digits": "1",
    "numbers": "1 ",
    "grouped": "1,",
    "years": "2024 ",
    "dates": "12 October 2024, ",
    "amounts": "$2.8 billion ",
    "qualified": "at least about ",
    "turkish": "Ekim 2023'te 2,84 milyar dolar ",
    "countries": "France, Germany and ",
    "dotted-I": "İ",
    "dashes": "2015–",
    "spaces": " ",
}
PIECES = [*REPEATED.values(), "October ", "ottobre ", "milyar ", "mars ", ". ", "\n", "and "]


def _growth(measure: Callable[[int], float], sizes: tuple[int, int]) -> tuple[float, float, float]:
    small, large = (min(measure(n) for _ in range(3)) for n in sizes)
    exponent = math.log(max(large, 1e-6) / max(small, 1e-6)) / math.log(sizes[1] / sizes[0])
    return small, large, exponent


def _time(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def recognizer_growth(sizes: tuple[int, int]) -> float:
    """Print the growth of recognize's time per language and text shape; return the worst."""
    rng = random.Random(7)
    mixed = "".join(rng.choice(PIECES) for _ in range(sizes[1]))
    worst = 0.0
    crashes: list[str] = []
    print(f"\nrecognize: seconds at {sizes[0]:,} and {sizes[1]:,} characters, growth exponent")
    for lang in LANGUAGES:
        row = []
        for name, piece in [*REPEATED.items(), ("random pieces", None)]:

            def text(n: int, piece: str | None = piece) -> str:
                return (piece * (n // len(piece) + 1))[:n] if piece else mixed[:n]

            def measure(n: int, text: Callable[[int], str] = text, lang: str = lang) -> float:
                sample = text(n)
                return _time(lambda: recognize(sample, lang))

            try:
                _, large, exponent = _growth(measure, sizes)
            except Exception as exc:  # a crash is a finding: name it and go on
                crashes.append(f"{lang} {name}: {type(exc).__name__}: {str(exc)[:120]}")
                row.append(f"{name} CRASH")
                continue
            worst = max(worst, exponent)
            row.append(f"{name} {large:.2f}s^{exponent:.2f}")
        print(f"  {lang}: " + ", ".join(row))
    for crash in crashes:
        print(f"  CRASH {crash}")
    return worst if not crashes else float("inf")


def yaml_growth(sizes: tuple[int, int]) -> float:
    """Print the growth of parse_yaml's time on alias-heavy and plain text; return the worst."""
    shapes = {
        "aliases": lambda n: "a: &a [x, y]\nb: [" + ", ".join(["*a"] * (n // 4)) + "]\n",
        "plain": lambda n: "".join(f"k{i}: v{i}\n" for i in range(n // 8)),
        "flow": lambda n: "[" * 500 + "1, " * (n // 3) + "]" * 500,
    }
    worst = 0.0
    # the recognizers' grammars the targets before built stay alive; a run that reads a case
    # has none, and the collections the parse sets off would scan them every time
    gc.collect()
    gc.freeze()
    print(f"\nparse_yaml: seconds at {sizes[0]:,} and {sizes[1]:,} characters, growth exponent")
    for name, make in shapes.items():

        def parse(n: int, make: Callable[[int], str] = make) -> float:
            text = make(n)
            return _time(lambda: _parse_or_refuse(text))

        small, large, exponent = _growth(parse, sizes)
        worst = max(worst, exponent)
        print(f"  {name}: {small:.3f}s, {large:.3f}s, exponent {exponent:.2f}")
    return worst


def _parse_or_refuse(text: str) -> None:
    from factcheck.errors import FactcheckError

    with contextlib.suppress(FactcheckError):  # refusing quickly is as good as parsing
        parse_yaml(text, Path("bench.yaml"))


def run_fuzz_targets(examples: int) -> None:
    """Run the suite's fuzz targets longer, on random inputs; print hypothesis's counts."""
    env = {**os.environ, "FACTCHECK_FUZZ_EXAMPLES": str(examples), "FACTCHECK_FUZZ_RANDOM": "1"}
    tests = sorted(str(p) for p in (ROOT / "tests" / "robustness").glob("test_fuzz_*.py"))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--hypothesis-show-statistics", *tests],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    print(f"fuzz targets, {examples:,} inputs each (pytest exit {result.returncode}):")
    target = ""
    for line in result.stdout.splitlines():
        if "::" in line and line.endswith(":"):
            target = line.split("::")[1].rstrip(":")
        found = re.search(r"(\d+) passing, (\d+) failing, and (\d+) invalid", line)
        if found and target:
            print(f"  {target}: {found.group(1)} passed, {found.group(2)} failed, "
                  f"{found.group(3)} invalid")  # fmt: skip
            target = ""
        if line.startswith(("E ", "FAILED")):
            print("  " + line)


def main() -> int:
    """Run the three parts; exit 1 when a fuzz target fails or time grows past n^1.5."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--sizes", type=int, nargs=2, default=(20_000, 80_000))
    parser.add_argument("--skip-fuzz", action="store_true")
    args = parser.parse_args()
    if not args.skip_fuzz:
        run_fuzz_targets(args.examples)
    worst = max(recognizer_growth(tuple(args.sizes)), yaml_growth(tuple(args.sizes)))
    print(f"\nworst growth exponent: {worst:.2f} (1.0 is linear)")
    return 0 if worst < 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
