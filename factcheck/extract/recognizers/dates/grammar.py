"""The date grammar of a language: lexicon templates and slots compiled, with their anchors."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from factcheck.extract.recognizers.dates.templates import Compiled, compile_templates
from factcheck.extract.recognizers.words import alternation
from factcheck.extract.scan import Anchors, Need, Plan, needs, plan
from factcheck.lang import cldr_locales
from factcheck.lang.lexicon import load

FULL, FULL_REST, BARE, BARE_REST = "\ue000", "\ue001", "\ue002", "\ue003"
# a four-digit figure read as a calendar year: 1800 to 2099
YEAR = r"(?:1[89]\d\d|20\d\d)"
_FULL, _FULL_REST, _BARE, _BARE_REST = FULL, FULL_REST, BARE, BARE_REST
_WAYS = ("last", "next", "within")
# (pattern, what it cannot match without) for the patterns run on the skeleton
Gated = list[tuple[re.Pattern[str], Need]]


@dataclass(frozen=True)
class Grammar:
    lang: str
    atoms: Compiled
    relative: Compiled
    numeric: Compiled
    year_ranges: Compiled
    quarters: Compiled
    decades: Compiled
    holidays: Compiled
    holiday_days: dict[str, str]
    # a day of the month named with its weekday ("Sunday the 19th", "domingo (19)")
    weekday_days: Compiled
    weekdays: dict[str, int]
    ago: Compiled
    last_n: Compiled
    # per last_n template, which way it counts: "last" up to publication, "next" from the day
    # after it ("the next 3 months"), "within" from publication itself ("within 3 months")
    last_n_ways: tuple[str, ...]
    bare: Compiled
    modifiers: dict[str, Gated]
    ranges: Gated
    open: dict[str, Gated]
    year: re.Pattern[str]
    year_context: re.Pattern[str]
    year_after: re.Pattern[str]
    rel_words: dict[str, str]
    unit_words: dict[str, str]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    mdy: bool
    today: re.Pattern[str]
    month_context: re.Pattern[str]
    anchors: Anchors
    # where on a skeleton the patterns run on it can match: near the atoms' markers
    skeleton_plan: Plan | None
    needs: dict[str, tuple[Need, ...]]


@cache
def weekday_numbers(lang: str) -> dict[str, int]:
    """Weekday names of ``lang`` as CLDR writes them (wide and abbreviated, lower case) and
    their numbers, Monday 0."""
    from babel.dates import get_day_names

    numbers: dict[str, int] = {}
    for locale in cldr_locales(lang):
        for width in ("wide", "abbreviated"):
            for number, name in get_day_names(width, locale=locale).items():
                numbers.setdefault(name.lower(), number)
    return numbers


def _slots(lang: str) -> dict[str, str]:
    lex = load(lang)
    dates = lex.section("dates")
    months = alternation(lex.months)
    weekdays = alternation(weekday_numbers(lex.lang))
    ordinals = alternation(lex.section("numbers", "ordinals"))
    suffix = dates.get("day_suffix", "")
    words = {k: v for k, v in lex.section("numbers", "words").items() if 0 < v <= 100}
    return {
        "D": rf"(?:(?:[12]\d|3[01]|0?[1-9])(?![\d.,]\d)(?:{suffix})?|{ordinals})",
        "DD": r"(?:[12]\d|3[01]|0?[1-9])",
        "M": rf"{months}\.?(?![^\W\d_])",
        "MM": r"(?:1[0-2]|0?[1-9])",
        "Y": rf"{YEAR}(?!\d)",
        "YE": rf"{YEAR}(?!\d)",  # the last year of a span of years
        "WD": rf"{weekdays}\.?",
        "HOL": alternation(dates.get("holidays", {})),
        "REL": alternation(w for ws in dates.get("relative", {}).values() for w in ws),
        "UNIT": alternation(w for ws in dates.get("units", {}).values() for w in ws),
        "N": rf"(?:\d{{1,3}}|{alternation(words)})",
        "Q": r"[1-4]",
        "H": r"[12]",
        # "the third quarter", "il primo semestre": ordinals that can number a quarter or a half
        "QW": alternation(
            k for k, v in lex.section("numbers", "ordinals").items() if 1 <= int(v) <= 4
        ),
        "HW": alternation(
            k for k, v in lex.section("numbers", "ordinals").items() if 1 <= int(v) <= 2
        ),
        "A": rf"(?:{_FULL}{_FULL_REST}*)",
    }


@cache
def grammar(lang: str) -> Grammar:
    """Compiled date patterns of ``lang``."""
    lex = load(lang)
    dates = lex.section("dates")
    slots = _slots(lang)
    shared = lex.shared_section("dates")
    mdy = dates.get("numeric_order") == "mdy"
    numeric = list(shared["numeric_formats"])
    if mdy:
        numeric = [f.replace("{DD}/{MM}", "{MM}/{DD}") for f in numeric]
    full = dict(slots, A=f"(?P<a>{_FULL}{_FULL_REST}*|{_BARE}{_BARE_REST}*)")
    ab = dict(full, B=f"(?P<b>{_FULL}{_FULL_REST}*|{_BARE}{_BARE_REST}*)")
    mods = {}
    for mod, words in dates.get("modifiers", {}).items():
        forms = [w if "{A}" in w else f"(?:{w})\\s*{{A}}" for w in words]
        mods[mod] = _skeleton_pattern(forms, full)
    rel_words = {w.lower(): k for k, ws in dates.get("relative", {}).items() for w in ws}
    unit_words = {w.lower(): k for k, ws in dates.get("units", {}).items() for w in ws}
    numbers = {k.lower(): int(v) for k, v in lex.section("numbers", "words").items()}
    context = alternation(dates.get("year_context", []))
    bare = ["{D} (?:of |de |di )?{M}", "{M} {D}", "{M}", "{DD}"]
    last_n = dates.get("last_n", {})
    families = {
        "atoms": compile_templates(dates.get("formats", []), slots),
        "relative": compile_templates(dates.get("relative_formats", []), slots),
        "numeric": compile_templates(numeric, slots),
        "year_ranges": compile_templates(shared["year_range_formats"], slots),
        "quarters": compile_templates(
            [*shared["quarter_formats"], *dates.get("quarter_formats", [])], slots
        ),
        "decades": compile_templates(
            [*shared["decade_formats"], *dates.get("decade_formats", [])], slots
        ),
        "holidays": compile_templates(dates.get("holiday_formats", []), slots),
        "weekday_days": compile_templates(dates.get("weekday_days", []), slots),
        "ago": compile_templates(dates.get("ago", []), slots),
        "last_n": compile_templates([t for way in _WAYS for t in last_n.get(way, [])], slots),
        "bare": compile_templates(bare, slots),
    }
    ranges = _skeleton_pattern(dates.get("ranges", []), ab)
    opens = {k: _skeleton_pattern(v, full) for k, v in dates.get("open", {}).items()}
    gated = [*ranges, *(x for v in [*mods.values(), *opens.values()] for x in v)]
    anchors = Anchors([n for c in families.values() for n in c.needs] + [n for _, n in gated])
    fold = _folder(anchors)
    return Grammar(
        lang=lex.lang,
        atoms=families["atoms"],
        relative=families["relative"],
        numeric=families["numeric"],
        year_ranges=families["year_ranges"],
        quarters=families["quarters"],
        decades=families["decades"],
        holidays=families["holidays"],
        holiday_days={
            re.sub(r"\s+", " ", k.lower()): str(v) for k, v in dates.get("holidays", {}).items()
        },
        weekday_days=families["weekday_days"],
        weekdays=weekday_numbers(lex.lang),
        ago=families["ago"],
        last_n=families["last_n"],
        last_n_ways=tuple(way for way in _WAYS for _ in last_n.get(way, [])),
        bare=families["bare"],
        modifiers={k: fold(v) for k, v in mods.items()},
        ranges=fold(ranges),
        open={k: fold(v) for k, v in opens.items()},
        year=re.compile(rf"(?<![\w.,/\-]){YEAR}(?![\w/]|[.,]\d|-\d)"),
        year_context=re.compile(rf"(?<!\w){context}\s*$", re.IGNORECASE),
        year_after=re.compile(
            rf"\s*{alternation(dates.get('year_after', []))}(?!\w)", re.IGNORECASE
        ),
        rel_words=rel_words,
        unit_words=unit_words,
        ordinals={k.lower(): int(v) for k, v in lex.section("numbers", "ordinals").items()},
        numbers=numbers,
        mdy=mdy,
        today=re.compile(rf"(?<![^\W_]){alternation(dates.get('today', []))}(?![^\W_])", re.I),
        month_context=re.compile(rf"(?<!\w){context}\s*$", re.IGNORECASE),
        anchors=anchors,
        skeleton_plan=plan(tuple(p for p, _ in gated), FULL + BARE),
        needs={k: tuple(anchors.fold(n) for n in c.needs) for k, c in families.items()},
    )


def _folder(anchors: Anchors) -> Callable[[Gated], Gated]:
    def fold(patterns: Gated) -> Gated:
        return [(p, anchors.fold(n)) for p, n in patterns]

    return fold


def _skeleton_pattern(templates: list[str], slots: dict[str, str]) -> Gated:
    out: Gated = []
    for template in templates:
        body = re.sub(r"(?<!\\) ", r"\\s+", template)
        body = body.replace("{A}", slots["A"]).replace("{B}", slots.get("B", "(?!)"))
        source = rf"(?<![^\W_])(?:{body})(?![^\W_])"
        out.append((re.compile(source, re.IGNORECASE), needs(source)))
    return out
