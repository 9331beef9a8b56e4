"""Scans limited to the stretches around rare characters find what whole-text scans find."""

from __future__ import annotations

import random
import re

import pytest

from factcheck.extract.recognizers.dates.grammar import BARE, BARE_REST, FULL, FULL_REST, grammar
from factcheck.extract.scan.regions import finditer_in, plan, windows
from factcheck.lang import languages

RARE = FULL + BARE
ATOM = r"(?:\ue000\ue001*|\ue002\ue003*)"


def _skeleton_texts(words: list[str], seed: int, count: int = 60) -> list[str]:
    """Random texts of ``words``, spaces, punctuation and date markers, some of them dense."""
    rng = random.Random(seed)
    pieces = [" ", " ", "  ", "\n", ", ", ". ", "-", "–", "'", "x", "1"]
    atoms = [FULL, FULL + FULL_REST * 3, BARE + BARE_REST * 2]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 300)):
            roll = rng.random()
            if roll < 0.08:
                parts.append(rng.choice(atoms))
            elif roll < 0.5:
                parts.append(rng.choice(words))
            else:
                parts.append(rng.choice(pieces))
        out.append("".join(parts))
    return out


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("lang", languages())
def test_stretch_scans_equal_whole_text_scans(lang: str) -> None:
    g = grammar(lang)
    patterns = [
        p
        for p, _ in [*g.ranges, *(x for v in [*g.modifiers.values(), *g.open.values()] for x in v)]
    ]
    skeleton_plan = g.skeleton_plan
    assert skeleton_plan is not None
    words = sorted({w for p in patterns for w in re.findall(r"[^\W\d_]{2,}", p.pattern)})
    for text in _skeleton_texts(words, seed=len(lang)):
        stretches = windows(skeleton_plan, text)
        for pattern in patterns:
            expected = _spans(pattern.finditer(text))
            if stretches is not None:
                assert _spans(finditer_in(pattern, text, skeleton_plan, stretches)) == expected


def test_sparse_markers_give_short_stretches_and_dense_ones_none() -> None:
    pattern = re.compile(rf"(?<![^\W_])between\s+{ATOM}\s+and\s+{ATOM}(?![^\W_])", re.I)
    found = plan((pattern,), RARE)
    assert found is not None
    filler = "Nothing happened here, quickly. " * 40
    text = filler + "BETWEEN \ue000\ue001 and \ue002 " + filler
    stretches = windows(found, text)
    assert stretches is not None and sum(b - a for a, b in stretches) < 40
    spans = [m.span() for m in finditer_in(pattern, text, found, stretches)]
    assert [text[a:b] for a, b in spans] == ["BETWEEN \ue000\ue001 and \ue002"]
    assert windows(found, "between \ue000 and \ue000 " * 50) is None


def test_the_look_ahead_margin_never_yields_a_later_stretchs_match() -> None:
    # only markers are consumed, so each is a stretch of its own; the long look-ahead of one
    # branch makes the margin after the first reach the second
    pattern = re.compile(r"\ue000(?=y)|\ue000(?=.{70}z)")
    found = plan((pattern,), RARE)
    assert found is not None and found.reach == 71
    text = "a" * 30 + "\ue000" + "b" * 69 + "\ue000y" + "c" * 300
    stretches = windows(found, text)
    assert stretches == [(30, 31), (100, 101)]
    assert _spans(finditer_in(pattern, text, found, stretches)) == _spans(pattern.finditer(text))


@pytest.mark.parametrize(
    "source",
    [
        r"between\s+\w+",  # may match without a marker
        r"(?:x|\ue000)",  # one branch needs no marker
        r"\ue000.",  # any character: no run to bound
        r"\ue000[^,]",  # a negated set
        r"\ue000(?=\s*,)",  # a look-ahead of unbounded reach
        r"(?i:a)\ue000",  # local flags
    ],
)
def test_no_plan_when_a_match_may_lie_anywhere(source: str) -> None:
    assert plan((re.compile(source),), RARE) is None
