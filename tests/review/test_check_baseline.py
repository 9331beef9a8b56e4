"""Baselines in semgrep's spirit: none, some, all or no overlap; edits that keep ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import (
    FOUNDED,
    MEMBER_COUNT,
    ORDER,
    add_source,
    count_claim,
    load,
    report_findings,
    save,
)

TR = "sources/tr-agency.yaml"


def write_baseline(cli, case: Path, target: Path) -> dict:
    run = cli("baseline", case, "-o", target)
    assert run.code == 0, run.err
    return json.loads(target.read_text(encoding="utf-8"))


def test_baseline_is_sorted_readable_and_byte_identical(cli, example_case, tmp_path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    data = write_baseline(cli, example_case, first)
    write_baseline(cli, example_case, second)
    assert first.read_bytes() == second.read_bytes()
    ids = [entry["id"] for entry in data["findings"]]
    assert ids == sorted([f["id"] for f in report_findings(cli, example_case)])
    entry = next(e for e in data["findings"] if e["id"] == FOUNDED)
    assert entry["summary"].startswith("When the MSMT was set up: the sources disagree")
    assert entry["values"] == [
        "October 2024 (it-gov-statement, sadanews)",
        "October 2023 (tr-agency)",
    ]
    assert "generated" not in first.read_text() and "2025-" not in json.dumps(data)[:40]
    assert cli("baseline", example_case, "-o", "-").out == first.read_text(encoding="utf-8")


def test_no_findings(cli, make_case, tmp_path: Path) -> None:
    claim = {"subject": "Team", "property": "members", "value": {"kind": "count", "count": 11}}
    case = make_case(None, {})
    add_source(case, "one", [claim])
    add_source(case, "two", [claim])
    data = write_baseline(cli, case, tmp_path / "b.json")
    assert data["findings"] == []
    run = cli("check", case, "--baseline", tmp_path / "b.json", "--fail-on", "info")
    assert run.code == 0, run.out


def test_all_overlapping(cli, example_copy: Path, tmp_path: Path) -> None:
    (example_copy / "resolutions.yaml").unlink()
    baseline = tmp_path / "b.json"
    write_baseline(cli, example_copy, baseline)
    run = cli("check", example_copy, "--baseline", baseline, "--fail-on", "info")
    assert run.code == 0, run.out
    total = len(report_findings(cli, example_copy, "--baseline", baseline))
    assert f"baselined ({total}):" in run.out and "new at or above info (0)" in run.out


def test_some_overlapping(cli, example_copy: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    write_baseline(cli, example_copy, baseline)
    add_source(example_copy, "newcomer", [count_claim(10)])
    run = cli("check", example_copy, "--baseline", baseline)
    assert run.code == 1
    failing = run.out.split("resolved or accepted")[0]
    assert "new at or above error (1)" in failing
    assert "FC103" in failing and FOUNDED not in failing and ORDER not in failing
    # the old member-count entry and its decision no longer match a finding
    assert f"stale baseline entry {MEMBER_COUNT}" in run.out
    assert f"stale resolution {MEMBER_COUNT}" in run.out


def test_none_overlapping(cli, example_copy: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text(
        json.dumps({"factcheck_baseline": 1, "findings": [{"id": "0000000000"}]}, indent=2)
    )
    run = cli("check", example_copy, "--baseline", baseline)
    assert run.code == 1
    assert "baselined (0):" in run.out and "stale baseline entry 0000000000" in run.out


def _renamed(case: Path) -> None:
    (case / TR).rename(case / "sources" / "turkish-agency.yaml")


def _reordered(case: Path) -> None:
    for path in (case / "sources").glob("*.yaml"):
        data = load(path)
        data["claims"].reverse()
        save(path, data)


def _note_edited(case: Path) -> None:
    data = load(case / TR)
    data["note"] = "Rewritten source note."
    for claim in data["claims"]:
        claim["note"] = "Rewritten claim note."
    save(case / TR, data)


def _reformatted(case: Path) -> None:
    for path in (case / "sources").glob("*.yaml"):
        save(path, load(path), default_flow_style=True, width=1000, sort_keys=True)


@pytest.mark.parametrize("edit", [_renamed, _reordered, _note_edited, _reformatted])
def test_edits_that_change_no_fact_keep_the_baseline_whole(cli, example_copy, tmp_path, edit):
    baseline = tmp_path / "b.json"
    write_baseline(cli, example_copy, baseline)
    edit(example_copy)
    run = cli("check", example_copy, "--baseline", baseline, "--fail-on", "info", "--strict")
    assert run.code == 0, run.out
    assert "stale" not in run.out


def test_default_baseline_file_in_the_case_is_used(cli, example_copy: Path) -> None:
    assert cli("check", example_copy).code == 1
    assert cli("baseline", example_copy).code == 0
    assert cli("check", example_copy).code == 0


def test_config_files_and_command_line_precedence(cli, example_copy, tmp_path) -> None:
    for finding in (FOUNDED, ORDER):
        cli("resolve", example_copy, finding, "--status", "accepted", "--note", "n", "--by", "e")
    config = example_copy / "factcheck.toml"
    config.write_text('fail-on = "info"\n', encoding="utf-8")
    assert cli("check", example_copy).code == 1
    assert cli("check", example_copy, "--fail-on", "error").code == 0
    # pyproject.toml's [tool.factcheck] works the same way, with a baseline path relative to it
    config.unlink()
    write_baseline(cli, example_copy, example_copy / "kept.json")
    (example_copy / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\nfail-on = "info"\nbaseline = "kept.json"\n'
    )
    assert cli("check", example_copy).code == 0
    newcomer = add_source(example_copy, "newcomer", [count_claim(10)])
    run = cli("check", example_copy)
    assert run.code == 1 and "stale baseline entry" in run.out
    newcomer.unlink()
    with (example_copy / "resolutions.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\nabcdef0123:\n  status: resolved\n  note: n\n  by: a\n  at: '2025-10-25'\n")
    (example_copy / "pyproject.toml").write_text("[tool.factcheck]\nstrict = true\n")
    assert cli("check", example_copy, "--fail-on", "error").code == 1  # stale resolution
    assert cli("check", example_copy, "--fail-on", "error", "--no-strict").code == 0


def test_bad_config_exits_2_with_path_and_line(cli, example_copy: Path) -> None:
    config = example_copy / "factcheck.toml"
    config.write_text('# settings\nfail_level = "error"\n', encoding="utf-8")
    run = cli("check", example_copy)
    assert run.code == 2 and f"{config}:2: unknown key 'fail_level'" in run.err
    config.write_text('strict = "very"\n', encoding="utf-8")
    run = cli("check", example_copy)
    assert run.code == 2 and f"{config}:1: strict:" in run.err


@pytest.mark.parametrize("key", ["fail-on", "fail_on"])
def test_fail_on_is_read_in_either_spelling(cli, example_copy: Path, key: str) -> None:
    for finding in (FOUNDED, ORDER):
        cli("resolve", example_copy, finding, "--status", "accepted", "--note", "n", "--by", "e")
    assert cli("check", example_copy).code == 0
    (example_copy / "factcheck.toml").write_text(f'{key} = "info"\n', encoding="utf-8")
    run = cli("check", example_copy)
    assert run.code == 1 and "new at or above info" in run.out, run.err


def test_every_command_sees_the_default_baseline(cli, example_copy: Path, tmp_path) -> None:
    (example_copy / "resolutions.yaml").unlink()
    assert cli("baseline", example_copy).code == 0
    assert cli("check", example_copy).code == 0
    statuses = {f["status"] for f in report_findings(cli, example_copy)}
    assert statuses == {"baselined"}
    run = cli("report", example_copy, "-f", "json")
    data = json.loads(run.out)
    assert {f["status"] for f in data["findings"]} == {"baselined"}
    assert data["summary"]["by_status"]["baselined"] == len(data["findings"])


def test_config_baseline_is_read_by_compare_and_written_by_baseline(cli, example_copy) -> None:
    (example_copy / "resolutions.yaml").unlink()
    (example_copy / "factcheck.toml").write_text('baseline = "kept.json"\n', encoding="utf-8")
    assert cli("baseline", example_copy).code == 0
    assert (example_copy / "kept.json").is_file()
    assert {f["status"] for f in report_findings(cli, example_copy)} == {"baselined"}
    assert cli("check", example_copy, "--fail-on", "info").code == 0
