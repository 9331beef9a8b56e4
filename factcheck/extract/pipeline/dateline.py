"""A text's dateline: the day a plain-text article says it was written, in its first lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.cache.snapshots import snapshot
from factcheck.extract.recognizers.dates.cldr import cldr_templates
from factcheck.extract.recognizers.dates.find import find_dates
from factcheck.extract.recognizers.dates.slots import template_slots
from factcheck.extract.recognizers.width import narrow
from factcheck.lang.lexicon import load

_HEAD = 300  # characters: a dateline opens the article
_FULL = re.compile(r"\d{4}-\d{2}-\d{2}")
# the slots that give a date its day, and those that give its year in two digits
_DAY_SLOTS = ("{D}", "{DD}")
_SHORT_YEARS = ("{Y2}", "{YL}")
# a template's literal character beside a slot: an escaped one or one with no regex meaning
_LITERAL = re.compile(r"\\(\W)|([^\w\s\\.^$*+?{}()\[\]|])")
# what makes the character before it optional or repeated: "?", "*", "+", "{2}", "{1,3}"
_QUANTIFIED = re.compile(r"[?*+]|\{\d")


def dateline(text: str, lang: str) -> str | None:
    """The first full date (day, month and year) in the opening lines, as YYYY-MM-DD."""
    head = text[:_HEAD]
    # with no publication date, a date's year comes from the text alone: where none may be
    # written, the date grammar (a dozen scans, whatever the length) finds no full date
    if _year_gate(lang).search(narrow(head)) is None:
        return None
    for found in find_dates(head, lang, None):
        value = found.claim or {}
        day = str(value.get("date", ""))
        if found.form == "date" and _FULL.fullmatch(day):
            return day
    return None


@cache
def _year_gate(lang: str) -> re.Pattern[str]:
    """What a text must hold for the date grammar of ``lang`` to read a full date in it with
    no publication date: a year of four figures or numerals ({Y}), spelled out ({YW}), an
    era's name ({ERA}: its years are counted from it), or a year of two figures where a
    template with a day reads one (see ``_short_year``)."""
    return re.compile(_year_gate_text(lang), re.IGNORECASE)


@snapshot("year-gate")
def _year_gate_text(lang: str) -> str:
    """The year gate's regex, kept in the cache folder: working it out walks every date
    template of the language, in each process that reads a first article in it."""
    slots = template_slots(lang)
    parts = [slots["Y"], slots["YW"], slots["ERA"], _short_year(_templates(lang))]
    return "|".join(f"(?:{p})" for p in parts)


def _templates(lang: str) -> list[str]:
    """Every date template of ``lang``: its own, the ones shared by all languages, CLDR's."""
    lex = load(lang)
    return [
        *_strings(lex.section("dates")),
        *_strings(lex.shared_section("dates")),
        *cldr_templates(lang),
    ]


def _strings(data: object) -> Iterator[str]:
    """The strings anywhere in a section's data: keys, values and items."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from _strings(item)


def _short_year(templates: list[str]) -> str:
    """A regex every text holds where a template with a day slot and a two-figure year slot
    matches: the two figures with the literal character the template sets beside them
    ("3/4/19": a slash then two figures), or two figures alone where it sets none."""
    found: set[str] = set()
    for template in templates:
        if not any(day in template for day in _DAY_SLOTS):
            continue  # a month and a year at most: no full date
        for slot in _SHORT_YEARS:
            for at in (m.start() for m in re.finditer(re.escape(slot), template)):
                after = _literal_after(template, at + len(slot))
                before = _literal_before(template, at)
                if after is not None:
                    found.add(rf"\d\d\s*{re.escape(after)}")
                elif before is not None:
                    found.add(rf"{re.escape(before)}\s*\d\d")
                else:
                    return r"\d\d"
    return "|".join(sorted(found)) or "(?!)"


def _literal_after(template: str, at: int) -> str | None:
    """The character ``template`` requires right at ``at`` (not optional), if it is literal."""
    m = _LITERAL.match(template, at)
    if m is None or _QUANTIFIED.match(template, m.end()):
        return None
    return m.group(1) or m.group(2)


def _literal_before(template: str, at: int) -> str | None:
    """The literal character ``template`` requires right before ``at``, if there is one."""
    if at >= 2 and template[at - 2] == "\\" and not template[at - 1].isalnum():
        # an escaped character, unless its backslash is itself escaped
        return template[at - 1] if at < 3 or template[at - 3] != "\\" else None
    if at >= 1:
        m = _LITERAL.fullmatch(template, at - 1, at)
        if m is not None and m.group(2) and (at < 2 or template[at - 2] != "\\"):
            return m.group(2)
    return None


# what closes a wire dateline after its date: the agency in brackets and a dash ("LONDON,
# July 2 (Reuters) - "), or the Chinese agencies' 电 ("新华社雅典9月22日电")
_WIRE_DASH = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]\s")
_WIRE_CABLE = re.compile(r"[电電]")
_WIRE_AGENCY = re.compile(r"\s*\([^()\n]{1,40}\)\s*[-–—]\s")
_WIRE_HEAD = 60  # characters: the place a wire dateline names before its date, at most


def in_wire_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` is a wire dateline's, opening its paragraph with
    the place it was sent from: the day the story was filed, not a day of its events. The
    place ends on a comma before a dash-closed dateline ("PARIS, 12 mars 2026 — ")."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    if len(head) > _WIRE_HEAD or any(c.isdigit() for c in head):
        return False
    if _WIRE_CABLE.match(text, end):
        return bool(head)
    if not head.strip():
        # no place, the agency in brackets: "June 9 (Reuters) - " (a date and a dash alone
        # open a timeline's entries as well, whose days are the story's)
        return _WIRE_AGENCY.match(text, end) is not None
    return head.rstrip().endswith(",") and _WIRE_DASH.match(text, end) is not None
