"""The ISO 4217 codes the amount grammar knows, kept in the cache folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pycountry

_ROOT = Path(__file__).resolve().parents[2]
_SCRIPT = (
    "import json, sys\n"
    "from factcheck.extract.recognizers.words import currency_codes\n"
    "codes = currency_codes()\n"
    "print(json.dumps([sorted(codes), 'pycountry' in sys.modules]))\n"
)


def _run(cache: Path) -> tuple[list[str], bool]:
    env = {**os.environ, "FACTCHECK_CACHE": str(cache)}
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT], cwd=_ROOT, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    codes, imported = json.loads(run.stdout)
    return codes, imported


def test_the_codes_are_pycountrys_and_a_later_run_reads_them_without_it(tmp_path: Path) -> None:
    expected = sorted({c.alpha_3 for c in pycountry.currencies} | {"XBT"})
    first, imported_first = _run(tmp_path)
    again, imported_again = _run(tmp_path)
    assert first == again == expected
    assert {"EUR", "JPY", "USD", "XBT"} <= set(again)
    assert imported_first and not imported_again
