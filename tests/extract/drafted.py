"""One text drafted for a test: the claims ``build_draft`` gives it, with no catalog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from factcheck.analyze import analyze
from factcheck.cli import app
from factcheck.extract.pipeline.draft import ArticleMeta, build_draft
from factcheck.models.case import CaseSpec
from factcheck.models.report import Report


def drafted_claims(
    text: str, lang: str, source: str = "a", published: str = "2026-06-04"
) -> list[dict[str, Any]]:
    """The claims drafted from ``text`` in ``lang``, as source ``source`` published then."""
    meta = ArticleMeta(source, "t", "outlet", lang, published, "a.txt")
    return list(build_draft(text, meta, CaseSpec(title="t")).source["claims"])


def count_topics(text: str, lang: str) -> dict[int, str]:
    """Each drafted count with the topic it was given."""
    claims = drafted_claims(text, lang)
    return {c["value"]["count"]: c["topic"] for c in claims if c["value"]["kind"] == "count"}


def topic_quotes(text: str, lang: str, published: str = "2026-06-04") -> dict[str, list[str]]:
    """Each drafted topic id with the figures (quotes) drafted into it."""
    out: dict[str, list[str]] = {}
    for claim in drafted_claims(text, lang, published=published):
        out.setdefault(claim["topic"], []).append(claim["quote"])
    return out


def compared(folder: Path, articles: dict[str, str], published: str) -> Report:
    """The report on ``articles`` (file name -> text) after `factcheck extract` drafted them
    into a new case in ``folder``, all published on ``published``."""
    paths = []
    for name, text in articles.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    case = folder / "case"
    args = ["extract", *paths, "--case", str(case), "--published", published]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return analyze(case)
