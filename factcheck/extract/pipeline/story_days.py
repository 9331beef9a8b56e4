"""Days of the month an undated article names, completed from the story it was extracted with.

An article with no publication date of its own says "on the 19th" or "Saturday (29)": the
month and year are those of the story. When articles are extracted together, the latest
publication day among the others stands in for them: a day named alone becomes the last such
day up to it, as it would against the article's own date. Only days the text states are
completed so; relative words ("today", "last week") stay unresolved, since the article's
own day is not known.
"""

from __future__ import annotations

from datetime import date

from factcheck.extract.recognizers.recognize import Mention, recognize_until
from factcheck.values.calendar import parse_moment

# the patterns of dates whose day the text states and whose month or year a reference day
# completes ("19日", "sábado (29)", "4月28日")
_COMPLETED = ("completed-", "day-month")


def story_day(published: list[str | None]) -> str | None:
    """The latest day among ``published`` dates given to the day (YYYY-MM-DD), if any."""
    days = []
    for given in published:
        try:
            moment = parse_moment(given) if given else None
        except ValueError:
            continue  # the article's own worker reports it
        if moment is not None and moment.precision in ("day", "minute"):
            days.append(moment.first_day)
    return max(days).isoformat() if days else None


def with_story_days(
    values: list[Mention], text: str, lang: str, day: str, enough: int
) -> list[Mention]:
    """``values`` read with no reference day, with the days of the month ``text`` states
    completed against the story's ``day`` in place of what they overlap."""
    reference = date.fromisoformat(day)
    found, _ = recognize_until(text, lang, reference, enough)
    completed = [m for m in found if m.kind == "date" and m.pattern.startswith(_COMPLETED)]
    if not completed:
        return values
    kept = [m for m in values if not any(m.start < c.end and c.start < m.end for c in completed)]
    return sorted([*kept, *completed], key=lambda m: (m.start, m.end))
