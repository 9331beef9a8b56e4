"""Figures told as what may come, not as what is: "the toll could exceed 10,000", "podría
superar", "1만 명을 넘을 수도 있다". A projection is compared with other projections, never
with the figures counted so far: a model's "likely 10,000 dead" does not contradict the 1,644
counted."""

from __future__ import annotations

import re

from factcheck.extract.pipeline.cues import CLAUSE_BREAK, cue_pattern
from factcheck.extract.recognizers.recognize import Mention

# the kinds of figure a projection can be; a date ("expected on Monday") is a plan, read as
# the date it names
_KINDS = ("count", "amount", "quantity", "percent")
# characters from a word of possibility to the figure it governs, before it ("could exceed
# 10,000") and after it ("10,000人を超える可能性")
_BEFORE, _AFTER = 50, 30


def projected(text: str, lang: str, m: Mention) -> bool:
    """True for a figure ``m`` of ``text`` told as what may come, by a word of ``lang``'s
    'projected' (before the figure) or 'projected_after' (after it), in its clause."""
    if m.kind not in _KINDS:
        return False
    before = cue_pattern(lang, "projected")
    if before is not None:
        window = text[max(0, m.start - _BEFORE) : m.start]
        if _in_clause(before, window, at_end=True):
            return True
    after = cue_pattern(lang, "projected_after")
    return after is not None and _in_clause(after, text[m.end : m.end + _AFTER], at_end=False)


# the end of a sentence: a word of possibility past it governs the next sentence's figures
# ("68兆ウォンだった。市場予想は..."); a point before a digit is a decimal one
_SENTENCE_END = re.compile(r"[.!?。！？](?!\d)")


def _in_clause(pattern: re.Pattern[str], window: str, at_end: bool) -> bool:
    """Whether ``pattern`` is found in ``window`` with no clause break or sentence end
    between it and the figure (the window's end when ``at_end``, else its start)."""
    for found in pattern.finditer(window):
        between = window[found.end() :] if at_end else window[: found.start()]
        if not CLAUSE_BREAK.search(between) and not _SENTENCE_END.search(between):
            return True
    return False
