"""The day of the story's event among the days a text names that no concept word names.

A day (a date to the day, or a weekday) in a sentence that speaks of the story ("Le jeudi
soir, trois hommes..."), a day written with its weekday ("martedì 14 ottobre") and a day in
the article's opening sentence ("The rocket put seven satellites in orbit on Thursday") are
the day of the event, with low confidence: a news story says when in its first sentence,
and background is not dated to the day with its weekday. The day is compared with the
event's other dates, where a weekday agrees with a date that falls on it. A month or a year
is as often background ("since 2021") and is left a candidate.
"""

from __future__ import annotations

import re

from factcheck.extract.pipeline.concepts import ConceptHit, concepts
from factcheck.extract.pipeline.discovered import Discovered
from factcheck.extract.recognizers.recognize import Mention

# the end of a sentence: its mark, then white space or the end of the text
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")


def day_of_event(m: Mention, hits: list[ConceptHit], text: str) -> Discovered | None:
    """The topic of the day of the event for ``m`` of ``text``, where it is one (see the
    module); None for any other figure."""
    if m.kind != "date":
        return None
    day, ago = m.value.get("date"), m.value.get("ago")
    # a date to the day, or days counted back from publication ("yesterday", "hier")
    to_the_day = (isinstance(day, str) and len(day) == 10) or (
        isinstance(ago, str) and ago.endswith("D")
    )
    if "weekday" not in m.value and not to_the_day:
        return None
    with_weekday = "weekday" in m.value and isinstance(day, str) and len(day) == 10
    if not (hits or with_weekday or in_lede(text, m.start)):
        return None
    concept = concepts()["event_date"]
    return Discovered(concept.id, concept.id, m.kind, concept.label, 0.2, "")


def in_lede(text: str, start: int) -> bool:
    """True when ``start`` is in the first sentence after the title line of ``text``."""
    body = text.lstrip()
    skipped = len(text) - len(body)
    title_end = body.find("\n")
    if title_end < 0:
        return False
    lede_start = skipped + title_end + 1
    while lede_start < len(text) and text[lede_start].isspace():
        lede_start += 1
    end = _SENTENCE_END.search(text, lede_start)
    return lede_start <= start < (end.end() if end else len(text))
