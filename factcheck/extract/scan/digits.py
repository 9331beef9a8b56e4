"""Patterns read with ASCII digits where a text writes no other decimal digit.

``\\d`` in a str pattern matches every decimal digit of Unicode ("٢", "४"); the engine tests it
by a lookup in the character database, several times slower than the range test of
``[0-9]``, and in the set a scan skips to ("[-−.\\d]") it slows every character skipped. A
text whose only decimal digits are ASCII ones, as most articles are, matches the twin of a
pattern with ``\\d`` written ``[0-9]`` (and ``\\D`` ``[^0-9]``) exactly where it matches the
pattern itself, with the same groups.
"""

from __future__ import annotations

import re

from factcheck.cache.derived import derived_text, text_known
from factcheck.extract.scan.recent import Recent, per_object

# a superset of the decimal digits beyond ASCII (a test checks it against the database):
# Arabic-Indic to Sundanese, Vai to Meetei Mayek, full-width, and those beyond the BMP
_OTHER_DIGITS = re.compile("[\u0660-\u1c59\ua620-\uabf9\uff10-\uff19\U000104a0-\U0001fbf9]")
_plain: Recent[bool] = Recent(False)


def plain_digits(text: str) -> bool:
    """True when ``text`` holds no decimal digit but ASCII ones (worked out once per text)."""
    return _plain.get(text, _has_no_other_digit)


def _has_no_other_digit(text: str) -> bool:
    return text.isascii() or _OTHER_DIGITS.search(text) is None


def _twinless(pattern: re.Pattern[str]) -> bool:
    """True for a pattern no rewrite of its digits applies to."""
    return bool(pattern.flags & (re.ASCII | re.VERBOSE)) or not isinstance(pattern.pattern, str)


def twin_known(pattern: re.Pattern[str]) -> bool | None:
    """Whether the store holds ``ascii_twin(pattern)``'s rewrite, which a run before that
    built the pattern's scan left there; None for a pattern with no twin to look up."""
    if _twinless(pattern):
        return None
    return text_known("ascii-digits", pattern.pattern, (__file__,))


@per_object
def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` with its digit classes ASCII, or None when it has none (or is ASCII)."""
    if _twinless(pattern):
        return None
    # kept in the store: rewriting a long pattern character by character costs as much as
    # the lookup of its compiled twin
    source = derived_text(
        "ascii-digits", pattern.pattern, (__file__,), lambda: ascii_digits(pattern.pattern) or ""
    )
    return re.compile(source, pattern.flags) if source else None


def ascii_digits(source: str) -> str | None:
    """The regex ``source`` with ``\\d`` as ``[0-9]`` and ``\\D`` as ``[^0-9]`` (``0-9``
    inside a set); None when it has neither, or a ``\\D`` inside a set, which no range
    writes."""
    out: list[str] = []
    changed = False
    in_set = False
    at = 0
    while at < len(source):
        char = source[at]
        if char == "\\" and at + 1 < len(source):
            pair = source[at : at + 2]
            if pair == "\\d":
                out.append("0-9" if in_set else "[0-9]")
                changed = True
            elif pair == "\\D":
                if in_set:
                    return None
                out.append("[^0-9]")
                changed = True
            else:
                out.append(pair)
            at += 2
            continue
        if not in_set and char == "[":
            # a "]" right after the opening (or after "^") is a literal one
            close = at + 1
            if source[close : close + 1] == "^":
                close += 1
            if source[close : close + 1] == "]":
                close += 1
            out.append(source[at:close])
            at = close
            in_set = True
            continue
        if in_set and char == "]":
            in_set = False
        out.append(char)
        at += 1
    return "".join(out) if changed else None
