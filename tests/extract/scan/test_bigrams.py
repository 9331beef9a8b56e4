"""The look-ahead on a match's first characters lets every real match through."""

from __future__ import annotations

import random
import re
from re import _compiler, _parser

import pytest

from factcheck.extract.scan.bigrams import pair_lookahead

PATTERNS = [
    r"(?:jan(?:uary)?|feb(?:ruary)?|may)\s+\d{4}",
    r"a(?:n)?(?:\s+(?:one|two))*",  # a match may be one character
    r"(?:the\s+)?[12]\d(?:st|nd)?\s*-\s*[a-c]+",
    r"x?y?z",
    r"[1-9]\d{0,2}(?:,\d{3})*",
    r"(?:ab|a[^b])c",  # a negated second class leaves the pair open
    r"(?=a)\w\w",
]


def _lookahead(source: str, flags: int = 0, length: int = 2) -> re.Pattern[str] | None:
    parsed = _parser.parse(source, flags)
    item = pair_lookahead(parsed.state, list(parsed.data), length)
    if item is None:
        return None
    parsed.data = [item]
    return _compiler.compile(parsed, flags)


@pytest.mark.parametrize("length", [2, 4])
@pytest.mark.parametrize("source", PATTERNS)
def test_every_match_start_passes_the_lookahead(source: str, length: int) -> None:
    pattern = re.compile(source)
    gate = _lookahead(source, length=length)
    assert gate is not None
    rng = random.Random(source)
    alphabet = "abcjnfeuymtwoxyz0129,- st"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        for start in range(len(text)):
            if pattern.match(text, start):
                assert gate.match(text, start), (source, text, start)


def test_the_lookahead_turns_away_words_the_pattern_cannot_start() -> None:
    gate = _lookahead(r"(?:jan(?:uary)?|feb(?:ruary)?|may)\s+\d{4}")
    assert gate is not None
    assert [w for w in ["january", "jump", "feb", "fox", "mayor", "moon"] if gate.match(w)] == [
        "january",
        "feb",
        "mayor",
    ]


def test_a_longer_lookahead_turns_away_words_that_share_only_a_shorter_prefix() -> None:
    gate = _lookahead(r"(?:jan(?:uary)?|feb(?:ruary)?|may|the\s+\d)\s+\d{4}", length=5)
    assert gate is not None
    words = ["january", "jan 2020", "jump", "feb 3", "mayor", "may 1", "then", "the 3", "they"]
    assert [w for w in words if gate.match(w)] == ["january", "jan 2020", "feb 3", "may 1", "the 3"]


@pytest.mark.parametrize("source", [r".x", r"(a)\1", r"(?i:a)b", r"x*"])
def test_no_lookahead_for_parts_it_cannot_read(source: str) -> None:
    assert _lookahead(source) is None
