"""The date grammar of a language: lexicon templates and slots compiled, with their anchors."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from factcheck.cache.snapshots import snapshot
from factcheck.extract.recognizers.dates.cldr import cldr_templates
from factcheck.extract.recognizers.dates.groups import Folder, Gated, Requirement
from factcheck.extract.recognizers.dates.needs_cache import NeedsCache
from factcheck.extract.recognizers.dates.probes import probes_of
from factcheck.extract.recognizers.dates.skeletons import (
    SkeletonProbes,
    remember,
    skeleton_pattern,
    skeleton_probes,
)
from factcheck.extract.recognizers.dates.slots import (
    BARE,
    BARE_REST,
    FULL,
    FULL_REST,
    YEAR,
    atom_of,
    template_slots,
    unaccented,
    weekday_numbers,
)
from factcheck.extract.recognizers.dates.templates import Compiled, compile_templates
from factcheck.extract.recognizers.edges import ALNUM, WORD, edges
from factcheck.extract.recognizers.words import alternation
from factcheck.extract.scan import Anchors, Plan, plan
from factcheck.lang.lexicon import glued_months, load

_WAYS = ("last", "next", "within")
_ENDS = ("first", "last")


@dataclass(frozen=True)
class Grammar:
    """The compiled date grammar of one language."""

    lang: str
    atoms: Compiled
    relative: Compiled
    numeric: Compiled
    # the date formats and skeletons CLDR gives the language's locales
    cldr: Compiled
    year_ranges: Compiled
    quarters: Compiled
    decades: Compiled
    holidays: Compiled
    holiday_days: dict[str, str]
    # a day of the month named with its weekday ("Sunday the 19th", "domingo (19)")
    weekday_days: Compiled
    # a weekday counted in its month ("the last Monday of April"), and the count each word
    # names (-1: the last)
    weekday_of_month: Compiled
    nth: dict[str, int]
    weekdays: dict[str, int]
    ago: Compiled
    last_n: Compiled
    # per last_n template, which way it counts: "last" up to publication, "next" from the day
    # after it ("the next 3 months"), "within" from publication itself ("within 3 months")
    last_n_ways: tuple[str, ...]
    # the first or last N units of a year ("the first six months of 2020"), and which end
    year_parts: Compiled
    year_parts_ends: tuple[str, ...]
    bare: Compiled
    # a day of the month named alone ("19日", "28일"): a day of the publication's month
    days: Compiled
    # a day named alone after the word for day ("no dia 19"): read before bare days take it
    day_words: Compiled
    centuries: Compiled
    # era names and the year each era's first year is (令和: 2019)
    eras: dict[str, int]
    era_first: frozenset[str]
    # a month named alone is one of the publication's year, with no word before it needed
    months_alone: bool
    # a year is marked by a word after it (1789年): one before 1800 is read alone too
    year_marked: bool
    # what closes a year, right after it, as one and never a count: a mark of punctuation,
    # the end of a line, or a word of the language's ``year_next`` not before a figure
    # ("en juillet 1789 à Paris", but "en mars 1500 personnes", "en mars 1500 à 2000")
    year_closed: re.Pattern[str]
    # the words of the year unit: a relative template holding one names a year ("next year")
    year_words: tuple[str, ...]
    # the words that name the first or second half of a year (上半年, 하반기)
    halves: dict[str, int]
    # centuries named relative to publication: 上世纪 -1, 本世纪 0
    centuries_named: dict[str, int]
    spaced: bool
    # a word that marks the date after it as one of another calendar (农历), right before
    other_calendar: re.Pattern[str] | None
    # the word for "month" or a case ending after a month's name, which makes it one named
    # alone ("Mart ayında", "Mart'ta")
    month_after: re.Pattern[str] | None
    # a month's name with a case ending glued to it ("martta"): one named alone too, unless
    # a word right before makes it the other noun it is ("bu aralıkta": in this interval)
    month_forms: frozenset[str]
    month_forms_not_after: re.Pattern[str] | None
    # the year word, right before a bare month or day: the year was written in a way not read
    after_year: re.Pattern[str] | None
    modifiers: dict[str, Gated]
    # a modifier of the current year or month named by its unit alone ("fin de mes")
    modifiers_alone: dict[str, Gated]
    # a date a counted stretch before or after another ("2 weeks before 13 May 1999")
    offsets: dict[str, Gated]
    ranges: Gated
    # a day of the month before another it shares the month of ("19 and 20 October")
    lists: Gated
    open: dict[str, Gated]
    year: re.Pattern[str]
    year_context: re.Pattern[str]
    year_after: re.Pattern[str]
    rel_words: dict[str, str]
    unit_words: dict[str, str]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    mdy: bool
    today: re.Pattern[str]  # the words for the day of publication and the days before it
    days_ago: dict[str, int]  # lowered: how many days before publication each names
    month_context: re.Pattern[str]
    anchors: Anchors
    # where on a skeleton the patterns run on it can match: near the atoms' markers
    skeleton_plan: Plan | None
    # per family, what a text must hold for a template to match it, and the templates
    # that require it
    needs: dict[str, tuple[tuple[Requirement, tuple[int, ...]], ...]]
    # the slots no anchor can stand for (digits: "{Y}", "{DD}"), each a regex searched once
    # per text when a template that holds it is otherwise possible
    probes: dict[str, re.Pattern[str]]
    # what the skeleton patterns cannot match without around their atoms, kept with the
    # grammar so that one read back from the cache folder has them too
    around: tuple[SkeletonProbes, ...] = ()


@cache
def grammar(lang: str) -> Grammar:
    """Compiled date patterns of ``lang``."""
    built = _grammar(lang)
    for probes in built.around:
        remember(probes)
    return built


@snapshot("dates-grammar")
def _grammar(lang: str) -> Grammar:
    """:func:`grammar`, built or read back from the cache folder."""
    lex = load(lang)
    dates = lex.section("dates")
    slots = template_slots(lang)
    kept = NeedsCache(lex.lang)
    shared = lex.shared_section("dates")
    mdy = dates.get("numeric_order") == "mdy"
    numeric = list(shared["numeric_formats"])
    if mdy:
        numeric = [
            f.replace("{DD}/{MM}", "{MM}/{DD}").replace("{DD} {MM}", "{MM} {DD}") for f in numeric
        ]
    # the other order, where only it reads as a date ("02/22/2016" in a day-first language)
    numeric += shared.get("numeric_other_order", {}).get("dmy" if mdy else "mdy", [])
    full = dict(slots, A=atom_of(FULL, BARE))
    # the end of a range may be the present ("between May 2017 and now"), in the words of
    # the language that name it, read only there
    now = alternation(dates.get("now", [])) if dates.get("now") else "(?!)"
    # or the day before or after it ("between May 2017 and yesterday"), or a year spelled out
    # ("from 1998 to two thousand and three")
    near = dates.get("near_days", {})
    before = alternation(near["before"]) if near.get("before") else "(?!)"
    after = alternation(near["after"]) if near.get("after") else "(?!)"
    ab = dict(
        full,
        B=f"(?:(?P<b>{FULL}{FULL_REST}*|{BARE}{BARE_REST}*)|(?P<now>{now})"
        f"|(?P<yesterday>{before})|(?P<tomorrow>{after})|(?P<spelled>{slots['YW']}))",
    )
    e = edges(lang)
    end = e.free(ALNUM)
    if e.glue and not e.spaced and dates.get("day_suffix"):
        # where words touch, a date that ends on the mark of its day may touch the figures
        # of the time that follows it: "28日12时50分"
        end = rf"(?<!{dates['day_suffix']}){end}"
    bounds = (e.start(ALNUM), end)
    days_ago = {str(k).lower(): int(v) for k, v in (dates.get("days_ago") or {}).items()}
    # a part of the current year or month named by the unit alone ("the end of the month",
    # "fin d'année", "年末"): each unit's words as a group of its own name
    alone = dates.get("modified_units", {})
    units_alone = "|".join(f"(?P<{u}>{alternation(ws)})" for u, ws in alone.items() if ws)
    # apart from the patterns on atoms: they hold no atom's marker, which the plan needs
    modified = dict(full, A=f"(?:{units_alone or '(?!)'})")
    mods, mods_alone = {}, {}
    for mod, words in dates.get("modifiers", {}).items():
        forms = [w if "{A}" in w else f"(?:{w})\\s*{{A}}" for w in words]
        mods[mod] = skeleton_pattern(forms, full, bounds, kept.needs)
        if units_alone:
            mods_alone[mod] = skeleton_pattern(forms, modified, bounds, kept.needs)
    rel_words = {w.lower(): k for k, ws in dates.get("relative", {}).items() for w in ws}
    unit_words = {w.lower(): k for k, ws in dates.get("units", {}).items() for w in ws}
    numbers = {k.lower(): int(v) for k, v in lex.section("numbers", "words").items()}
    # the cardinals a language names a day of the month with ("yirmi iki Ocak")
    numbers.update({str(k).lower(): int(v) for k, v in dates.get("day_numbers", {}).items()})
    context = alternation(dates.get("year_context", []))
    bare = dates.get("bare_formats", ["{D} (?:of |de |di )?{M}", "{M} {D}", "{M}", "{DD}"])
    # dates read only as a part of a range: a day and month in figures whose end gives the year
    # ("1.5.–7.5.2020"; alone, "1.5" is a figure), a day alone marked {RO}; first, before
    # their day is read alone
    bare = [*dates.get("range_parts", []), *bare]
    last_n = dates.get("last_n", {})
    parts_of_year = dates.get("year_parts", {})

    def family(templates: list[str]) -> Compiled:
        """One family of templates, compiled with the language's word bounds."""
        return compile_templates(templates, slots, bounds=bounds, needs_of=kept.needs)

    families = {
        "atoms": family(dates.get("formats", [])),
        "relative": family(dates.get("relative_formats", [])),
        "numeric": family(numeric),
        "cldr": family(list(cldr_templates(lex.lang))),
        "year_ranges": family(shared["year_range_formats"]),
        "quarters": family([*shared["quarter_formats"], *dates.get("quarter_formats", [])]),
        "decades": family([*shared["decade_formats"], *dates.get("decade_formats", [])]),
        "holidays": family(dates.get("holiday_formats", [])),
        "weekday_days": family(dates.get("weekday_days", [])),
        "weekday_of_month": family(dates.get("weekday_of_month", [])),
        "ago": family(dates.get("ago", [])),
        "last_n": family([t for way in _WAYS for t in last_n.get(way, [])]),
        "year_parts": family([t for end in _ENDS for t in parts_of_year.get(end, [])]),
        "bare": family(bare),
        "days": family(dates.get("day_formats", [])),
        "day_words": family(dates.get("day_word_formats", [])),
        "centuries": family(dates.get("century_formats", [])),
    }
    ranges = skeleton_pattern(dates.get("ranges", []), ab, bounds, kept.needs)
    # the first of two days is a bare day alone, the second any date
    listed = dict(full, A=atom_of(BARE), B=full["A"].replace("<a>", "<b>"))
    lists = skeleton_pattern(dates.get("day_lists", []), listed, bounds, kept.needs)
    offsets = {
        k: skeleton_pattern(v, full, bounds, kept.needs)
        for k, v in dates.get("offsets", {}).items()
    }
    open_forms: dict[str, list[str]] = {}
    # the language's own first: its kinds are tried in its order ("no later than" first)
    for source in (dates.get("open", {}), shared.get("open", {})):
        for kind, forms in source.items():
            open_forms.setdefault(kind, []).extend(forms)
    opens = {k: skeleton_pattern(v, full, bounds, kept.needs) for k, v in open_forms.items()}
    gated = [
        *ranges,
        *lists,
        *(x for v in [*mods.values(), *opens.values(), *offsets.values()] for x in v),
    ]
    alone_needs = [n for v in mods_alone.values() for _, n in v]
    anchors = Anchors(
        [n for c in families.values() for n in c.needs] + [n for _, n in gated] + alone_needs
    )
    fold = Folder(anchors)
    probes = probes_of(slots, (r for c in families.values() for r in c.required))
    kept.save()
    return Grammar(
        lang=lex.lang,
        atoms=families["atoms"],
        relative=families["relative"],
        numeric=families["numeric"],
        cldr=families["cldr"],
        year_ranges=families["year_ranges"],
        quarters=families["quarters"],
        decades=families["decades"],
        holidays=families["holidays"],
        holiday_days={
            re.sub(r"\s+", " ", k.lower()): str(v) for k, v in dates.get("holidays", {}).items()
        },
        weekday_days=families["weekday_days"],
        weekday_of_month=families["weekday_of_month"],
        nth={str(k).lower(): int(v) for k, v in dates.get("weekday_ordinals", {}).items()},
        weekdays=weekday_numbers(lex.lang),
        ago=families["ago"],
        last_n=families["last_n"],
        last_n_ways=tuple(way for way in _WAYS for _ in last_n.get(way, [])),
        year_parts=families["year_parts"],
        year_parts_ends=tuple(end for end in _ENDS for _ in parts_of_year.get(end, [])),
        bare=families["bare"],
        days=families["days"],
        day_words=families["day_words"],
        centuries=families["centuries"],
        eras={str(k): int(v) for k, v in dates.get("eras", {}).items()},
        era_first=frozenset(str(w) for w in dates.get("era_first_year", [])),
        months_alone=bool(dates.get("months_alone")),
        year_marked=bool(dates.get("year_marks")),
        year_closed=_closing(dates.get("year_next", []), e.free(WORD)),
        year_words=tuple(str(w).lower() for w in dates.get("units", {}).get("year", [])),
        halves={str(k): int(v) for k, v in dates.get("half_words", {}).items()},
        spaced=lex.spaced,
        other_calendar=_ending(dates.get("other_calendars", [])),
        month_after=(
            re.compile(rf"(?:{dates['month_after']})(?![^\W\d_])", re.IGNORECASE)
            if dates.get("month_after")
            else None
        ),
        month_forms=frozenset(glued_months(lex.lang)),
        month_forms_not_after=_word_ending(dates.get("month_endings_not_after", [])),
        after_year=_ending(
            dates.get("units", {}).get("year", []) if dates.get("months_alone") else []
        ),
        centuries_named={str(k): int(v) for k, v in dates.get("centuries", {}).items()},
        modifiers={k: fold(v) for k, v in mods.items()},
        modifiers_alone={k: fold(v) for k, v in mods_alone.items()},
        offsets={k: fold(v) for k, v in offsets.items()},
        ranges=fold(ranges),
        lists=fold(lists),
        open={k: fold(v) for k, v in opens.items()},
        # after a hyphen only where a word leads into it ("mid-2006"), not in a run of figures
        year=re.compile(rf"(?<![\w.,/])(?<![\d.,/]-){YEAR}(?![\w/]|[.,]\d|-\d)"),
        # a comparison sign before a year makes it one as much as a word does ("> = 2019"),
        # and a word joined to it by a hyphen ("mid-2006")
        year_context=re.compile(
            rf"(?:(?<!{e.start(WORD)}){context}|[<>≤≥]\s*=?)(?:\s*|-)$", re.IGNORECASE
        ),
        year_after=re.compile(
            rf"\s*{alternation(dates.get('year_after', []))}(?!{e.free(WORD)}){_pair(lex.spaced)}",
            re.IGNORECASE,
        ),
        rel_words=rel_words,
        unit_words=unit_words,
        ordinals={w.lower(): v for k, v in lex.ordinals.items() for w in unaccented([k])},
        numbers=numbers,
        mdy=mdy,
        today=re.compile(
            rf"(?<!{bounds[0]}){alternation([*dates.get('today', []), *days_ago])}"
            rf"(?!{bounds[1]})",
            re.I,
        ),
        days_ago=days_ago,
        month_context=re.compile(rf"(?<!{e.start(WORD)}){context}\s*$", re.IGNORECASE),
        anchors=anchors,
        skeleton_plan=plan(tuple(p for p, _ in gated), FULL + BARE),
        needs={
            k: _grouped(
                (fold.one(n), required.intersection(probes))
                for n, required in zip(c.needs, c.required, strict=True)
            )
            for k, c in families.items()
        },
        probes=probes,
        around=tuple(found for p, _ in gated if (found := skeleton_probes(p)) is not None),
    )


