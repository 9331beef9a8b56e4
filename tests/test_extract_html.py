"""Extracting from an HTML page: boilerplate stripped, metadata read, language detected."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

PAGE = """<html><head><title>Sanctions team report</title>
<meta property="article:published_time" content="2025-10-22"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | We use cookies. Accept?</nav>
<article><h1>Sanctions team report</h1>
<p>The Multilateral Sanctions Monitoring Team, set up in October 2024, said that the group
had found new evidence. Officials said the work would go on into next year.</p>
<p>The team has 11 member countries, including France, Italy and Japan.</p></article>
<footer>Related: Weather today; Sports results</footer></body></html>
"""


def test_html_article_becomes_a_draft_compare_can_read(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    shutil.copy(ROOT / "claims" / "msmt-2025" / "case.yaml", case / "case.yaml")
    article = tmp_path / "team-report.html"
    article.write_text(PAGE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", str(article), "--case", str(case)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    text = (case / "sources" / "team-report.yaml").read_text(encoding="utf-8")
    draft = yaml.safe_load(text)
    assert draft["title"] == "Sanctions team report"
    assert draft["language"] == "en"  # detected: no --lang given
    assert str(draft["published"]) == "2025-10-22"  # from the page's metadata
    by_topic = {c.get("topic"): c for c in draft["claims"]}
    assert by_topic["msmt.founded"]["value"] == {"kind": "date", "date": "2024-10"}
    # a value no catalog topic fits gets a topic discovery proposes, not a comment
    counted = [c for c in draft["claims"] if c["value"].get("count") == 11]
    assert counted and counted[0]["topic"] == "members", counted
    assert "#     count: 11" not in text
    quotes = " ".join(c["quote"] for c in draft["claims"])
    assert "cookies" not in quotes and "Weather" not in quotes
    compare = subprocess.run(
        [sys.executable, "-m", "factcheck", "compare", str(case), "-f", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert compare.returncode == 0, compare.stderr
