"""Words around a figure, from the templates of language data ("between {A} and {B}",
"aged {N}"): the part before the figure, matched ending where it starts, and the part
after it, matched from where it ends. A space in a template stands for any white space."""

from __future__ import annotations

import re

from factcheck.extract.scan import search_ending

# a word starts where no letter or digit stands before it, and ends where none follows
_START, _END = r"(?<![^\W_])", r"(?![^\W_])"


def spaced(part: str) -> str:
    """A template part as a regex: each unescaped space matches any run of white space."""
    return re.sub(r"(?<!\\) ", r"\\s+", part)


def spaced_loosely(part: str) -> str:
    """:func:`spaced`, where a space before "?" stands for an optional run of white space."""
    return spaced(re.sub(r"(?<!\\) \?", r"\\s*", part))


def words_before(head: str, spaced_words: bool = True) -> re.Pattern[str] | None:
    """What stands before a figure, searched to end at it; None when the template has none.
    Words start at a word's start where words are spaced; a comma or a bracket anywhere."""
    if not head.strip():
        return None
    start = _START if spaced_words and head[:1] not in (",", "\\") else ""
    return re.compile(rf"{start}(?:{spaced(head)})$", re.IGNORECASE)


def words_after(tail: str, spaced_words: bool = True) -> re.Pattern[str] | None:
    """What stands after a figure, matched from its end; None when the template has none."""
    if not tail.strip():
        return None
    return re.compile(rf"(?:{spaced(tail)}){_END if spaced_words else ''}", re.IGNORECASE)


def opening(before: re.Pattern[str], text: str, start: int, window: int) -> int | None:
    """Where the words ``before`` a figure at ``start`` begin, looked for in the ``window``
    characters before it; None when they are not there."""
    found = search_ending(before, text, max(0, start - window), start)
    return None if found is None else found.start()
