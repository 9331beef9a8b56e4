"""The plain terminal layout prints, line for line, what rich's console prints without colour."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factcheck.analyze import analyze
from factcheck.models.report import Report
from factcheck.writers import WriterOptions
from factcheck.writers.terminal import render, render_plain
from factcheck.writers.terminal_rich import render_rich

# pieces of text that stress wrapping: wide and combining characters, long words, blank runs,
# line breaks, words of every length around a column's width
PIECES = ["a", "bb", "état", "東京都", "x" * 30, "y" * 120, "1.4", "—", "“q”", "  ", "\n"]
PIECES += ["\u3000", "e\u0301", "naïve", "ccc"]


EXAMPLE = Path(__file__).resolve().parents[1] / "claims" / "msmt-2025"


@pytest.fixture(scope="module")
def report() -> Report:
    return analyze(EXAMPLE)


def _text(rnd: random.Random, most: int) -> str:
    count = rnd.randint(0, most)
    return "".join(rnd.choice(PIECES) + rnd.choice(["", " ", "  "]) for _ in range(count))


def _variant(report: Report, rnd: random.Random) -> Report:
    topics = [
        topic.model_copy(
            update={
                "label": _text(rnd, 12),
                "claims": [
                    claim.model_copy(
                        update={
                            "source": _text(rnd, 3) or "s",
                            "normalized": _text(rnd, 6),
                            "quote": _text(rnd, 30),
                        }
                    )
                    for claim in topic.claims
                ],
            }
        )
        for topic in rnd.sample(list(report.topics), 3)
    ]
    findings = [
        finding.model_copy(update={"message": _text(rnd, 40), "hint": _text(rnd, 20) or None})
        for finding in rnd.sample(list(report.findings), 3)
    ]
    return report.model_copy(
        update={"topics": topics, "findings": findings, "title": _text(rnd, 25)}
    )


@pytest.mark.parametrize("width", [20, 40, 59, 60, 80, 99, 100, 101, 120, 200])
def test_example_as_rich_prints_it(report: Report, width: int) -> None:
    plain = render_plain(report, width)
    assert plain is not None
    assert plain == render_rich(report, WriterOptions(width=width))


@pytest.mark.parametrize("seed", range(6))
def test_varied_text_as_rich_prints_it(report: Report, seed: int) -> None:
    rnd = random.Random(seed)
    laid_out = 0
    for _ in range(25):
        variant = _variant(report, rnd)
        width = rnd.randint(8, 200)
        plain = render_plain(variant, width)
        if plain is not None:
            laid_out += 1
            assert plain == render_rich(variant, WriterOptions(width=width)), width
    assert laid_out > 20


def test_tabs_go_through_rich(report: Report) -> None:
    tabbed = report.model_copy(update={"title": "a\tb"})
    assert render_plain(tabbed, 100) is None
    assert render(tabbed, WriterOptions(width=100)) == render_rich(tabbed, WriterOptions(width=100))
