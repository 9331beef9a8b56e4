"""Input files that are not what they claim to be: each is one line, exit 2, nothing skipped."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from robust_helpers import Run, one_problem

from factcheck.io import yamlio
from factcheck.limits import MAX_NUMBER_DIGITS, MAX_YAML_FILE_BYTES


def test_broken_link_loop_fifo_and_folder_each_get_a_line(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    sources = example_copy / "sources"
    (sources / "broken.yaml").symlink_to("nowhere.yaml")
    (sources / "loop-a.yaml").symlink_to("loop-b.yaml")
    (sources / "loop-b.yaml").symlink_to("loop-a.yaml")
    os.mkfifo(sources / "pipe.yaml")  # opening it would block until someone writes
    (sources / "x.yaml").mkdir()
    run = cli("compare", example_copy)
    assert run.code == 2
    assert run.lines == [
        f"error: {sources / 'broken.yaml'}: broken symbolic link (to 'nowhere.yaml')",
        f"error: {sources / 'loop-a.yaml'}: symbolic link loop: the link leads back to itself",
        f"error: {sources / 'loop-b.yaml'}: symbolic link loop: the link leads back to itself",
        f"error: {sources / 'pipe.yaml'}: not a regular file but a named pipe (FIFO)",
        f"error: {sources / 'x.yaml'}: is a folder, not a file",
    ]


def test_a_link_to_a_good_source_file_still_loads(
    cli: Callable[..., Run], example_copy: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "kept-elsewhere.yaml"
    shutil.move(example_copy / "sources" / "nb-2019.yaml", elsewhere)
    (example_copy / "sources" / "nb-2019.yaml").symlink_to(elsewhere)
    assert cli("compare", example_copy).code == 0


def test_a_nul_byte_is_reported_once_on_its_own_line(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    path = example_copy / "sources" / "sadanews.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[17] += "\x00"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert one_problem(cli("compare", example_copy)) == (
        f"error: {path}:18: invalid YAML: control character U+0000 is not allowed"
    )


def test_an_empty_case_yaml_is_one_line(cli: Callable[..., Run], example_copy: Path) -> None:
    path = example_copy / "case.yaml"
    path.write_text("", encoding="utf-8")
    assert one_problem(cli("compare", example_copy)) == (
        f"error: {path}:1: empty file: a case needs at least 'title:'"
    )


def test_a_case_yaml_that_is_no_mapping_adds_no_follow_on_lines(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    path = example_copy / "case.yaml"
    path.write_text("- just a list\n", encoding="utf-8")
    assert one_problem(cli("compare", example_copy)) == (
        f"error: {path}:1: expected a mapping of keys at the top level"
    )


@pytest.mark.parametrize("spelling", [".", ""])
def test_compare_here_without_case_yaml(
    cli: Callable[..., Run], example_copy: Path, monkeypatch: pytest.MonkeyPatch, spelling: str
) -> None:
    (example_copy / "case.yaml").unlink()
    monkeypatch.chdir(example_copy)
    # the example's claims name catalog topics: one line says so, not one per claim
    assert one_problem(cli("compare", spelling)) == (
        "error: case.yaml: no such file, yet 30 claims name catalog topics "
        "(the first, 'msmt.members', at sources/it-gov-statement.yaml:17)"
    )
    for path in (example_copy / "sources").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(
            "\n".join(x for x in text.split("\n") if not x.startswith("    topic: ")),
            encoding="utf-8",
        )
    run = cli("compare", spelling, "-f", "json")
    assert run.code == 0, run.err
    assert '"title": "msmt-2025"' in run.out  # named after the folder '.' stands for


def test_an_unreadable_sources_folder_is_one_line(
    cli: Callable[..., Run], example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = example_copy / "sources"
    real_scandir = os.scandir

    def denied(path: object = ".") -> object:
        if Path(str(path)) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", denied)
    for command in ("compare", "check"):
        assert one_problem(cli(command, example_copy)) == (
            f"error: {folder}: cannot read the folder: Permission denied"
        )


def test_an_oversized_source_file_is_refused_without_parsing_it(
    cli: Callable[..., Run], example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = example_copy / "sources" / "big.yaml"
    claim = (example_copy / "sources" / "sadanews.yaml").read_text(encoding="utf-8")
    with path.open("w", encoding="utf-8") as handle:
        while handle.tell() <= MAX_YAML_FILE_BYTES:
            handle.write(claim)
    parsed: list[Path] = []
    real = yamlio.parse_yaml
    monkeypatch.setattr(yamlio, "parse_yaml", lambda t, p: parsed.append(p) or real(t, p))
    line = one_problem(cli("compare", example_copy))
    assert line.startswith(f"error: {path}: 1.0 MiB: larger than 1 MiB, the limit for a YAML file")
    assert path not in parsed and len(parsed) == 6  # case.yaml and the five good sources


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path: Path) -> None:
    from factcheck.errors import FactcheckError
    from factcheck.io.files import read_limited

    path = tmp_path / "s.yaml"
    path.write_bytes(b"x" * 11)
    with pytest.raises(FactcheckError, match="larger than 10 bytes, the limit for a test"):
        read_limited(path, 10, "a test")


_STATUS = Path("/proc/self/status")  # its size on disk is 0, whatever it holds


@pytest.mark.skipif(not _STATUS.is_file(), reason="needs Linux's /proc")
def test_a_file_longer_than_its_size_on_disk_is_read_to_the_end_or_the_limit() -> None:
    from factcheck.errors import FactcheckError
    from factcheck.io.files import read_limited

    assert os.stat(_STATUS).st_size == 0
    text = read_limited(_STATUS, 1 << 20, "a test")
    assert text.startswith(b"Name:") and text.endswith(b"\n") and len(text) > 100
    with pytest.raises(FactcheckError, match="larger than 10 bytes, the limit for a test"):
        read_limited(_STATUS, 10, "a test")


@pytest.mark.parametrize("where", ["count", "top"])
def test_a_number_with_too_many_digits_is_our_own_message(
    cli: Callable[..., Run], example_copy: Path, where: str
) -> None:
    path = example_copy / "sources" / "digits.yaml"
    digits = "7" * 5000  # past Python's own 4,300-digit limit for int()
    if where == "top":
        path.write_text(digits, encoding="utf-8")
        line_no = 1
    else:
        text = (example_copy / "sources" / "nb-2019.yaml").read_text(encoding="utf-8")
        text = text.replace("id: nb-2019", "id: digits").replace("count: 35", f"count: {digits}", 1)
        line_no = text[: text.index(digits)].count("\n") + 1
        path.write_text(text, encoding="utf-8")
    assert one_problem(cli("compare", example_copy)) == (
        f"error: {path}:{line_no}: a number of 5,000 digits: numbers have at most "
        f"{MAX_NUMBER_DIGITS:,}"
    )


@pytest.mark.parametrize(("text", "line"), [("[", 1), ("a: 1\nb: [\n", 2), ("a: 1\nb: {x\n\n", 3)])
def test_a_syntax_error_at_the_end_names_a_line_the_file_has(text: str, line: int) -> None:
    from factcheck.errors import FactcheckError
    from factcheck.io.yamlio import parse_yaml

    with pytest.raises(FactcheckError) as caught:
        parse_yaml(text, Path("end.yaml"))
    assert [p.line for p in caught.value.problems] == [line]


def test_sources_that_is_a_file_says_so(cli: Callable[..., Run], example_copy: Path) -> None:
    folder = example_copy / "sources"
    shutil.rmtree(folder)
    folder.write_text("not a folder\n", encoding="utf-8")
    assert one_problem(cli("compare", example_copy)) == (
        f"error: {folder}: not a folder: a case keeps one file per source there"
    )


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("!!int ", 1, "'' is not a valid !!int value"),
        ("a: 1\nb: !!bool maybe\n", 2, "'maybe' is not a valid !!bool value"),
        ("a:\n  b: !!float \n", 2, "'' is not a valid !!float value"),
    ],
)
def test_a_tagged_value_yaml_cannot_build_is_one_problem(
    text: str, line: int, message: str
) -> None:
    # PyYAML's own constructors raise IndexError and KeyError on these (found by fuzzing)
    from factcheck.errors import FactcheckError
    from factcheck.io.yamlio import parse_yaml

    with pytest.raises(FactcheckError) as caught:
        parse_yaml(text, Path("tag.yaml"))
    assert [str(p) for p in caught.value.problems] == [f"tag.yaml:{line}: invalid YAML: {message}"]


def test_lines_are_counted_as_editors_count_them(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    # YAML also breaks lines at NEL, LINE and PARAGRAPH SEPARATOR; editors, grep and git
    # do not, so a quote pasted with one must not push every later line number down
    path = example_copy / "sources" / "sadanews.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("    quote: pas moins de", '    quote: "\u2028pas\x85moins\u2029de', 1)
    text = text.replace(
        "entre janvier et septembre 2025\n", 'entre janvier et septembre 2025"\n', 1
    )
    text = text.replace("    property: hacked\n", "    property: hacked\n    qualifer: about\n", 1)
    path.write_text(text, encoding="utf-8")
    line = text.split("\n").index("    qualifer: about") + 1
    assert one_problem(cli("compare", example_copy)) == (
        f"error: {path}:{line}: unknown key 'qualifer' in claims[2] (did you mean 'qualifier'?)"
    )


@pytest.mark.parametrize(
    ("text", "line"),
    [("a: 1\rb: 2\rb: 3\r", 3), ("a: 1\r\nb: 2\r\nb: 3\r\n", 3), ('a: "x\x85y"\nb: 2\nb: 3\n', 3)],
)
def test_duplicate_key_lines_with_any_line_ending(text: str, line: int) -> None:
    from factcheck.errors import FactcheckError
    from factcheck.io.yamlio import parse_yaml

    with pytest.raises(FactcheckError) as caught:
        parse_yaml(text, Path("d.yaml"))
    assert [p.line for p in caught.value.problems] == [line]


def test_an_empty_document_at_the_end_is_on_the_last_line() -> None:
    # found by fuzzing: the parser puts the mark of "---\n  " on a third line
    from factcheck.io.yamlio import parse_yaml

    document = parse_yaml("---\n  ", Path("end.yaml"))
    assert document.line_of(["claims", 0]) == 2 == document.last_line


def test_a_kind_that_is_no_name_is_a_problem_not_a_crash(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    # found by fuzzing: looking up the key suggestions for {kind: []} raised TypeError
    path = example_copy / "case.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nrules: {FC109: {kind: [], wrong: 1}}\n",
        encoding="utf-8",
    )
    run = cli("compare", example_copy)
    assert run.code == 2
    assert all(line.startswith(f"error: {path}:") for line in run.lines), run.err
    assert any("unknown key 'kind' in rules.FC109" in line for line in run.lines)
