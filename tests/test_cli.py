"""The command line as users meet it: formats, filters, colour, help, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


def test_json_contract() -> None:
    result = run("compare", "claims/msmt-2025", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    topic = data["topics"][0]
    assert {"id", "kind", "claims"} <= set(topic)
    assert {"source", "value", "qualifier", "period", "quote"} <= set(topic["claims"][0])
    finding = data["findings"][0]
    assert {"id", "rule", "severity", "status", "topics", "sources", "message", "groups"} <= set(
        finding
    )
    assert finding["status"] in ("new", "resolved", "accepted", "baselined")
    assert all(isinstance(t, str) for t in finding["topics"] + finding["sources"])
    assert {"value", "sources"} <= set(finding["groups"][0])
    summary = data["summary"]
    assert summary["sources"] == 5 and summary["claims"] >= 30
    assert set(summary["by_severity"]) == {"error", "warning", "info"}
    assert set(summary["by_status"]) == {"new", "resolved", "accepted", "baselined"}


def test_json_is_byte_identical_across_runs() -> None:
    first = run("compare", "claims/msmt-2025", "-f", "json").stdout
    assert first and first == run("compare", "claims/msmt-2025", "-f", "json").stdout


def test_terminal_view_without_colour_when_piped() -> None:
    result = run("compare", "claims/msmt-2025")
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout
    assert "msmt.founded" in result.stdout and "October 2023" in result.stdout
    # findings come before the topic blocks
    assert result.stdout.index(" findings ─") < result.stdout.index(" topics ─")


def test_no_color_is_honoured_even_when_forced() -> None:
    result = run("compare", "claims/msmt-2025", env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert result.returncode == 0 and "\x1b[" not in result.stdout


def test_topic_and_severity_filters() -> None:
    data = json.loads(
        run(
            "compare", "claims/msmt-2025", "-f", "json", "--topic", "msmt.*", "--severity", "error"
        ).stdout
    )
    assert data["topics"] and all(t["topic"].startswith("msmt.") for t in data["topics"])
    assert data["findings"] and all(f["severity"] == "error" for f in data["findings"])
    assert all(any(r.startswith("msmt.") for r in f["rows"]) for f in data["findings"])
    # the summary counts what the filtered report shows
    assert data["summary"]["findings"]["total"] == len(data["findings"])
    assert data["summary"]["by_severity"]["info"] == 0
    assert data["summary"]["claims"] == sum(len(t["claims"]) for t in data["topics"])


def test_rules_lists_every_rule_with_docs() -> None:
    result = run("rules")
    assert result.returncode == 0
    for rule_id in ("FC101", "FC103", "FC107", "FC108", "FC110"):
        assert rule_id in result.stdout
    detail = run("rules", "FC102").stdout
    assert "about_tolerance=0.05" in detail and "passes:" in detail and "fails:" in detail


def test_help_does_not_import_the_heavy_stack() -> None:
    code = (
        "import sys, factcheck.cli;"
        "names=('pydantic','yaml','rapidfuzz','babel','matplotlib','pycountry');"
        "heavy=[m for m in names if m in sys.modules];"
        "print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"
    assert run("--help").returncode == 0


def test_written_files_get_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    assert run("report", "claims/msmt-2025", "-f", "md", "-o", str(target)).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    target.chmod(0o640)  # an existing file keeps the mode its owner gave it
    assert run("report", "claims/msmt-2025", "-f", "md", "-o", str(target)).returncode == 0
    assert target.stat().st_mode & 0o777 == 0o640


def test_json_written_as_bytes_is_the_writers_text(tmp_path: Path) -> None:
    from factcheck.analyze import analyze
    from factcheck.writers import WriterOptions, get_writer

    case = ROOT / "claims" / "msmt-2025"
    expected = get_writer("json")(analyze(case), WriterOptions()).encode("utf-8")
    target = tmp_path / "report.json"
    piped = subprocess.run(
        [sys.executable, "-m", "factcheck", "compare", str(case), "-f", "json"],
        capture_output=True,
        cwd=ROOT,
    )
    written = run("compare", str(case), "-f", "json", "-o", str(target))
    assert piped.returncode == written.returncode == 0
    assert piped.stdout == target.read_bytes() == expected