def _grouped(family: Iterable[Requirement]) -> tuple[tuple[Requirement, tuple[int, ...]], ...]:
    """The requirements of a family's templates, each once, with the templates that hold it,
    those with the fewest parts first: the likeliest met, the cheapest to look up."""
    grouped: dict[tuple[frozenset[frozenset[str]], frozenset[str]], list] = {}
    for index, (need, slots) in enumerate(family):
        grouped.setdefault((frozenset(need), slots), [(need, slots), []])[1].append(index)
    ordered = sorted(grouped.values(), key=lambda item: len(item[0][0]) + len(item[0][1]))
    return tuple((req, tuple(indices)) for req, indices in ordered)


def _pair(spaced: bool) -> str:
    """Where words are spaced, a second year one short word on, with no word after it, makes
    a year of the first ("2014 to 2018", "2010'dan 2018'e"): an alternative to the words."""
    if not spaced:
        return ""
    return rf"|[^\S\n]*[^\s\d]{{1,8}}[^\S\n]+{YEAR}(?![\d.,]\d)(?![^\S\n]*[^\W\d_])"


def _closing(words: list[str], free: str) -> re.Pattern[str]:
    """The pattern of ``Grammar.year_closed``: ``free`` is what may not follow a word."""
    after = rf"|\s+{alternation(words)}(?!{free})(?!\s*\d)" if words else ""
    return re.compile(rf"[^\S\n]*(?:[\n;:!?)\]»”\"]|[.,](?!\d)|\Z){after}", re.IGNORECASE)


def _word_ending(words: list[str]) -> re.Pattern[str] | None:
    """A pattern for one of ``words``, whole, as the last word of the text searched."""
    return re.compile(rf"(?<![^\W\d_]){alternation(words)}\s+\Z", re.I) if words else None


def _ending(words: list[str]) -> re.Pattern[str] | None:
    """A pattern for one of ``words`` at the end of the text searched (spaces allowed)."""
    return re.compile(rf"{alternation(words)}\s*\Z") if words else None
