"""The whole editorial loop on a copy of the example case, and check's exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import FOUNDED, MEMBER_COUNT, ORDER, add_source, first_report_claim


def test_example_case_fails_on_the_founding_date_only(cli, example_case: Path) -> None:
    run = cli("check", example_case)
    assert run.code == 1
    failing = run.out.split("new below")[0]
    assert FOUNDED in failing and ORDER in failing
    assert MEMBER_COUNT not in failing
    assert "When the MSMT was set up" in failing
    assert "FAILED: 2 new findings at or above error" in run.out
    # the accepted member count is shown with the editor's note and the value stood by
    assert "accepted by Desk editor" in run.out and "(stands by 11)" in run.out


def test_the_loop(cli, example_copy: Path) -> None:
    case = example_copy
    # 1. the founding date is open: check fails
    assert cli("check", case).code == 1
    # 2. an editor decides; check passes
    for finding in (FOUNDED, ORDER):
        note = "October 2024 per the joint statement"
        args = ("--status", "resolved", "--by", "ed", "--note", note, "--at", "2025-10-26")
        run = cli("resolve", case, finding[:6], *args)
        assert run.code == 0, run.err
    run = cli("check", case)
    assert run.code == 0, run.out
    assert "passed" in run.out
    # 3. a new source disagrees on when the first report came out: only that fails
    source = add_source(case, "late-wire", [first_report_claim("2025-03")])
    run = cli("check", case)
    assert run.code == 1
    new = json.loads(cli("compare", case, "-f", "json").out)
    fresh = [f for f in new["findings"] if f["status"] == "new" and f["severity"] == "error"]
    assert [f["rows"] for f in fresh] == [["msmt.first-report"]]
    assert f"neither resolved nor in the baseline: {fresh[0]['id']} (" in run.out
    # 4. the team baselines it; check passes again
    run = cli("baseline", case)
    assert run.code == 0, run.err
    assert (case / "factcheck-baseline.json").is_file()
    run = cli("check", case)
    assert run.code == 0, run.out
    assert fresh[0]["id"] in run.out.split("baselined (")[1]
    # 5. the source goes away: its baseline entry is stale (a warning; an error if strict)
    source.unlink()
    run = cli("check", case)
    assert run.code == 0, run.out
    assert f"warning: {case / 'factcheck-baseline.json'}:" in run.out
    assert f"stale baseline entry {fresh[0]['id']}" in run.out
    assert cli("check", case, "--strict").code == 1


def test_stale_resolution_is_reported_at_its_line(cli, example_copy: Path) -> None:
    path = example_copy / "resolutions.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\nabcdef0123:\n  status: resolved\n  note: gone\n  by: a\n  at: '2025-10-25'\n",
        encoding="utf-8",
    )
    run = cli("check", example_copy)
    line = path.read_text(encoding="utf-8").splitlines().index("abcdef0123:") + 1
    assert f"warning: {path}:{line}: stale resolution abcdef0123" in run.out
    assert run.code == 1  # still failing on the founding date, not on the stale entry


def test_fail_on_levels(cli, example_copy: Path) -> None:
    for finding in (FOUNDED, ORDER):
        cli("resolve", example_copy, finding, "--status", "accepted", "--note", "n", "--by", "e")
    assert cli("check", example_copy).code == 0
    assert cli("check", example_copy, "--fail-on", "warning").code == 0  # no warnings here
    run = cli("check", example_copy, "--fail-on", "info")
    assert run.code == 1
    assert "INFO FC109" in run.out.split("resolved or accepted")[0]


def test_usage_errors_exit_2(cli, example_copy: Path, tmp_path: Path) -> None:
    run = cli("check", example_copy, "--fail-on", "fatal")
    assert run.code == 2 and "unknown --fail-on level 'fatal'" in run.err
    run = cli("check", example_copy, "--baseline", tmp_path / "nope.json")
    assert run.code == 2 and "nope.json: baseline file not found" in run.err
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "factcheck_baseline": 1,\n  "findings": [\n    {"id": 3}\n  ]\n}\n')
    run = cli("check", example_copy, "--baseline", bad)
    assert run.code == 2 and f"{bad}:4: findings[0]: needs an 'id'" in run.err
    bad.write_text('{\n  "findings": [,]\n}\n')
    run = cli("check", example_copy, "--baseline", bad)
    assert run.code == 2 and f"{bad}:2: invalid JSON" in run.err
    assert cli("check", tmp_path / "no-such-case").code == 2


def test_compare_and_json_show_status_and_note(cli, example_case: Path) -> None:
    data = json.loads(cli("compare", example_case, "-f", "json").out)
    by_id = {f["id"]: f for f in data["findings"]}
    assert by_id[MEMBER_COUNT]["status"] == "accepted"
    assert by_id[MEMBER_COUNT]["decision"]["value"] == "11"
    assert "joined the 2 founders" in by_id[MEMBER_COUNT]["decision"]["note"]
    assert by_id[FOUNDED]["status"] == "new" and by_id[FOUNDED]["decision"] is None
    assert data["summary"]["by_status"]["accepted"] == 1
    text = cli("compare", example_case).out
    assert f"{MEMBER_COUNT} · accepted" in text and "decision: accepted by Desk editor" in text


def test_false_positive_counts_as_resolved(cli, example_copy: Path) -> None:
    cli("resolve", example_copy, ORDER, "--status", "false-positive", "--note", "n", "--by", "e")
    data = json.loads(cli("compare", example_copy, "-f", "json").out)
    found = next(f for f in data["findings"] if f["id"] == ORDER)
    assert found["status"] == "resolved" and found["decision"]["status"] == "false-positive"


def test_resolve_usage_names_the_id_argument(cli) -> None:
    run = cli("resolve", "--help")
    assert run.code == 0
    usage = next(line for line in run.out.splitlines() if "Usage:" in line)
    assert re.search(r"\bCASE\W+ID\b", usage) and "finding" not in usage.lower(), usage
