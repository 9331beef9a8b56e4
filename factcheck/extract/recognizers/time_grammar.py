"""The compiled clock-time grammar of a language: its templates (digit-led and word-led),
morning and afternoon marks, named times, hour words and zone phrases (see times.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.cache.snapshots import snapshot
from factcheck.cache.tables import kept_from_cldr
from factcheck.data import load_data
from factcheck.extract.recognizers.around import spaced_loosely
from factcheck.extract.recognizers.edges import ALNUM, LETTER, WORD, Edges, edges
from factcheck.extract.recognizers.words import alternation, trie
from factcheck.extract.recognizers.zone_names import cldr_zone_names, generic_zone_names
from factcheck.lang import cldr_locales
from factcheck.lang.lexicon import load

_SLOT = re.compile(r"\{(\w+)\}")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class TimeTemplate:
    """A clock template: the words that must stand before the time, and the time itself."""

    context: re.Pattern[str] | None  # must end right before the time
    body: re.Pattern[str]


@dataclass(frozen=True)
class TimeGrammar:
    """Everything a language's clock times are read with, compiled once."""

    # where a time may start: a one- or two-digit figure that is no part of a longer one, or
    # four figures before a capital (a zone, as in "0620 GMT": the templates decide)
    candidate: re.Pattern[str]
    digit_led: tuple[tuple[int, TimeTemplate], ...]
    # whether any digit-led template's time may start here, in one test: most figures are
    # no time, and each template would search its context first
    digit_body: re.Pattern[str] | None
    word_led: tuple[tuple[int, TimeTemplate], ...]  # led by a named time or an am/pm mark
    am: re.Pattern[str]
    marks: str  # the regex of the morning and afternoon marks
    named: dict[str, str]
    hours: dict[str, int]  # the words for the hours of the clock ("两", "두"), lowered
    lead_words: tuple[str, ...]  # lowered words a word-led template starts with
    lead: re.Pattern[str] | None  # where such a word starts
    zone_after: re.Pattern[str]
    zone_before: re.Pattern[str] | None
    zone_names: dict[str, str]
    generated: dict[str, str]  # CLDR's zone names and the place templates filled, as read
    generic: frozenset[str]  # those of them that name a metazone ("Central European Time")
    ends: tuple[frozenset[str], frozenset[str]]  # the first and last characters of those
    first_words: frozenset[str]  # the first word of each (up to its first space)
    spaced: bool  # words are separated by spaces: names end where words end
    particles: tuple[str, ...]
    # the marks of the night, after which 12 and 0 are midnight ("晚上12点", "밤 12시")
    night: re.Pattern[str] | None = None
    # the marks after which 12 names no clear time (by law noon, by use midnight: "午前12時")
    unclear: re.Pattern[str] | None = None


def _periods(lang: str) -> tuple[list[str], list[str]]:
    """CLDR's AM and PM names of ``lang`` (abbreviated and wide). Kept in the cache folder:
    reading them loads the language's whole CLDR data."""
    am, pm = kept_from_cldr("day-periods", lang, __file__, lambda: _read_periods(lang))
    return list(am), list(pm)


def _read_periods(lang: str) -> tuple[list[str], list[str]]:
    from babel import Locale

    am: list[str] = []
    pm: list[str] = []
    for locale in cldr_locales(lang):
        periods = Locale.parse(locale).day_periods.get("format", {})
        for width in ("abbreviated", "wide"):
            names = dict(periods.get(width, {}))
            am += [names["am"]] if names.get("am") else []
            pm += [names["pm"]] if names.get("pm") else []
    return am, pm


def _longest_first(item: str) -> tuple[int, str]:
    # ties in alphabetical order: a set's order changes with every process's string hashing
    return -len(item), item


def _words(items: list[str]) -> str:
    """Phrases as a regex; spaces (of any kind) and the dots of "a. m." match loosely."""
    parts = []
    for item in sorted({str(i) for i in items}, key=_longest_first):
        words = re.split(r"[\s\u00a0\u202f]+", item.strip())
        parts.append(r"\s*".join(re.escape(w) for w in words))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _template(source: str, slots: dict[str, str], e: Edges) -> TimeTemplate:
    first = _SLOT.search(source)
    assert first is not None, f"a time template needs a slot: {source}"
    head, body = source[: first.start()], source[first.start() :]

    expanded = _SLOT.sub(lambda m: f"(?P<{m[1]}>{slots[m[1]]})", spaced_loosely(body))
    context = None
    if head.strip():
        context = re.compile(rf"(?<!{e.start(ALNUM)})(?:{spaced_loosely(head)})$", re.IGNORECASE)
    body = rf"(?:{expanded})(?!{e.free(ALNUM)})"
    return TimeTemplate(context, re.compile(body, re.IGNORECASE))


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _any_body(templates: list[TimeTemplate]) -> re.Pattern[str] | None:
    """One pattern matching where any of ``templates``' bodies does (their groups unnamed,
    so that slots may repeat); None when a body refers to a group by its name."""
    bodies = [t.body.pattern for t in templates]
    if not bodies or any("(?P=" in b or "(?(" in b for b in bodies):
        return None
    joined = "|".join(f"(?:{_NAMED_GROUP.sub('(?:', b)})" for b in bodies)
    return re.compile(joined, re.IGNORECASE)


