"""`factcheck report`: formats, default output file, BOM, determinism, usage errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CASE = Path(__file__).resolve().parents[2] / "claims" / "msmt-2025"


def _run(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "report", *map(str, args)],
        capture_output=True,
        check=False,
    )


@pytest.fixture
def case(tmp_path: Path) -> Path:
    target = tmp_path / "case"
    shutil.copytree(CASE, target)
    return target


def test_default_is_an_html_file_in_the_case_folder(case: Path) -> None:
    result = _run(case)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    html = (case / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "json"])
def test_every_format_is_byte_identical_across_runs(case: Path, fmt: str) -> None:
    first, second = _run(case, "-f", fmt, "-o", "-"), _run(case, "-f", fmt, "-o", "-")
    assert first.returncode == 0, first.stderr
    assert first.stdout and first.stdout == second.stdout
    assert b"generated" not in first.stdout.lower()


def test_json_keeps_the_contract_and_timestamp_is_opt_in(case: Path) -> None:
    data = json.loads(_run(case, "-f", "json", "-o", "-").stdout)
    assert {"topics", "findings", "summary"} <= set(data)
    assert "generated" not in data
    stamped = json.loads(_run(case, "-f", "json", "-o", "-", "--timestamp", "2025-11-01").stdout)
    assert stamped["generated"] == "2025-11-01"


def test_csv_bom_to_file_and_stdout(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    assert _run(case, "-f", "csv", "--bom", "-o", out).returncode == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbftopic,")
    assert _run(case, "-f", "csv", "--bom", "-o", "-").stdout.startswith(b"\xef\xbb\xbftopic,")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "sarif"], b"unknown report format 'sarif'"),
        (["-f", "md", "--bom"], b"--bom applies to --format csv only"),
    ],
)
def test_usage_errors_exit_2_in_one_line(case: Path, args: list[str], message: bytes) -> None:
    result = _run(case, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
