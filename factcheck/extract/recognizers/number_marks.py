"""Marks glued to a figure that change what it is: an ordinal's ("第2次", "제3회", "3분기":
a rank, no count) and a span's ("30%대", "1000億円台": the span up to the next step of the
figure's last digit)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from factcheck.extract.recognizers.words import phrases
from factcheck.lang.lexicon import load


@lru_cache(maxsize=64)
def _ordinal_marks(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's marks that make a figure an ordinal: before it (第, 제), as a pattern
    that ends where the figure starts, and after it (분기 of "3분기", the third quarter)."""
    numbers = load(lang).section("numbers")
    before = numbers.get("ordinal_before") or []
    after = numbers.get("ordinal_after") or []
    return (
        re.compile(rf"(?:{phrases(before)})\Z") if before else None,
        re.compile(phrases(after)) if after else None,
    )


def ordinal(text: str, lang: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is an ordinal by a mark glued before it
    ("第2次世界大戦", "제3회") or after it ("3분기 실적"): a rank, no count or measure."""
    before, after = _ordinal_marks(lang)
    if before is not None and before.search(text, max(0, start - 4), start) is not None:
        return True
    return after is not None and after.match(text, end) is not None


@lru_cache(maxsize=64)
def _place_marks(lang: str) -> re.Pattern[str] | None:
    marks = load(lang).section("numbers").get("place_span") or []
    return re.compile(phrases(marks)) if marks else None


def place_span(text: str, lang: str, end: int) -> int | None:
    """Where a mark glued at ``end``, after a percentage or a sum, ends: a mark that makes the
    figure the span up to the next step of its last figure ("30%대", "1000億円台"); None
    where there is none. Spaced, Korean 대 is "versus" ("30% 대 40%")."""
    pattern = _place_marks(lang)
    mark = pattern.match(text, end) if pattern is not None else None
    return mark.end() if mark is not None else None


def place_step(value: Decimal) -> Decimal:
    """The step of the last figure of ``value``: 10 for 30, 1 for 1, 0.1 for 2.5, 10^11 for
    100,000,000,000 (1천억)."""
    exponent = value.normalize().as_tuple().exponent if value else 0
    return Decimal(1).scaleb(max(exponent, -6) if isinstance(exponent, int) else 0)
