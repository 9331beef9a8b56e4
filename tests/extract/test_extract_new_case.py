"""From a folder of articles to a case with no hand-written catalog, through the CLI."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from factcheck.cli import app

ONE = "Flood in the valley\n\nThe flood killed 14 people on Tuesday, officials said.\n"
TWO = "Valley flood toll\n\nAt least 19 people were killed by the flood, the mayor said.\n"
TROIS = "Crue dans la vallée\n\nLa crue a fait 14 morts mardi, selon les autorités.\n"


def _articles(tmp_path: Path) -> list[str]:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("one.txt", ONE), ("two.txt", TWO), ("trois.txt", TROIS)):
        (folder / name).write_text(text, encoding="utf-8")
    manifest = folder / "manifest.csv"
    manifest.write_text(
        "file,outlet,published\none.txt,Valley Post,2025-06-03\n"
        "two.txt,Hill Herald,2025-06-03\ntrois.txt,La Gazette,2025-06\n",
        encoding="utf-8",
    )
    return [str(folder / n) for n in ("one.txt", "two.txt", "trois.txt")]


def test_extract_creates_the_case_and_proposes_its_catalog(tmp_path: Path) -> None:
    case = tmp_path / "flood"
    files = _articles(tmp_path)
    manifest = str(tmp_path / "articles" / "manifest.csv")
    runner = CliRunner()
    result = runner.invoke(app, ["extract", *files, "--case", str(case), "--manifest", manifest])
    assert result.exit_code == 0, result.output
    assert f"factcheck compare {case}" in result.output
    spec = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    assert spec["title"] == "Flood in the valley"
    deaths = next(t for t in spec["topics"] if t["id"] == "deaths")
    assert deaths["proposed"] and deaths["evolving"]
    one = yaml.safe_load((case / "sources" / "one.yaml").read_text(encoding="utf-8"))
    assert one["outlet"] == "Valley Post" and one["published"] == "2025-06-03"
    assert [c["topic"] for c in one["claims"] if "14" in c["quote"]] == ["deaths"]
    trois = yaml.safe_load((case / "sources" / "trois.yaml").read_text(encoding="utf-8"))
    assert trois["published"] == "2025-06" and trois["language"] == "fr"

    compare = runner.invoke(app, ["compare", str(case), "--format", "json"])
    report = yaml.safe_load(compare.stdout)
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert [sorted(g["sources"]) for g in errors[0]["groups"]] == [["one", "trois"], ["two"]]


def test_a_second_run_keeps_the_editors_catalog(tmp_path: Path) -> None:
    case = tmp_path / "flood"
    files = _articles(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["extract", files[0], "--case", str(case)]).exit_code == 0
    path = case / "case.yaml"
    path.write_text(path.read_text().replace("label: Deaths", "label: Flood deaths"))
    assert runner.invoke(app, ["extract", *files[1:], "--case", str(case)]).exit_code == 0
    assert "label: Flood deaths" in path.read_text()


def test_a_file_without_a_date_still_gets_its_figures(tmp_path: Path) -> None:
    case = tmp_path / "flood"
    files = _articles(tmp_path)
    result = CliRunner().invoke(app, ["extract", files[1], "--case", str(case)])
    assert result.exit_code == 0, result.output
    two = yaml.safe_load((case / "sources" / "two.yaml").read_text(encoding="utf-8"))
    assert "published" not in two and two["claims"]
