"""CI formats: SARIF against the official schema, JUnit XML, GitHub annotations."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
from conftest import FOUNDED, MEMBER_COUNT, ORDER, report_findings

from factcheck.writers.github import annotation, escape_data, escape_property

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "sarif-schema-2.1.0.json"


def test_sarif_is_valid_against_the_official_schema(cli, example_case: Path) -> None:
    run = cli("compare", example_case, "-f", "sarif")
    assert run.code == 0, run.err
    log = json.loads(run.out)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("sarif-schema-2.1.0.json")
    jsonschema.Draft4Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == len(report_findings(cli, example_case))
    by_id = {r["partialFingerprints"]["factcheckFindingId/v1"]: r for r in results}
    founded = by_id[FOUNDED]
    assert founded["ruleId"] == "FC101" and founded["level"] == "error"
    first = founded["locations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"].endswith("sources/it-gov-statement.yaml")
    assert first["region"]["startLine"] == 31
    related = [
        loc["physicalLocation"]["region"]["startLine"] for loc in founded["relatedLocations"]
    ]
    assert related == [67, 17]  # the other side of the conflict: sadanews, tr-agency
    accepted = by_id[MEMBER_COUNT]
    assert accepted["suppressions"][0]["status"] == "accepted"
    assert "joined the 2 founders" in accepted["suppressions"][0]["justification"]
    assert "suppressions" not in founded
    # baselineState compares with what was known before: only an undecided finding is new
    assert founded["baselineState"] == "new"
    assert accepted["baselineState"] == "unchanged"
    rule_ids = [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]]
    assert all(rule_ids[r["ruleIndex"]] == r["ruleId"] for r in results)


def test_sarif_schema_rejects_a_broken_log(cli, example_case: Path) -> None:
    log = json.loads(cli("compare", example_case, "-f", "sarif").out)
    del log["runs"][0]["results"][0]["message"]
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert not jsonschema.Draft4Validator(schema).is_valid(log)


def test_sarif_and_junit_are_byte_identical_across_runs(cli, example_case: Path) -> None:
    for fmt in ("sarif", "junit"):
        assert (
            cli("check", example_case, "-f", fmt).out == cli("check", example_case, "-f", fmt).out
        )


def test_junit_has_a_suite_per_source_file_and_fails_on_new_errors(cli, example_case) -> None:
    run = cli("check", example_case, "-f", "junit")
    assert run.code == 1
    root = ET.fromstring(run.out)
    suites = root.findall("testsuite")
    assert len(suites) == 5 and all(s.get("name").endswith(".yaml") for s in suites)
    tr = next(s for s in suites if s.get("name").endswith("tr-agency.yaml"))
    failures = [c.get("name")[:16] for c in tr.iter("testcase") if c.find("failure") is not None]
    assert sorted(failures) == sorted([f"FC101 {FOUNDED}", f"FC107 {ORDER}"])
    skipped = [c for c in tr.iter("testcase") if c.find("skipped") is not None]
    assert [c.get("name")[:16] for c in skipped] == [f"FC103 {MEMBER_COUNT}"]
    assert "accepted: " in skipped[0].find("skipped").get("message")
    total = sum(int(s.get("failures")) for s in suites)
    assert root.get("failures") == str(total) and total == 6  # 2 errors x 3 files each


def test_github_annotations_on_both_sides_of_a_conflict(cli, example_case, monkeypatch) -> None:
    monkeypatch.chdir(example_case.parents[1])  # paths are given relative to the repository
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    run = cli("check", example_case)
    assert run.code == 1
    lines = [line for line in run.out.splitlines() if line.startswith("::")]
    founded = [line for line in lines if f"({FOUNDED})" in line]
    files = sorted(line.split("file=")[1].split(",")[0] for line in founded)
    assert files == [
        "claims/msmt-2025/sources/it-gov-statement.yaml",
        "claims/msmt-2025/sources/sadanews.yaml",
        "claims/msmt-2025/sources/tr-agency.yaml",
    ]
    assert any(",line=17," in line for line in founded)
    assert all(line.startswith("::error file=") for line in lines)
    assert not any(MEMBER_COUNT in line for line in lines)  # accepted: no annotation
    monkeypatch.delenv("GITHUB_ACTIONS")
    assert not any(line.startswith("::") for line in cli("check", example_case).out.splitlines())


def test_annotation_escaping_follows_the_toolkit() -> None:
    assert escape_data("50% off\r\nnext") == "50%25 off%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = annotation("error", "dir,x/a:b.yaml", 3, "FC101 date, again", "one\ntwo: 3, %")
    assert (
        line
        == "::error file=dir%2Cx/a%3Ab.yaml,line=3,title=FC101 date%2C again::one%0Atwo: 3, %25"
    )


def test_stale_entries_are_annotated_at_their_line(cli, example_copy, monkeypatch) -> None:
    path = example_copy / "resolutions.yaml"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\nabcdef0123:\n  status: resolved\n  note: n\n  by: a\n  at: '2025-10-25'\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    out = cli("check", example_copy).out
    assert "::warning file=" in out and "stale resolution abcdef0123" in out
    assert "::error file=" in cli("check", example_copy, "--strict").out.split("stale")[0]
    strict = [
        line
        for line in cli("check", example_copy, "--strict").out.splitlines()
        if "stale resolution abcdef0123" in line and line.startswith("::")
    ]
    assert strict and all(line.startswith("::error ") for line in strict)


def test_sarif_baselined_findings_are_unchanged(cli, example_copy: Path, tmp_path) -> None:
    baseline = tmp_path / "b.json"
    assert cli("baseline", example_copy, "-o", baseline).code == 0
    log = json.loads(cli("compare", example_copy, "-f", "sarif", "--baseline", baseline).out)
    states = {r["properties"]["status"]: r["baselineState"] for r in log["runs"][0]["results"]}
    assert states == {"baselined": "unchanged", "accepted": "unchanged"}


def test_junit_and_github_agree_between_compare_and_check(cli, example_case: Path) -> None:
    for fmt in ("junit", "github"):
        compared = cli("compare", example_case, "-f", fmt).out
        assert compared and compared == cli("check", example_case, "-f", fmt).out, fmt


def test_ci_formats_follow_the_fail_level(cli, example_case: Path) -> None:
    new = [f for f in report_findings(cli, example_case) if f["status"] == "new"]
    for level, ranks in (("error", {"error"}), ("info", {"error", "warning", "info"})):
        wanted = {f["id"] for f in new if f["severity"] in ranks}
        xml = cli("check", example_case, "-f", "junit", "--fail-on", level).out
        failed = {
            c.get("name").split()[1].rstrip(":")
            for c in ET.fromstring(xml).iter("testcase")
            if c.find("failure") is not None
        }
        assert failed == wanted, level
        github = cli("check", example_case, "-f", "github", "--fail-on", level).out
        annotated = {re.search(r"\(([0-9a-f]{10})\)::", line)[1] for line in github.splitlines()}
        assert annotated == wanted, level


def test_compare_ci_formats_read_the_configured_fail_level(cli, example_copy: Path) -> None:
    (example_copy / "factcheck.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    for fmt in ("junit", "github"):
        compared = cli("compare", example_copy, "-f", fmt).out
        assert compared == cli("check", example_copy, "-f", fmt).out, fmt
