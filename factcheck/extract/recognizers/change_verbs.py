"""Whether a verb of change ends right before a figure: "subió hasta 154" says where the
figure went, not a bound of it."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.recognizers.words import phrases
from factcheck.extract.scan import search_ending
from factcheck.lang.lexicon import load

_WINDOW = 30  # characters before a figure a verb of change may stand in


@cache
def _verb_before(lang: str) -> re.Pattern[str] | None:
    """A verb of change (and perhaps an adverb) ending right before a position."""
    lex = load(lang)
    verbs = lex.section("numbers").get("change_verbs", [])
    if not verbs:
        return None
    start = r"(?<![^\W_])" if not lex.glue else ""
    return re.compile(rf"{start}(?:{phrases(verbs)})(?:\s+\w+)?\s+$", re.IGNORECASE)


def after_change_verb(text: str, lang: str, position: int) -> bool:
    """Whether a verb of change ends right before ``position``: "subió hasta 154" says where
    the figure went, not a bound of it."""
    pattern = _verb_before(lang)
    return (
        pattern is not None
        and search_ending(pattern, text, max(0, position - _WINDOW), position) is not None
    )
