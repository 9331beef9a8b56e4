"""A text's dateline: the day a plain-text article says it was written, in its first lines."""

from __future__ import annotations

import re

from factcheck.extract.recognizers.dates.find import find_dates

_HEAD = 300  # characters: a dateline opens the article


def dateline(text: str, lang: str) -> str | None:
    """The first full date (day, month and year) in the opening lines, as YYYY-MM-DD."""
    head = text[:_HEAD]
    for found in find_dates(head, lang, None):
        value = found.claim or {}
        day = str(value.get("date", ""))
        if found.form == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            return day
    return None
