"""Measures of data, weight and volume find their topics without a catalog.

Two articles of our own, in English and French, state a data size and a weight; extract
drafts them against an empty case, and compare must group each under the topic its unit's
dimension and its words give, and tell a real discrepancy from a conversion.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from factcheck.analyze import analyze
from factcheck.cli import app

ENGLISH = """\
Hackers raid a shipping firm

The intruders copied 1.2 terabytes of data from the firm's servers, its chief said.
Customs officers seized 2 tonnes of cocaine in the same port a week earlier.
"""

FRENCH = """\
Des pirates attaquent un armateur

Les intrus ont copié 1,4 téraoctet de données sur les serveurs de l'entreprise.
Les douaniers ont saisi 2 000 kilogrammes de cocaïne dans le même port.
"""


def test_data_and_weight_claims_land_in_topics_of_their_own(tmp_path: Path) -> None:
    case = tmp_path / "case"
    paths = []
    for name, text in (("en.txt", ENGLISH), ("fr.txt", FRENCH)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    args = ["extract", *paths, "--case", str(case), "--published", "2025-06-10"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output

    report = analyze(case)
    verdicts = {t.topic: t.verdict for t in report.topics}
    assert verdicts.get("data") == "conflict"  # 1.2 against 1.4 terabytes
    assert verdicts.get("weight") == "agree"  # 2 tonnes are 2,000 kilograms
