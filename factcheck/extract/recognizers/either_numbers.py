"""Number words that say one number or the next: "서너" (three or four), or two neighbouring
native numbers glued together ("두세", "네다섯": two or three, four or five), which would
otherwise add up."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from factcheck.extract.recognizers.number_grammar import grammar
from factcheck.extract.recognizers.spelled_value import words_of
from factcheck.lang.lexicon import load


@lru_cache(maxsize=64)
def _either_words(lang: str) -> dict[str, tuple[Decimal, Decimal]]:
    """The language's words that say one number or another, with their two ends."""
    words = load(lang).section("numbers").get("either") or {}
    return {str(k).lower(): (Decimal(v[0]), Decimal(v[1])) for k, v in words.items()}


def either_ends(span: str, lang: str) -> tuple[Decimal, Decimal] | None:
    """The two ends of a run of number words that says one number or the next, in a language
    that lists such words (``either``): one of them ("서너", three or four), or two
    neighbouring units glued together ("두세", "네다섯": two or three, four or five), which
    would otherwise add up."""
    words = _either_words(lang)
    if not words:
        return None
    g = grammar(lang)
    tokens = words_of(span, g)
    if len(tokens) == 1:
        return words.get(tokens[0])
    if len(tokens) != 2 or len(span.split()) != 1:  # glued, not "두 세 명"
        return None
    low, high = (g.values.get(t) for t in tokens)
    if low is None or high is None or not 0 < low < 9 or high != low + 1:
        return None
    return low, high
