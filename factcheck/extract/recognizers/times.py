"""Clock times with their zone: "12:33", "12.33 Uhr", "9h30", "2 p.m.", "14:30 GMT", "at noon".

Templates come from the language's ``times.yaml`` and ``_shared/times.yaml``; the text
before a template's first slot is context that must stand right before the time. A zone
after (or, per language, before) the time is an abbreviation of ``factcheck/data/zones.yaml``,
an offset ("UTC+2"), or a phrase of the language naming a zone or the local time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.recognizers.spelled_times import spelled_grammar, spelled_times
from factcheck.extract.recognizers.time_grammar import TimeGrammar, TimeTemplate, grammar
from factcheck.extract.scan import finditer

LOCAL = "local"
_CONTEXT_WINDOW = 30
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class TimeMatch:
    """A clock time found in text: span, "HH" or "HH:MM[:SS]", its zone, and whether the text
    says it is the local time without naming the zone."""

    start: int
    end: int
    time: str
    zone: str | None
    local: bool
    pattern: str
    # the zone was named by a metazone's generic name ("Central European Time"): the clock
    # of the place the text is about, when that place keeps it, more than the zone read
    generic: bool = False


# a time whose reading the language leaves open ("午前12時": noon by law, midnight by use):
# no time is read there, nor one without its mark, nor its figures
UNCLEAR = ""


def _marked_hour(hour: int, mark: str, g: TimeGrammar) -> int | None:
    """The hour of the day an hour of the 12-hour clock names after a morning or afternoon
    mark: 0 to 11 counted from the mark's start ("午後0時" is 12), 12 at its end ("12 pm"),
    midnight after a mark of the night ("晚上12点"); None for no hour of that clock."""
    if not 0 <= hour <= 12:
        return None
    if g.night is not None and g.night.match(mark) and hour in (0, 12):
        return 0
    morning = g.am.match(mark) is not None
    return hour % 12 + (0 if morning else 12)


def _clock(match: re.Match[str], g: TimeGrammar) -> str | None:
    """The time a template match states, as a claim writes it ("14", "09:30")."""
    groups = match.groupdict()
    if groups.get("N"):
        return g.named.get(_SPACES.sub(" ", groups["N"].lower()))
    said = groups["H"].strip()
    hour = g.hours[said.lower()] if said.lower() in g.hours else int(said)
    minute, second = groups.get("MM") or groups.get("M"), groups.get("SS")
    if minute is not None:
        minute = f"{int(minute):02d}"  # "3時5分"
    elif groups.get("HALF"):
        minute = "30"  # "3時半", "3点半"
    mark = groups.get("AP")
    if mark:
        if hour == 12 and g.unclear is not None and g.unclear.match(mark.strip()):
            return UNCLEAR
        marked = _marked_hour(hour, mark.strip(), g)
        if marked is None:
            return None
        hour = marked
    if hour == 24 and (minute or "00") != "00":
        return None
    text = f"{hour:02d}"
    if minute is not None:
        text += f":{minute}"
        if second is not None:
            text += f":{second}"
    return text


_LEAD = re.compile(r"(?P<open>\s*\(\s*)|\s*,?\s*")
_WORD_END = re.compile(r"[^\W_](?![^\W_])")
_NAME_REACH = 48  # characters: no generated zone name is longer
_CLOSE = re.compile(r"\s*\)")
_AROUND_NAME = " \t\n,()"


def _generic(g: TimeGrammar, phrase: str) -> bool:
    """Whether the zone read from ``phrase`` (beside a time) is a metazone's generic name."""
    name = _SPACES.sub(" ", phrase.strip(_AROUND_NAME).lower())
    return name in g.generic or any(
        name.endswith(p) and name[: -len(p)].rstrip() in g.generic for p in g.particles
    )


def _lookup(g: TimeGrammar, text: str) -> str | None:
    return g.generated.get(_SPACES.sub(" ", text.strip().lower()))


def _keyed(text: str) -> bool:
    """Whether ``text`` and every part of it is its own lookup key (no white space, nothing
    to lower-case): then its parts are looked up as they are."""
    return text == text.lower() and _SPACES.search(text) is None


