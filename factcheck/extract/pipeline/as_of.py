"""The day a running figure stood at, where its sentence says so: "as of 4 March, 20 people
had been injured", 'Stand 4. März', 'au 4 mars', '3月4日現在', '截至3月4日'.

A toll, a count of the injured or of the evacuated grows from day to day. An article tells
the figure as it stands when it is published, unless it dates it: an article of 6 March
that gives "as of 4 March, 20 injured" and "by Thursday, 31" holds two figures of two days,
not two figures of the day it was published. Only a date its words mark as the moment the
figure stood at counts ("the blast on 4 March injured 20" gives the day of the blast, and
the 20 are counted as of publication), and only a day before publication.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import cache

from factcheck.extract.recognizers.recognize import Mention
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a cue after its date may be joined to it by a case ending ("4 Mart'a kadar")
_AFTER_GAP = re.compile(r"(?:['’][^\W\d_]{1,4})?[\s,、，]*")
_BEFORE_GAP = re.compile(r"[\s,:(]*")
# "by Tuesday's blast": the date names the blast, not when the count stood
_POSSESSIVE = re.compile(r"['’]s\b")


@cache
def _cues(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words before and after a date that make it the day a figure stood at."""
    section = load(lang).section("attach")
    before, after = section.get("as_of_before", []), section.get("as_of_after", [])
    return (
        re.compile(rf"(?<![^\W_]){alternation(before)}$", re.IGNORECASE) if before else None,
        re.compile(rf"^{alternation(after)}", re.IGNORECASE) if after else None,
    )


def day_of(m: Mention, published: date) -> date | None:
    """The day a date or an open-ended span ("until 4 March") ends on, if to the day; a
    weekday alone is the last such day up to publication."""
    if m.kind == "period":
        period = str(m.value.get("period") or "")
        return _iso_day(period[3:]) if period.startswith("../") else None
    if m.kind != "date":
        return None
    weekday = m.value.get("weekday")
    if m.value.get("date") is None and weekday in _WEEKDAYS and len(m.value) <= 2:
        back = (published.weekday() - _WEEKDAYS.index(str(weekday))) % 7
        return published - timedelta(days=back)
    if m.value.get("relative") or m.value.get("ago"):
        return None
    return _iso_day(str(m.value.get("date") or ""))


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def _marked(text: str, lang: str, m: Mention, sentence: tuple[int, int]) -> bool:
    """True when words right before or after the date ``m`` mark it as the day a figure
    stood at; an open-ended span ("until 4 March", "截至3月4日") marks itself."""
    if m.kind == "period":
        return True
    before, after = _cues(lang)
    if before is not None:
        head = text[sentence[0] : m.start]
        gap = _BEFORE_GAP.search(head[::-1])  # the gap reversed: it ends the head
        cut = len(head) - (gap.end() if gap else 0)
        if before.search(head, 0, cut) and not _POSSESSIVE.match(text, m.end):
            return True
    if after is not None:
        gap = _AFTER_GAP.match(text, m.end, sentence[1])
        if gap is not None and after.match(text[gap.end() : sentence[1]]):
            return True
    return False


def stood_at(
    text: str,
    lang: str,
    figure: Mention,
    sentence: tuple[int, int],
    mentions: list[Mention],
    starts: list[int],
    published: date,
) -> tuple[str, tuple[int, int]] | None:
    """The day (ISO) the running figure ``figure`` stood at, as its sentence marks it, and
    where the date stands: the nearest marked date before it with no other date between
    (after it where none stands before), earlier than ``published``. ``mentions`` are the
    text's, in text order, and ``starts`` where each starts."""
    within = mentions[bisect_left(starts, sentence[0]) : bisect_left(starts, sentence[1])]
    dated = [m for m in within if m.kind in ("date", "period") and m.end <= sentence[1]]
    before = [m for m in dated if m.end <= figure.start]
    after = [m for m in dated if m.start >= figure.end]
    nearest = before[-1] if before else after[0] if after else None
    if nearest is None or not _marked(text, lang, nearest, sentence):
        return None
    day = day_of(nearest, published)
    if day is None or day >= published:
        return None
    return day.isoformat(), (nearest.start, nearest.end)
