"""extract given a folder: the article files it holds, in name order; notes, hidden files and
subfolders are left alone."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.cli.article_paths import article_paths

PORT = "The port authority said on 4 May 2025 that 1,450 ships had called there in April.\n"
HALL = "<html><body><p>The town hall was rebuilt in 1987 for 12 million euros.</p></body></html>"


def _story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "b_port.txt").write_text(PORT, encoding="utf-8")
    (folder / "a_hall.HTML").write_text(HALL, encoding="utf-8")
    (folder / "NOTES.md").write_text("# what to check\n", encoding="utf-8")
    (folder / ".draft.txt").write_text(PORT, encoding="utf-8")
    (folder / "older").mkdir()
    (folder / "older" / "c_old.txt").write_text(PORT, encoding="utf-8")
    return folder


def test_a_folder_stands_for_its_article_files_in_name_order(tmp_path: Path) -> None:
    folder = _story(tmp_path)
    single = tmp_path / "single.md"
    assert article_paths([folder, single]) == [
        folder / "a_hall.HTML",
        folder / "b_port.txt",
        single,
    ]


def test_a_folder_with_no_article_is_kept_to_be_reported(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "README.md").write_text("nothing here\n", encoding="utf-8")
    assert article_paths([empty]) == [empty]


def test_extract_drafts_every_article_of_a_folder(tmp_path: Path) -> None:
    folder = _story(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    case = tmp_path / "case"
    args = ["extract", str(folder), str(empty), "--case", str(case), "--lang", "en"]
    result = CliRunner().invoke(app, [*args, "--published", "2025-05-05"])
    assert result.exit_code == 2  # the empty folder is a problem of its own
    assert f"{empty}: is a folder with no article file (.txt, .html, .htm) in it" in result.output
    assert sorted(p.name for p in (case / "sources").iterdir()) == ["a_hall.yaml", "b_port.yaml"]
    assert "Traceback" not in result.output
