"""Patterns compiled with the set of characters every match opens with, which the engine skips
to in C before it tries a match.

re's compiler finds such a set only when the pattern opens with a class or with alternatives
that each open with a literal: a pattern led by look-behinds, by groups in alternation or by a
repeat is tried at every position, its look-behinds first. The set a match opens with is
known for most of them (``rewrites._first``); written into the program's information block,
it makes the engine test one character against a bitmap where it tried the pattern.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from factcheck.cache.derived import Derivation, derived
from factcheck.extract.scan import bigrams, info, rewrites
from factcheck.extract.scan.bigrams import pair_lookahead
from factcheck.extract.scan.info import Opened, other_cases
from factcheck.extract.scan.recent import per_object
from factcheck.extract.scan.rewrites import PREFIX, first_chars
from factcheck.extract.scan.sets import compact

# the code that derives the opened patterns: kept per version of it
_CODE = (__file__, rewrites.__file__, bigrams.__file__, info.__file__)


@per_object
def opened(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled so that the engine skips in C to the characters a match can open
    with, with look-aheads on its first characters tried before its look-behinds (the same
    matches); None when those characters are unknown or a match may be empty."""
    found = derived("opened", (pattern,), _CODE, lambda: compact(_opened_tree(pattern)))
    return None if found is None else found[0]


def _opened_tree(pattern: re.Pattern[str]) -> Derivation:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    first = first_chars(parsed)
    if first is None or parsed.getwidth()[0] == 0:
        return None
    lead = 0
    while parsed.data[lead][0] in (C.ASSERT, C.ASSERT_NOT, C.AT):
        lead += 1
    # zero-width tests at one position hold in any order: the cheap one on the next
    # characters goes first, the look-behinds after it
    pairs = pair_lookahead(parsed.state, list(parsed.data[lead:]), PREFIX)
    if pairs is not None:
        parsed.data.insert(0, pairs)
    if pattern.flags & re.IGNORECASE:
        first = [*first, *other_cases(first)]
    return Opened(parsed, first), pattern.flags, ()


@per_object
def sought(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled so that the engine skips in C to the characters a match can open
    with, as :func:`opened` does, also for a pattern whose match may be empty; None when
    those characters are unknown.

    For ``search`` only: a fresh search tries the position it starts at, while the engine's
    skip would not move past an empty match ``finditer`` gave there.
    """
    found = derived("sought", (pattern,), _CODE, lambda: compact(_sought_tree(pattern)))
    return None if found is None else found[0]


def _sought_tree(pattern: re.Pattern[str]) -> Derivation:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    first = first_chars(parsed)
    if first is None:
        return None
    data = parsed.data
    lead = 0
    while lead < len(data) and data[lead][0] in (C.ASSERT, C.ASSERT_NOT, C.AT):
        lead += 1
    pairs = pair_lookahead(parsed.state, list(data[lead:]), PREFIX)
    if pairs is not None:
        data.insert(0, pairs)
    # the first character's test before the look-behinds, which most candidates fail
    data.insert(0, (C.ASSERT, (1, _parser.SubPattern(parsed.state, [(C.IN, first)]))))
    if pattern.flags & re.IGNORECASE:
        first = [*first, *other_cases(first)]
    return Opened(parsed, first), pattern.flags, ()
