"""`factcheck resolve`: decisions recorded sorted, atomically, under a lock; ids by prefix."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import FOUNDED, MEMBER_COUNT, ORDER, report_findings

from factcheck.errors import FactcheckError
from factcheck.review import resolutions
from factcheck.review.lock import lock_path
from factcheck.review.resolutions import Entry, load_resolutions, record

ROOT = Path(__file__).resolve().parents[2]


def test_resolve_records_status_note_who_when_and_value(cli, example_copy: Path) -> None:
    run = cli(
        "resolve", example_copy, FOUNDED[:4], "--status", "resolved",
        "--note", "October 2024: the Turkish story slipped a year", "--by", "Ana",
        "--at", "2025-10-26T08:00:00Z", "--value", "October 2024",
    )  # fmt: skip
    assert run.code == 0, run.err
    assert FOUNDED in run.out
    data = yaml.safe_load((example_copy / "resolutions.yaml").read_text(encoding="utf-8"))
    assert data[FOUNDED] == {
        "status": "resolved",
        "note": "October 2024: the Turkish story slipped a year",
        "by": "Ana",
        "at": "2025-10-26T08:00:00Z",
        "value": "October 2024",
    }
    assert MEMBER_COUNT in data  # the existing decision is kept


def test_file_is_sorted_one_block_per_entry_and_stable(cli, example_copy: Path) -> None:
    for finding, who in ((ORDER, "B"), (FOUNDED, "A")):
        args = ("--status", "accepted", "--note", "n", "--by", who, "--at", "2025-10-26")
        assert cli("resolve", example_copy, finding, *args).code == 0
    path = example_copy / "resolutions.yaml"
    text = path.read_text(encoding="utf-8")
    keys = [line[:-1] for line in text.splitlines() if line and line[0] not in " #"]
    assert keys == sorted([ORDER, FOUNDED, MEMBER_COUNT])
    assert text.count("\n\n") == 3  # header, then a blank line before each later block
    # rewriting the same decisions gives the same bytes
    assert resolutions.render_resolutions(load_resolutions(path)) == text


def test_who_defaults_to_git_user_then_user(cli, example_copy, tmp_path, monkeypatch) -> None:
    gitconfig = tmp_path / "gitconfig"
    gitconfig.write_text("[user]\n\tname = Git Editor\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(gitconfig))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    assert cli("resolve", example_copy, FOUNDED, "--status", "accepted", "--note", "n").code == 0
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("USER", "shell-editor")
    monkeypatch.setenv("LOGNAME", "shell-editor")
    assert cli("resolve", example_copy, ORDER, "--status", "accepted", "--note", "n").code == 0
    entries = load_resolutions(example_copy / "resolutions.yaml")
    assert entries[FOUNDED].by == "Git Editor"
    assert entries[ORDER].by == "shell-editor"
    assert entries[ORDER].at.endswith("Z")


def test_unknown_id_exits_2_and_suggests_the_closest(cli, example_copy: Path) -> None:
    run = cli("resolve", example_copy, "4321be642d", "--status", "resolved", "--note", "n")
    assert run.code == 2
    assert "no finding with id '4321be642d'" in run.err and MEMBER_COUNT in run.err
    assert "Traceback" not in run.err


def test_ambiguous_prefix_exits_2_listing_the_matches(cli, example_copy: Path) -> None:
    run = cli("resolve", example_copy, "4", "--status", "resolved", "--note", "n")
    assert run.code == 2
    assert "ambiguous" in run.err and MEMBER_COUNT in run.err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--status", "wontfix", "--note", "n"), "unknown status 'wontfix'"),
        (("--status", "resolved", "--note", "  "), "--note: must not be empty"),
        (("--status", "resolved", "--note", "n", "--at", "soon"), "'soon' is not an ISO 8601"),
        (("--note", "n"), "--status"),
    ],
)
def test_bad_options_exit_2(cli, example_copy: Path, args, expected: str) -> None:
    run = cli("resolve", example_copy, FOUNDED, *args)
    assert run.code == 2
    assert expected in run.err


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("4321be642c:\n  status: accepted\n  note: n\n  by: a\n  at: 2025-10-25\n  why: x\n",
         6, "4321be642c: unknown key 'why'"),
        ("4321be642c:\n  status: maybe\n  note: n\n  by: a\n  at: 2025-10-25\n",
         2, "4321be642c: status:"),
        ("4321be642c:\n  status: accepted\n  by: a\n  at: 2025-10-25\n",
         2, "missing required key 'note'"),
        ("x:\n  status: accepted\n", 1, "'x' is not a finding id"),
        ("- 4321be642c\n", 1, "expected a mapping"),
    ],
)  # fmt: skip
def test_bad_resolutions_file_exits_2_with_path_and_line(
    cli, example_copy: Path, text: str, line: int, message: str
) -> None:
    path = example_copy / "resolutions.yaml"
    path.write_text(text, encoding="utf-8")
    run = cli("check", example_copy)
    assert run.code == 2, run.out
    assert f"{path}:{line}: " in run.err and message in run.err
    assert "Traceback" not in run.err


def test_decision_is_written_while_the_lock_is_held(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "resolutions.yaml"
    seen: list[bool] = []
    real_write = resolutions.write_atomic

    def spy(target: Path, text: str) -> None:
        fd = os.open(lock_path(path), os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            seen.append(True)  # another editor would have to wait here
        else:
            seen.append(False)
        finally:
            os.close(fd)
        real_write(target, text)

    monkeypatch.setattr(resolutions, "write_atomic", spy)
    entry = Entry(status="accepted", note="n", by="a", at="2025-10-25")
    record(path, MEMBER_COUNT, entry)
    assert seen == [True]
    assert load_resolutions(path) == {MEMBER_COUNT: entry}


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "resolutions.yaml"
    record(path, MEMBER_COUNT, Entry(status="accepted", note="n", by="a", at="2025-10-25"))
    before = path.read_bytes()

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(FactcheckError, match="cannot write"):
        record(path, FOUNDED, Entry(status="accepted", note="n", by="a", at="2025-10-25"))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["resolutions.yaml"]


def test_concurrent_resolves_lose_no_decision(cli, example_copy: Path) -> None:
    # six open findings, taken from the report so that a new rule does not break the test
    ids = [f["id"] for f in report_findings(cli, example_copy) if f["status"] == "new"][:6]
    assert len(ids) == 6
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "factcheck", "resolve", str(example_copy), finding_id,
             "--status", "accepted", "--note", f"editor {n}", "--by", f"e{n}",
             "--at", "2025-10-26"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        for n, finding_id in enumerate(ids)
    ]  # fmt: skip
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    entries = load_resolutions(example_copy / "resolutions.yaml")
    assert set(entries) == {*ids, MEMBER_COUNT}


def test_two_editors_branches_merge_cleanly_in_git(cli, example_copy: Path) -> None:
    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
            cwd=example_copy, capture_output=True, text=True, check=True,
        )  # fmt: skip

    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-q", "-m", "base")
    git("checkout", "-q", "-b", "ana")
    assert cli("resolve", example_copy, FOUNDED, "--status", "resolved", "--note", "a",
               "--by", "ana", "--at", "2025-10-26").code == 0  # fmt: skip
    git("commit", "-q", "-am", "ana")
    git("checkout", "-q", "main")
    assert cli("resolve", example_copy, ORDER, "--status", "false-positive", "--note", "b",
               "--by", "ben", "--at", "2025-10-26").code == 0  # fmt: skip
    git("commit", "-q", "-am", "ben")
    git("merge", "-q", "--no-edit", "ana")  # check=True: a conflict fails the test
    entries = load_resolutions(example_copy / "resolutions.yaml")
    assert set(entries) == {FOUNDED, ORDER, MEMBER_COUNT}


def test_loading_a_missing_file_means_no_decisions(tmp_path: Path) -> None:
    assert load_resolutions(tmp_path / "resolutions.yaml") == {}
    (tmp_path / "resolutions.yaml").write_text("a: [", encoding="utf-8")
    with pytest.raises(FactcheckError):
        load_resolutions(tmp_path / "resolutions.yaml")
