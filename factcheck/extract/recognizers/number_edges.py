"""Where a figure ends: a run of digits cut at a mark that makes no figure whole ("10.250.3.7"
is 10250, 3 and 7), and a run of number words before a currency's hundredth ("quarante-cinq
cents" is 45 cents)."""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extract.recognizers.number_grammar import BREAKS, NumberGrammar, lowered

_RUN = re.compile(r"\d*(?:[.,]\d+)*")
# characters of a run of digits and marks looked at to tell its convention: a figure written
# to another ("12,34,567.89") shows both marks well within it, and a longer look would read
# a list of figures ("1,2,3,...") again for each of them
_RUN_REACH = 40


def piece_after(text: str, m: re.Match[str], g: NumberGrammar) -> re.Match[str] | None:
    """The figure right after a mark that ends the figure ``m`` before more digits: a run of
    digits and one mark that makes no figure whole is read as the figures it starts with
    ("10.250.3.7" in a language grouping with dots: 10250, 3 and 7)."""
    end = m.end()
    mark = text[end : end + 1]
    if not mark or mark not in BREAKS or not text[end - 1 : end].isdigit():
        return None
    if not text[end + 1 : end + 2].isdigit():
        return None
    start = m.start("int") if m["int"] is not None else m.start("frac")
    run = _RUN.match(text, start, start + _RUN_REACH)
    if run is not None and all(b in run.group() for b in BREAKS):
        return None  # both marks: a figure written to another convention ("12,34,567.89")
    return g.after[mark].match(text, end + 1)


def before_minor(text: str, begin: int, end: int, g: NumberGrammar) -> int:
    """Where a run of number words ends once a currency's hundredth that multiplies no lone
    unit is left out: "quarante-cinq cents" is 45 (cents), "cinq cents" stays 500."""
    if not g.minor:
        return end
    toks = [(lowered(t.group()), t.start()) for t in g.token.finditer(text, begin, end)]
    words = [t for t in toks if t[0] not in g.joiners]
    if not words or words[-1][0] not in g.minor:
        return end
    if len(words) == 1:  # "cent personnes" is 100; "322 cent", the digits' currency
        return begin if text[:begin].rstrip()[-1:].isdigit() else end
    unit = words[-2][0]
    before = words[-3][0] if len(words) > 2 else None
    lone = g.values.get(unit, Decimal(10)) < 10
    if lone and (before is None or before in g.scales or before in g.multipliers):
        return end
    cut = words[-1][1]
    return len(text[:cut].rstrip(" \t-")) if cut > begin else begin
