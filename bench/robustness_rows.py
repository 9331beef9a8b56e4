"""Rows of the robustness matrix for loading, reviewing and writing (extract has its own)."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import tempfile
from pathlib import Path

from robustness_inputs import (
    CONTROLS,
    FORMULAS,
    MB,
    RAW_CONTROL,
    Outcome,
    Scenario,
    _fill,
    laughs,
    one_line,
    open_up,
    row,
    set_quote,
    source,
    valid_claims,
)

CASE = "case"


# --- valid input and what a user meets first ------------------------------------------------


@row("valid", "compare the example case")
def _example(folder: Path) -> Scenario:
    return Scenario(["compare", CASE], expect=(0,))


@row("valid", "--version")
def _version(folder: Path) -> Scenario:
    return Scenario(["--version"], expect=(0,), check=lambda o: None if o.out else "no output")


@row("valid", "report says where it wrote")
def _report_path(folder: Path) -> Scenario:
    def wrote(o: Outcome) -> str | None:
        return None if o.err.strip() == "wrote case/report.html" else "no 'wrote' line"

    return Scenario(["report", CASE], expect=(0,), check=wrote)


@row("valid", "compare at COLUMNS=60")
def _narrow(folder: Path) -> Scenario:
    def fits(o: Outcome) -> str | None:
        widest = max(len(line) for line in o.out.splitlines())
        return None if widest <= 60 else f"a line of {widest} columns"

    return Scenario(["compare", CASE], expect=(0,), check=fits, env={"COLUMNS": "60"})


@row("valid", "source file of 1 MiB less 2 KB (largest allowed)")
def _largest(folder: Path) -> Scenario:
    size = valid_claims(folder, source(folder, "big.yaml"), (1 << 20) - 2000)
    return Scenario(["compare", CASE, "-f", "json"], expect=(0,), input_bytes=size)


# --- YAML aliases ----------------------------------------------------------------------------


@row("yaml", "billion laughs in sources/ (342 bytes)")
def _bomb_source(folder: Path) -> Scenario:
    source(folder, "lol.yaml").write_text(laughs(), encoding="utf-8")
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "limit on alias expansion"))


@row("yaml", "billion laughs in case.yaml")
def _bomb_case(folder: Path) -> Scenario:
    path = folder / CASE / "case.yaml"
    path.write_text(path.read_text(encoding="utf-8") + laughs(), encoding="utf-8")
    return Scenario(["check", CASE], check=lambda o: one_line(o, "limit on alias expansion"))


@row("yaml", "billion laughs inside a claim")
def _bomb_claim(folder: Path) -> Scenario:
    path = source(folder, "sadanews.yaml")
    bomb = "".join(f"      {line}\n" for line in laughs().splitlines())
    text = path.read_text(encoding="utf-8").replace(
        "    quote: pas moins", "    extra:\n" + bomb + "    quote: pas moins", 1
    )
    path.write_text(text, encoding="utf-8")
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "limit on alias expansion"))


@row("yaml", "billion laughs of merge keys (<<)")
def _bomb_merge(folder: Path) -> Scenario:
    text = "a: &m0 {x: 1, y: 2, z: 3, w: 4}\n"
    for n in range(1, 30):
        text += f"m{n}: &m{n} {{<<: [{', '.join([f'*m{n - 1}'] * 4)}], k{n}: 1}}\n"
    source(folder, "merge.yaml").write_text(text, encoding="utf-8")
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "limit on alias expansion"))


@row("yaml", "recursive alias")
def _recursive(folder: Path) -> Scenario:
    source(folder, "loop.yaml").write_text("id: loop\nclaims: &c\n  - *c\n", encoding="utf-8")
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "recursion"))


@row("yaml", "10,000 nested flow sequences")
def _deep(folder: Path) -> Scenario:
    source(folder, "deep.yaml").write_text("[" * 10_000 + "]" * 10_000, encoding="utf-8")
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "deep.yaml:1:"))


# --- what used to end in a traceback ---------------------------------------------------------


def _unreadable_sources(folder: Path, command: str) -> Scenario:
    open_up(folder)
    (folder / CASE / "sources").chmod(0)
    return Scenario(
        [command, CASE],
        as_other_user=True,
        check=lambda o: one_line(o, "sources: cannot read the folder"),
    )


@row("traceback", "unreadable sources/ (compare)")
def _unreadable_compare(folder: Path) -> Scenario:
    return _unreadable_sources(folder, "compare")


@row("traceback", "unreadable sources/ (check)")
def _unreadable_check(folder: Path) -> Scenario:
    return _unreadable_sources(folder, "check")


@row("traceback", "compare . : sources/ but no case.yaml")
def _here(folder: Path) -> Scenario:
    (folder / CASE / "case.yaml").unlink()
    os.rename(folder / CASE, folder / "here")
    os.mkdir(folder / CASE)
    os.rename(folder / "here", folder / CASE / "here")
    return Scenario(
        ["compare", "."],
        check=lambda o: one_line(o, "case.yaml: no such file"),
        cwd="case/here",
    )


@row("traceback", "compare '' : sources/ but no case.yaml")
def _empty_arg(folder: Path) -> Scenario:
    scenario = _here(folder)
    scenario.args = ["compare", ""]
    return scenario


@row("traceback", "resolve in a read-only case folder")
def _read_only(folder: Path) -> Scenario:
    open_up(folder)
    (folder / CASE).chmod(0o555)
    return Scenario(
        ["resolve", CASE, "cc23", "--status", "accepted", "--note", "n", "--by", "b"],
        as_other_user=True,
        check=lambda o: one_line(o, "cannot write"),
    )


@row("traceback", "resolve by a second user of the machine")
def _second_user(folder: Path) -> Scenario:
    open_up(folder)
    os.umask(0o022)
    first = ["resolve", CASE, "cc23", "--status", "accepted", "--note", "first", "--by", "a"]

    def no_lock_left(o: Outcome) -> str | None:
        left = [p.name for p in (o.folder / CASE).iterdir() if p.name.endswith(".lock")]
        # where the lock used to live: the shared temporary folder, named by a hash of the path
        resolutions = str((o.folder / CASE / "resolutions.yaml").resolve())
        digest = hashlib.sha256(resolutions.encode()).hexdigest()[:16]
        old = Path(tempfile.gettempdir()) / f"factcheck-resolutions-{digest}.lock"
        left += [old.name] if old.exists() else []
        return f"lock files left: {left}" if left else None

    return Scenario(
        ["resolve", CASE, "018a", "--status", "accepted", "--note", "second", "--by", "b"],
        expect=(0,),
        as_other_user=True,
        before=[first],
        check=no_lock_left,
    )


# --- what a claim file says reaches readers as text --------------------------------------------


@row("output", "CSV formula injection in quote and attribution")
def _formulas(folder: Path) -> Scenario:
    set_quote(folder, FORMULAS[0], attribution=FORMULAS[1])
    path = source(folder, "tr-agency.yaml")
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "attribution: MSMT report", f"attribution: '{FORMULAS[2]}'", 1
        ),
        encoding="utf-8",
    )

    def inert(o: Outcome) -> str | None:
        cells = [c for r in csv.reader(io.StringIO(o.out)) for c in r]
        bad = [c for c in cells if c.startswith(("=", "+", "@", "\t", "\r"))]
        return f"formula cells: {bad[:2]}" if bad else None

    return Scenario(["report", CASE, "-f", "csv", "-o", "-"], expect=(0,), check=inert)


def _controls(folder: Path, args: list[str]) -> Scenario:
    set_quote(folder, CONTROLS)

    def clean(o: Outcome) -> str | None:
        raw = RAW_CONTROL.findall(o.out.replace("\r\n", "\n"))
        return f"raw control characters: {sorted(set(raw))!r}" if raw else None

    return Scenario(args, expect=(0,), check=clean)


@row("output", "ESC, BEL, NUL, bidi override: terminal")
def _controls_terminal(folder: Path) -> Scenario:
    return _controls(folder, ["compare", CASE])


@row("output", "ESC, BEL, NUL, bidi override: CSV")
def _controls_csv(folder: Path) -> Scenario:
    return _controls(folder, ["report", CASE, "-f", "csv", "-o", "-"])


@row("output", "ESC, BEL, NUL, bidi override: HTML")
def _controls_html(folder: Path) -> Scenario:
    return _controls(folder, ["report", CASE, "-f", "html", "-o", "-"])


# --- big files and odd entries ---------------------------------------------------------------


def _big(folder: Path, size: int) -> Scenario:
    written = valid_claims(folder, source(folder, "big.yaml"), size)
    return Scenario(
        ["compare", CASE],
        check=lambda o: one_line(o, "the limit for a YAML file"),
        input_bytes=written,
    )


@row("size", "10 MB source file of valid claims")
def _big10(folder: Path) -> Scenario:
    return _big(folder, 10 * MB)


@row("size", "100 MB source file of valid claims")
def _big100(folder: Path) -> Scenario:
    return _big(folder, 100 * MB)


@row("size", "2 MB of digits")
def _digits(folder: Path) -> Scenario:
    size = _fill(source(folder, "digits.yaml"), 2 * MB, "1234567890" * 1000)
    return Scenario(
        ["compare", CASE],
        check=lambda o: one_line(o, "the limit for a YAML file"),
        input_bytes=size,
    )


@row("size", "a 5,000-digit count")
def _long_number(folder: Path) -> Scenario:
    path = source(folder, "nb-2019.yaml")
    path.write_text(path.read_text(encoding="utf-8").replace("count: 35", "count: " + "7" * 5000))
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "nb-2019.yaml:37:", "digits"))


@row("files", "broken symbolic link")
def _broken(folder: Path) -> Scenario:
    source(folder, "gone.yaml").symlink_to("nowhere.yaml")
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "broken symbolic link"))


@row("files", "symbolic link loop")
def _loop(folder: Path) -> Scenario:
    source(folder, "a.yaml").symlink_to("b.yaml")
    source(folder, "b.yaml").symlink_to("a.yaml")
    return Scenario(
        ["compare", CASE], check=lambda o: None if o.err.count("link loop") == 2 else "not 2 lines"
    )


@row("files", "named pipe (FIFO) as a source")
def _fifo(folder: Path) -> Scenario:
    os.mkfifo(source(folder, "pipe.yaml"))
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "named pipe"))


@row("files", "folder named x.yaml in sources/")
def _folder(folder: Path) -> Scenario:
    source(folder, "x.yaml").mkdir()
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "is a folder"))


@row("files", "NUL byte on line 18")
def _nul(folder: Path) -> Scenario:
    path = source(folder, "sadanews.yaml")
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[17] += "\x00"
    path.write_text("\n".join(lines), encoding="utf-8")
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "sadanews.yaml:18:", "U+0000"))


@row("files", "empty case.yaml")
def _empty_case(folder: Path) -> Scenario:
    (folder / CASE / "case.yaml").write_text("", encoding="utf-8")
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "case.yaml:1: empty file"))


@row("files", "Latin-1 bytes in a source file")
def _latin1(folder: Path) -> Scenario:
    path = source(folder, "sadanews.yaml")
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1", errors="replace"))
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "not UTF-8"))


@row("files", "case.yaml is a folder")
def _case_folder(folder: Path) -> Scenario:
    (folder / CASE / "case.yaml").unlink()
    (folder / CASE / "case.yaml").mkdir()
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "is a folder"))


@row("files", "sources/ is a file")
def _sources_file(folder: Path) -> Scenario:
    shutil.rmtree(folder / CASE / "sources")
    (folder / CASE / "sources").write_text("x\n", encoding="utf-8")
    return Scenario(["compare", CASE], check=lambda o: one_line(o, "sources: not a folder"))


@row("traceback", "unreadable case.yaml")
def _unreadable_case_yaml(folder: Path) -> Scenario:
    open_up(folder)
    (folder / CASE / "case.yaml").chmod(0)
    return Scenario(
        ["compare", CASE], as_other_user=True, check=lambda o: one_line(o, "case.yaml: cannot read")
    )


@row("traceback", "unreadable resolutions.yaml (check)")
def _unreadable_resolutions(folder: Path) -> Scenario:
    open_up(folder)
    (folder / CASE / "resolutions.yaml").chmod(0)
    return Scenario(
        ["check", CASE], as_other_user=True, check=lambda o: one_line(o, "resolutions.yaml")
    )


@row("traceback", "report into a read-only folder")
def _report_read_only(folder: Path) -> Scenario:
    open_up(folder)
    (folder / CASE).chmod(0o555)
    return Scenario(
        ["report", CASE], as_other_user=True, check=lambda o: one_line(o, "cannot write")
    )