def _lead_slot(template: str) -> str:
    """The slot a template's time starts with: "H" (a figure), "N" or "AP" (a word)."""
    first = _SLOT.search(template)
    return first[1] if first else "H"


def _zone_patterns(
    data: dict, offset: str, e: Edges
) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    abbreviations = trie(str(k) for k in load_data("zones.yaml"))
    phrases = _words([*data.get("zones", {})])
    zone = rf"(?:(?P<abbr>(?-i:{abbreviations}))(?P<offset>\s*{offset})?|(?P<phrase>{phrases}))"
    end = f"(?!{e.free(LETTER)})"
    after = re.compile(rf"(?:(?P<open>\s*\(\s*)|\s*,?\s*){zone}{end}(?(open)\s*\))", re.IGNORECASE)
    before = None
    if data.get("zones_before"):
        words = _words([*data["zones_before"]])
        particles = _words(data.get("particles", []))  # "現地時間の", "현지 시간으로"
        before = re.compile(
            rf"(?<!{e.start(ALNUM)})(?P<phrase>{words})(?:\s*(?:{particles}))?\s*$", re.IGNORECASE
        )
    return after, before


@cache
@snapshot("time-grammar")
def grammar(lang: str) -> TimeGrammar:
    """Compiled time patterns of ``lang``."""
    lex = load(lang)
    data = lex.section("times")
    shared = lex.shared_section("times")
    cldr_am, cldr_pm = _periods(lex.lang)
    am = [*cldr_am, *data.get("am", [])]
    pm = [*cldr_pm, *data.get("pm", [])]
    named = {_SPACES.sub(" ", str(k).lower()): str(v) for k, v in data.get("named", {}).items()}
    e = edges(lang)
    slots = {
        "H": r"(?:[01]?\d|2[0-4])",
        "MM": r"[0-5]\d",
        "M": r"[0-5]?\d",
        "SS": r"[0-5]\d",
        "AP": _words(am + pm),
        "N": alternation(named) if named else "(?!)",
        "HALF": _words(data.get("half", [])),
        # the case endings glued to a time, in a language that inflects figures ("14.30'da")
        "END": f"(?:{data['endings']})" if data.get("endings") else "(?!)",
    }
    hours = {str(k).lower(): int(v) for k, v in data.get("hours", {}).items()}
    # after an am/pm mark or a named time the hour may be a word ("凌晨两点", "새벽 두 시"),
    # with the space a spaced language leaves before what follows it
    worded = {**slots, "H": rf"(?:{slots['H']}|{_words([*hours])}\s?)"} if hours else slots
    templates = [str(t) for t in [*data.get("formats", []), *shared.get("formats", [])]]
    compiled = [
        (i, _template(t, slots if _lead_slot(t) == "H" else worded, e), _lead_slot(t))
        for i, t in enumerate(templates)
    ]
    generated = cldr_zone_names(lang)
    after, before = _zone_patterns(data, str(shared.get("offset", "(?!)")), e)
    leads = {slot for _, _, slot in compiled}
    lead_words = [*(named if "N" in leads else ()), *(am + pm if "AP" in leads else ())]
    lead = None
    if lead_words:
        lead = re.compile(rf"(?<!{e.start(ALNUM)})(?:{_words(lead_words)})", re.IGNORECASE)
    zone_names = {
        _SPACES.sub(" ", str(k).lower()): str(v)
        for k, v in [*data.get("zones", {}).items(), *data.get("zones_before", {}).items()]
    }
    particles = tuple(sorted((str(p) for p in data.get("particles", [])), key=len, reverse=True))
    return TimeGrammar(
        # a match's first digit consumed in both branches: the scan skips to digits in C
        candidate=re.compile(rf"(?<!{e.start(WORD)})(?<![.,:])\d(?:\d?(?!\d)|(?=\d{{3}} ?[A-Z]))"),
        digit_led=tuple((i, t) for i, t, slot in compiled if slot == "H"),
        digit_body=_any_body([t for _, t, slot in compiled if slot == "H"]),
        word_led=tuple((i, t) for i, t, slot in compiled if slot != "H"),
        am=re.compile(rf"^{_words(am)}$", re.IGNORECASE),
        marks=slots["AP"],
        named=named,
        hours=hours,
        lead_words=tuple({str(w).lower() for w in lead_words}),
        lead=lead,
        zone_after=after,
        zone_before=before,
        zone_names=zone_names,
        generated=generated,
        generic=generic_zone_names(lang),
        ends=(frozenset(k[:1] for k in generated), frozenset(k[-1:] for k in generated)),
        first_words=frozenset(k.split(" ", 1)[0] for k in generated),
        spaced=load(lang).section("language").get("word_spaces", True) is not False,
        particles=particles,
        night=_marks(data.get("night")),
        unclear=_marks(data.get("twelve_unclear")),
    )


def _marks(items: list[str] | None) -> re.Pattern[str] | None:
    """A pattern matching exactly one of the marks ``items``; None for none."""
    return re.compile(rf"^{_words(items)}$", re.IGNORECASE) if items else None
