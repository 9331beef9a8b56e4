"""The slots of the date templates: what a day, a month, a year, a weekday, a holiday, a
quarter or a century may be written as in one language, as regex fragments."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

from factcheck.cache.snapshots import snapshot
from factcheck.cache.tables import kept_from_cldr
from factcheck.extract.recognizers.dates.names import package_holidays
from factcheck.extract.recognizers.dates.spelled import year_slots
from factcheck.extract.recognizers.edges import LETTER, edges
from factcheck.extract.recognizers.numerals import numeral_class
from factcheck.extract.recognizers.words import alternation
from factcheck.lang import cldr_locales
from factcheck.lang.lexicon import load

# the marks that stand for an atom in a text's skeleton: its first character and the rest,
# for a full date and for a bare one
FULL, FULL_REST, BARE, BARE_REST = "\ue000", "\ue001", "\ue002", "\ue003"
_REST = {FULL: FULL_REST, BARE: BARE_REST}


def atom_of(*heads: str) -> str:
    """The slot of an atom (group "a") whose marker is one of ``heads``."""
    return "(?P<a>" + "|".join(f"{head}{_REST[head]}*" for head in heads) + ")"


def atom_heads(atom: str) -> tuple[str, ...]:
    """The markers a match of the atom slot ``atom`` starts with, when it is made of marker
    runs alone (``atom_of``); none for any other slot."""
    for heads in ((FULL, BARE), (FULL,), (BARE,)):
        if atom == atom_of(*heads):
            return heads
    return ()


# a four-digit figure read as a calendar year: 1800 to 2099
YEAR = r"(?:1[89]\d\d|20\d\d)"
# one from 1000 to 1799, read only with its day and month's name or the word that marks a
# year (see atoms.year_of): "14 juillet 1789", "1789년"
HISTORIC_YEAR = r"1[0-7]\d\d"
# I to XXI in capitals only: a lower-case "vi" or "xi" is a word, not a number
ROMAN_CENTURY = r"(?-i:(?=[XVI])X{0,2}(?:IX|IV|V?I{0,3}))"


@cache
def weekday_numbers(lang: str) -> dict[str, int]:
    """Weekday names of ``lang`` as CLDR writes them (wide and abbreviated, lower case) and
    their numbers, Monday 0. Kept in the cache folder: reading them loads the language's
    whole CLDR data."""
    return kept_from_cldr("weekday-names", lang, __file__, lambda: _weekday_numbers(lang))


def _weekday_numbers(lang: str) -> dict[str, int]:
    from babel.dates import get_day_names

    numbers: dict[str, int] = {}
    for locale in cldr_locales(lang):
        for width in ("wide", "abbreviated"):
            for number, name in get_day_names(width, locale=locale).items():
                numbers.setdefault(name.lower(), number)
    return numbers


def unaccented(words: Iterable[str]) -> list[str]:
    """``words`` and each written without its accents ("troisième", "troisieme")."""
    out = []
    for word in words:
        out.append(word)
        bare = "".join(
            c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
        )
        if bare != word:
            out.append(bare)
    return out


def _historic(marks: list[str]) -> str:
    """A year before 1800, followed by a word that marks a year where the language has one."""
    return rf"{HISTORIC_YEAR}(?=\s*{alternation(marks)})" if marks else HISTORIC_YEAR


@cache
def template_slots(lang: str) -> dict[str, str]:
    """The regex of each slot a date template of ``lang`` may hold (D, M, Y, WD, HOL ...)."""
    return _template_slots(lang)


# kept whole: building them joins the language's month, weekday, ordinal and holiday names
# into tries, which cost the first article of a language more than reading its grammars
@snapshot("date-slots")
def _template_slots(lang: str) -> dict[str, str]:
    lex = load(lang)
    dates = lex.section("dates")
    months = alternation(lex.months)
    weekdays = alternation(weekday_numbers(lex.lang))
    # a day of the month by its ordinal, or by its cardinal where the language names it so
    day_words = alternation([*lex.ordinals, *map(str, dates.get("day_numbers", {}))])
    suffix = dates.get("day_suffix", "")
    words = {k: v for k, v in lex.section("numbers", "words").items() if 0 < v <= 100}
    letter = edges(lang).free(LETTER)
    # numbers written as characters (二十八日, 二〇二四年, 第三四半期), in a language whose
    # dates take them
    small, digit = "", ""
    if dates.get("numeral_dates"):
        small, digit = numeral_class(lang), numeral_class(lang, places=False)
    spelled = f"|{small}{{1,3}}" if small else ""
    halves = {**lex.ordinals, **dates.get("half_words", {})}
    slots = {
        "D": rf"(?:(?:[12]\d|3[01]|0?[1-9])(?![\d.,]\d)(?:{suffix})?|{day_words})",
        "DD": r"(?:[12]\d|3[01]|0?[1-9])",
        # matches nothing: marks a template whose date is read only inside a range
        "RO": "",
        # an abbreviation's dot, not the full stop of a sentence that ends on the month
        "M": rf"{months}(?:\.(?![ \t]*(?:\n|$)|\s+(?-i:[A-ZÀ-ÖØ-Þ])))?(?!{letter})",
        "MM": r"(?:1[0-2]|0?[1-9])",
        # a month by its ordinal in the year, in words ("am 3. Zehnten": the third of October)
        "MO": rf"{alternation(k for k, v in lex.ordinals.items() if 1 <= v <= 12)}(?!{letter})",
        "Y": rf"(?:{YEAR}|{_historic(dates.get('year_marks', []))})(?!\d)",
        "Y2": r"\d\d(?![\d.,]\d)",  # a year by its last two digits ("3/4/19")
        # two digits that cannot be a day, read as a year after a month ("July 98"), and
        # only where no word follows ("in March 50 people")
        "YL": r"(?:3[2-9]|[4-9]\d)(?![\d.,:]\d|\s*[%\w])",
        "YE": rf"{YEAR}(?!\d)",  # the last year of a span of years
        "YS": r"\d\d(?!\d)",  # the last year of a span by its last two figures ("2023/24")
        "WD": rf"{weekdays}\.?",
        # the words that count a weekday in its month ("the first", "le dernier", "第2")
        "NTH": alternation(dates.get("weekday_ordinals", {})),
        "HOL": alternation([*dates.get("holidays", {}), *package_holidays(lex.lang)]),
        "REL": alternation(w for ws in dates.get("relative", {}).values() for w in ws),
        "UNIT": alternation(w for ws in dates.get("units", {}).values() for w in ws),
        # a count of units, not the tail of a larger figure ("up from 2,500 last month"),
        # nor two figures of a year ("07年以前": before 2007, not seven years ago)
        "N": rf"(?:(?<![\d.,])(?!0\d)\d{{1,3}}(?![\d.,]\d)|{alternation(words)})",
        "Q": r"[1-4]",
        "H": r"[12]",
        # "the third quarter", "il primo semestre": ordinals that can number a quarter or a half
        "QW": alternation(unaccented(k for k, v in lex.ordinals.items() if 1 <= v <= 4)),
        "HW": alternation(unaccented(k for k, v in halves.items() if 1 <= int(v) <= 2)),
        "A": rf"(?:{FULL}{FULL_REST}*)",
    }
    if small:
        slots["D"] = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?![\d.,]\d)|{small}{{1,3}})(?:{suffix})?"
        for slot in ("N", "Q", "H"):
            slots[slot] = f"(?:{slots[slot]}{spelled})"
    if digit:
        slots["Y"] = f"(?:{slots['Y']}|{digit}{{4}})"
    # era years (令和6年): an era's name and the year of the era, its first one named apart
    first = alternation(dates.get("era_first_year", []))
    slots["ERA"] = alternation(dates.get("eras", {}))
    slots["EY"] = rf"(?:{first}|\d{{1,3}}(?!\d){spelled})"
    # a century's number, also in capital Roman numerals ("siglo XX", "XIXe siècle")
    # or its ordinal in words ("the nineteenth century", "de twintigste eeuw")
    century_words = alternation(k for k, v in lex.ordinals.items() if 1 <= v <= 21)
    slots["C"] = rf"(?:\d{{1,2}}(?!\d){spelled}|{ROMAN_CENTURY}|{century_words})"
    slots["CE"] = slots["C"]  # the last of two centuries ("the 18th and 19th centuries")
    slots["CH"] = r"(?:1\d|20)"  # the hundreds of a century's first year ("1800-tallet")
    slots["MN"] = rf"(?:1[0-2]|0?[1-9]{spelled})"  # a month's number in its year
    # a century named relative to publication (上世纪: the last one), and a decade's two digits
    slots["CW"] = alternation(dates.get("centuries", {}))
    slots["YY"] = r"(?:[0-9]0)(?!\d)"
    slots.update(year_slots(lang))
    return slots