def _may_hold(g: TimeGrammar, char: str, side: int) -> bool:
    """False when no zone name can start (``side`` 0) or end (-1) with ``char``, the first or
    last character other than white space of every text then looked up."""
    if not char or char.isspace() or char == "Σ" or "" in g.generated:
        return True  # (a capital sigma lower-cases by what stands around it)
    return char.lower()[side] in g.ends[side]


# white space other than one plain space: a lookup key holds none
_ODD_SPACE = re.compile(r"[^\S ]|  ")


def _lowered_key(window: str) -> str | None:
    """``window`` lower-cased, whose every start is the lookup key of that start of
    ``window`` (which starts with no space): None when one is not, where white space other
    than single spaces is folded, or lower-casing changes a length or hangs on what follows
    (a capital sigma)."""
    low = window.lower()
    if len(low) != len(window) or "Σ" in window or _ODD_SPACE.search(window):
        return None
    return low


def _may_open(g: TimeGrammar, window: str) -> bool:
    """False when no zone name starts ``window`` (of a language that spaces its words): a
    name of one word is a start of its first word, one of more has that word first."""
    parts = window.split(None, 1)
    if not parts:
        return True
    first = parts[0].lower()
    if first in g.first_words:
        return True
    return any(first[:stop] in g.generated for stop in range(1, len(first)))


def _generated_after(text: str, end: int, g: TimeGrammar) -> tuple[str, int] | None:
    """A CLDR zone name right after ``end`` (the longest): (zone, its end)."""
    lead = _LEAD.match(text, end)
    assert lead is not None  # every part of it is optional
    start = lead.end()
    window = text[start : start + _NAME_REACH]
    if not _may_hold(g, window[:1], 0):
        return None
    if g.spaced and not _may_open(g, window):
        return None
    ends = [m.end() for m in _WORD_END.finditer(window)] if g.spaced else range(1, len(window) + 1)
    # names end where words end, never at a space, where words are spaced
    low = _lowered_key(window) if g.spaced else window if _keyed(window) else None
    for stop in sorted(ends, reverse=True):
        zone = g.generated.get(low[:stop]) if low is not None else _lookup(g, window[:stop])
        if zone is None:
            continue
        close = _CLOSE.match(text, start + stop) if lead["open"] else None
        if lead["open"] and close is None:
            return None
        return zone, close.end() if close else start + stop
    return None


def _generated_before(text: str, end: int, g: TimeGrammar) -> tuple[str, int] | None:
    """A CLDR zone name ending right before ``end``, a particle maybe between: (zone, start)."""
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    tail = text[max(0, stop - _NAME_REACH) : stop]
    for particle in ("", *g.particles):
        if particle and not tail.endswith(particle):
            continue
        head = tail[: len(tail) - len(particle)] if particle else tail
        if not _may_hold(g, head.rstrip()[-1:], -1):
            continue
        base = stop - len(tail)
        starts = (
            [0, *(m.end() for m in re.finditer(r"\s+", head))] if g.spaced else range(len(head))
        )
        keyed = _keyed(head)
        for begin in sorted(starts):
            if g.spaced and begin and not head[begin - 1].isspace():
                continue
            zone = g.generated.get(head[begin:]) if keyed else _lookup(g, head[begin:])
            if zone is not None:
                return zone, base + begin
    return None


def _zone(text: str, end: int, g: TimeGrammar) -> tuple[str | None, bool, int]:
    """The zone after a time ending at ``end``: (zone, local, new end)."""
    generated = _generated_after(text, end, g)
    found = g.zone_after.match(text, end)
    # the language's own phrase, unless CLDR's reads further ("hora local en Tailandia")
    if generated is not None and (found is None or generated[1] > found.end()):
        return generated[0], False, generated[1]
    if found is None:
        return None, False, end
    if found["abbr"]:
        offset = _SPACES.sub("", found["offset"] or "").replace("−", "-")
        if offset:
            sign, digits = offset[0], offset[1:].replace(":", "")
            hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
            return f"{sign}{int(hours):02d}:{minutes}", False, found.end()
        return found["abbr"], False, found.end()
    name = g.zone_names.get(_SPACES.sub(" ", found["phrase"].lower()))
    if name is None:
        return None, False, end
    return (None, True, found.end()) if name == LOCAL else (name, False, found.end())


