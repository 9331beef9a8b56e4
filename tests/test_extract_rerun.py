"""Re-running extract respects the editor: edits stay, deletions stay deleted, news is added."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "The Multilateral Sanctions Monitoring Team was set up in October 2024. "
    "The MSMT has 11 member states.\n"
)


def extract(article: Path, case: Path) -> str:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "factcheck",
            "extract",
            str(article),
            "--case",
            str(case),
            "--lang",
            "en",
            "--published",
            "2025-10-22",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    return run.stderr + run.stdout


def claims(draft: Path) -> dict[str, dict]:
    data = yaml.safe_load(draft.read_text(encoding="utf-8"))
    return {c["topic"]: c for c in data["claims"]}


def test_deleted_claims_stay_deleted_and_edits_stay(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    shutil.copy(ROOT / "claims" / "msmt-2025" / "case.yaml", case / "case.yaml")
    article = tmp_path / "note.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    extract(article, case)
    draft = case / "sources" / "note.yaml"
    assert set(claims(draft)) == {"msmt.founded", "msmt.member-count"}

    # the editor deletes the count and corrects the date
    text = draft.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["claims"] = [c for c in data["claims"] if c["topic"] == "msmt.founded"]
    data["claims"][0]["note"] = "checked against the joint statement"
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
    draft.write_text(header + yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    said = extract(article, case)
    assert "added 0 new, left out 1 deleted by an editor" in said
    kept = claims(draft)
    assert set(kept) == {"msmt.founded"}
    assert kept["msmt.founded"]["note"] == "checked against the joint statement"

    # a new sentence in the article is news: it is added
    article.write_text(ARTICLE + "The team was first proposed in 2023.\n", encoding="utf-8")
    said = extract(article, case)
    assert "left out 1 deleted by an editor" in said
    assert "msmt.member-count" not in claims(draft)
