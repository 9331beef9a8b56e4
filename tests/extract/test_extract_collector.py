"""Extract pauses the cyclic collector while it sets up, and leaves it running after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from factcheck.cli.extract_run import run_extract

ARTICLES = {
    "en.txt": "The board met on 3 March 2024 and said 1,200 staff in 11 countries were told.\n",
    "fr.txt": "Le conseil s'est réuni le 3 mars 2024 : 1 200 salariés ont été prévenus.\n",
}


@pytest.mark.parametrize("count", [1, 2])
def test_the_collector_runs_again_after_extract(tmp_path: Path, count: int) -> None:
    articles = []
    for name, text in list(ARTICLES.items())[:count]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        articles.append(tmp_path / name)
    assert gc.isenabled()
    assert run_extract(articles, tmp_path / "case") == 0
    assert gc.isenabled()
    assert len(list((tmp_path / "case" / "sources").glob("*.yaml"))) == count