def _zone_before(
    text: str, start: int, g: TimeGrammar, taken: bytearray
) -> tuple[str | None, bool, int]:
    """The zone named before a time starting at ``start``: (zone, local, new start).

    A date may stand between the zone and the time ("現地時間19日午前10時"): the zone is read
    before it, and the time's span does not take the date in.
    """
    if g.zone_before is None:
        return None, False, start
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end > 0 and taken[end - 1]:  # a date right before the time: read the zone before it
        while end > 0 and taken[end - 1] and start - end < _CONTEXT_WINDOW:
            end -= 1
    else:
        end = start
    generated = _generated_before(text, end, g)
    found = g.zone_before.search(text, max(0, end - _CONTEXT_WINDOW), end)
    if generated is not None and (found is None or generated[1] < found.start()):
        return generated[0], False, generated[1] if end == start else start
    if found is None:
        return None, False, start
    name = g.zone_names.get(_SPACES.sub(" ", found["phrase"].lower()))
    if name is None:
        return None, False, start
    begin = found.start() if end == start else start
    return (None, True, begin) if name == LOCAL else (name, False, begin)


def _at(text: str, start: int, templates: tuple[tuple[int, TimeTemplate], ...]) -> tuple | None:
    """The first template whose context and body match at ``start``."""
    for index, template in templates:
        if template.context is not None:
            window = max(0, start - _CONTEXT_WINDOW)
            if template.context.search(text, window, start) is None:
                continue
        body = template.body.match(text, start)
        if body is not None:
            return index, body
    return None


def find_times(text: str, lang: str, taken: bytearray) -> list[TimeMatch]:
    """Clock times in ``text`` outside the characters ``taken`` marks, in text order; the
    characters of a time the language leaves unclear ("午前12時") are marked taken."""
    g = grammar(lang)
    starts = [m.start() for m in finditer(g.candidate, text)]
    lowered = text.lower() if g.lead is not None else ""
    if g.lead is not None and any(word in lowered for word in g.lead_words):
        starts += [word.start() for word in finditer(g.lead, text)]
        starts.sort()
    found: list[TimeMatch] = []
    last_end = -1
    for start in starts:
        if start < last_end or taken[start]:
            continue  # a time at a taken character would be turned away below
        digit = text[start].isdigit()
        if digit and g.digit_body is not None and g.digit_body.match(text, start) is None:
            continue
        templates = g.digit_led if digit else g.word_led
        hit = _at(text, start, templates)
        if hit is None:
            continue
        index, body = hit
        end = body.end()
        if taken.find(1, start, end) >= 0:
            continue
        clock = _clock(body, g)
        if clock == UNCLEAR:  # no time, and none of its figures either
            taken[start:end] = b"\x01" * (end - start)
            last_end = end
        if not clock:
            continue
        said, (zone, local, end) = end, _zone(text, end, g)
        begin, phrase = start, text[said:end]
        if zone is None and not local:
            zone, local, begin = _zone_before(text, start, g, taken)
            phrase = text[begin:start]
        generic = zone is not None and _generic(g, phrase)
        found.append(TimeMatch(begin, end, clock, zone, local, f"time:{index}", generic))
        last_end = end
    spelled = spelled_grammar(lang, g.marks)
    if spelled is None:
        return found
    for start, end, clock, index in spelled_times(text, spelled, g.am):
        if taken.find(1, start, end) >= 0 or any(t.start < end and start < t.end for t in found):
            continue
        said, (zone, local, end) = end, _zone(text, end, g)
        generic = zone is not None and _generic(g, text[said:end])
        found.append(TimeMatch(start, end, clock, zone, local, f"time:spelled:{index}", generic))
    found.sort(key=lambda t: t.start)
    return found
