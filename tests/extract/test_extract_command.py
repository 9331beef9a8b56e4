"""The extract command end to end: an article of our own into a temp case, compare, re-run."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from factcheck.cli import app

CASE = """\
title: A test story
topics:
  - id: fund.founded
    kind: date
    subjects: [Harbour Fund, the fund]
    properties: [founded, set up]
  - id: fund.raised
    kind: amount
    subjects: [Harbour Fund, the fund]
    properties: [raised, collected]
  - id: fund.members
    kind: set
    subjects: [Harbour Fund, the fund]
    properties: [members, comprises]
"""

ARTICLE = """\
Harbour Fund reports a record year

The Harbour Fund was founded in March 2021 by a group of port cities.
Since then the fund raised at least $4.5 billion between January and June 2024.
The fund comprises Chile, Peru and Portugal.
Accept our cookies to continue reading.
"""


def _case(tmp_path: Path) -> Path:
    case = tmp_path / "case"
    case.mkdir()
    (case / "case.yaml").write_text(CASE, encoding="utf-8")
    return case


def _extract(case: Path, *articles: Path) -> object:
    args = ["extract", *map(str, articles), "--case", str(case), "--published", "2025-10-22"]
    return CliRunner().invoke(app, args)


def test_extract_writes_a_draft_that_compare_reads_and_reruns_keep_edits(tmp_path):
    case = _case(tmp_path)
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = _extract(case, article)
    assert result.exit_code == 0, result.output
    draft_path = case / "sources" / "harbour.yaml"
    draft = yaml.safe_load(draft_path.read_text(encoding="utf-8"))
    by_topic = {c["topic"]: c for c in draft["claims"]}
    assert by_topic["fund.founded"]["value"] == {"kind": "date", "date": "2021-03"}
    raised = by_topic["fund.raised"]
    assert raised["value"]["amount"] == 4.5 and raised["value"]["currency"] == "USD"
    assert raised["qualifier"] == "at_least" and raised["period"] == "2024-01/2024-06"
    assert by_topic["fund.members"]["value"]["members"] == ["CL", "PE", "PT"]
    assert draft["title"] == "Harbour Fund reports a record year"

    compared = CliRunner().invoke(app, ["compare", str(case), "--format", "json"])
    assert compared.exit_code == 0, compared.output

    # an editor corrects the founding date; a re-run keeps the edit and adds nothing
    for claim in draft["claims"]:
        if claim["topic"] == "fund.founded":
            claim["value"]["date"] = "2021-04"
            claim["note"] = "checked by the desk"
    draft_path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    again = _extract(case, article)
    assert again.exit_code == 0, again.output
    assert f"kept {len(draft['claims'])} claims as they were, added 0 new" in again.output
    kept = yaml.safe_load(draft_path.read_text(encoding="utf-8"))
    founded = [c for c in kept["claims"] if c["topic"] == "fund.founded"]
    assert founded[0]["value"]["date"] == "2021-04"
    assert founded[0]["note"] == "checked by the desk"


def test_bad_files_get_one_line_each_and_the_others_are_still_extracted(tmp_path):
    case = _case(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = _extract(case, good, empty, binary, tmp_path / "missing.txt")
    assert result.exit_code == 2
    assert (case / "sources" / "good.yaml").exists()
    assert f"{empty}: empty text" in result.output
    assert f"{binary}: unknown encoding" in result.output
    assert f"{tmp_path / 'missing.txt'}: cannot read" in result.output


def test_values_that_fit_no_topic_stay_as_commented_candidates(tmp_path):
    case = _case(tmp_path)
    article = tmp_path / "other.txt"
    article.write_text("The mayor opened 3 new bridges in 2019.\n", encoding="utf-8")
    result = _extract(case, article)
    assert result.exit_code == 0, result.output
    text = (case / "sources" / "other.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["claims"] == []
    assert "#   quote: 3 new" not in text and "# - subject:" in text
    assert "#     count: 3" in text
