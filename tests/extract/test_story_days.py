"""Days of the month an undated article names, completed from the articles extracted with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.extract.pipeline.extract import ArticleInfo, draft_article
from factcheck.extract.pipeline.story_days import story_day
from factcheck.models.case import CaseSpec

# our own text: a day and month with no year, a weekday with its day, and "today"
UNDATED = "Um museu foi assaltado em 19 de outubro. A polícia falou no sábado (25) e hoje.\n"


def _dates(info: ArticleInfo, text: str = UNDATED) -> list[dict[str, Any]]:
    draft = draft_article(text, info, CaseSpec(title="t"))
    claims = [*draft.source["claims"], *draft.candidates]
    return [c["value"] for c in claims if c["value"]["kind"] == "date"]


def test_the_latest_day_among_publication_dates() -> None:
    assert story_day(["2025-10", "2025-10-21", None, "2025-10-19T08:00"]) == "2025-10-21"
    assert story_day(["2025", "2025-13-40", None]) is None


def test_stated_days_are_completed_and_relative_words_stay_unresolved() -> None:
    info = ArticleInfo(name="a.txt", language="pt", story_day="2025-10-27")
    dates = _dates(info)
    assert {"kind": "date", "date": "2025-10-19"} in dates
    assert {"kind": "date", "date": "2025-10-25", "weekday": "saturday"} in dates
    assert {"kind": "date", "ago": "P0D"} in dates  # "hoje": still today of an unknown day
    assert "published" not in draft_article(UNDATED, info, CaseSpec(title="t")).source


def test_an_article_with_its_own_date_reads_its_days_by_it() -> None:
    info = ArticleInfo(name="a.txt", language="pt", published="2026-10-30", story_day="2025-10-27")
    assert {"kind": "date", "date": "2026-10-19"} in _dates(info)


def test_no_story_day_leaves_the_days_unread() -> None:
    dates = _dates(ArticleInfo(name="a.txt", language="pt"))
    assert all("date" not in d for d in dates)


def test_extract_completes_an_undated_article_from_the_others(tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_text("O museu reabriu no dia 20.\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "file,language,published\ndated.txt,pt,2025-10-27\nundated.txt,pt,\n", encoding="utf-8"
    )
    case = tmp_path / "case"
    args = ["extract", str(tmp_path / "dated.txt"), str(tmp_path / "undated.txt")]
    result = CliRunner().invoke(app, [*args, "--case", str(case), "--manifest", str(manifest)])
    assert result.exit_code == 0, result.output
    source = yaml.safe_load((case / "sources" / "undated.yaml").read_text(encoding="utf-8"))
    assert "completed from 2025-10-27" in source["note"]
    assert "published" not in source
