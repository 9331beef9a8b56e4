"""One language's numeral system: its numeral characters by kind (digit, place, group, sign
...) and the patterns that find runs of them, read from ``numerals`` in its numbers.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import Lexicon, load, script_letters

DIGITS = "D"  # Arabic digits, maybe with a decimal part
DIGIT = "d"  # one digit written as a character
ZERO = "0"  # a zero character: a digit, or what fills an empty place
PLACE = "p"
GROUP = "g"
MORE = "+"  # "多", "余", "여" after a figure: more than it
SEVERAL = "~"  # "数", "几" before a place: two to nine of it
POINT = "."
MINUS = "-"
TIMES = "x"  # a multiplier of the whole figure: ダース, 打 (a dozen)
OVER = "/"  # 三分之一, 4分の1, 사분의 일: the figure after it over the figure before it
PAIR = ","  # "6, 7분", "二、三日": between two neighbouring figures, one or the other
# the kinds of words a figure may start with
LEADS = (DIGIT, ZERO, PLACE, GROUP, MINUS, SEVERAL)


@dataclass(frozen=True)
class System:
    """One language's numeral characters and the rules it writes them by."""

    kinds: dict[str, tuple[str, Decimal]]
    run: re.Pattern[str]
    token: re.Pattern[str]
    # the digits a figure may be written with digit by digit (二〇二四)
    digit_strings: frozenset[str]
    elided: bool
    compounds: re.Pattern[str] | None
    not_numbers: re.Pattern[str] | None
    # whether a lone numeral counts on its own or before a counter or a currency (一人, 千円);
    # where it does not, it is always a word of its own (사건, 이번, 이 제품)
    lone_counts: bool
    # the words of a number written out in syllables (にまんごせん): they read only with one
    # another, and only as a figure of two or more words holding a place or a group
    readings: frozenset[str]
    # a character after which "-" is a hyphen, not a minus sign
    sign_after: re.Pattern[str]
    # words after which a lone numeral is a figure even inside a run of letters ("是五")
    figure_after: re.Pattern[str] | None
    # words before which a lone numeral is a figure ("一到五": the first figure of a range)
    figure_before: re.Pattern[str] | None
    # whether two digits in a row that follow each other name a range (六七, 三四百)
    glued_pairs: bool
    # a digit that, right after a place or a group, begins a particle or copula glued to the
    # figure ("천오백이다": 1500 and its copula, not 1502)
    particle: re.Pattern[str] | None = None
    # in a language that spaces its words, a letter of the script its words are written in:
    # after a space, a numeral glued to one may begin a word ("천 조각", "3천 조사")
    spaced_letter: re.Pattern[str] | None = None
    # the counters and currency words a group word may be glued to all the same ("수천 만원")
    counted: re.Pattern[str] | None = None


def _decimal(value: object) -> Decimal:
    return Decimal(str(value))


def _counted(lex: Lexicon) -> re.Pattern[str] | None:
    """The language's counters and currency words, as a pattern."""
    words = [str(w) for w in lex.section("numbers").get("counters") or []]
    words += list(lex.currency_words)
    return re.compile(alternation(words), re.IGNORECASE) if words else None


@cache
def system(lang: str) -> System | None:
    """The numeral system of ``lang``, or None when its numbers.yaml has no ``numerals``."""
    lex = load(lang)
    data = lex.section("numbers", "numerals")
    if not data:
        return None
    kinds: dict[str, tuple[str, Decimal]] = {}
    readings = data.get("readings") or {}
    for source in (readings, data):
        for word, value in (source.get("digits") or {}).items():
            kinds[str(word)] = (DIGIT, _decimal(value))
        for key, kind in (("places", PLACE), ("groups", GROUP)):
            for word, value in (source.get(key) or {}).items():
                kinds[str(word)] = (kind, _decimal(value))
    for word in data.get("zeros") or []:
        kinds[str(word)] = (ZERO, Decimal(0))
    for word, value in (data.get("times") or {}).items():
        kinds[str(word)] = (TIMES, _decimal(value))
    for key, kind in (
        ("more", MORE),
        ("several", SEVERAL),
        ("point", POINT),
        ("fraction", OVER),
    ):
        for word in data.get(key) or []:
            kinds[str(word)] = (kind, Decimal(0))
    for word in data.get("minus") or []:
        kinds[str(word)] = (MINUS, Decimal(0))
    pairs = data.get("pairs") or {}
    for word in pairs.get("between") or []:
        kinds[str(word).strip()] = (PAIR, Decimal(0))
    words = alternation(kinds)
    digits = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+"
    token = rf"(?:{digits})(?:\.\d+)?|{words}"
    e = edges(lang)
    # a run starts a word (or anywhere, in a language without spaces), or at Arabic digits
    # that no other digit, letter or mark of a larger figure precedes
    word_start = f"(?<!{e.start(ALNUM)})"
    digit_start = rf"(?<![.,\d])(?<!{e.free(ALNUM)})"
    read = {str(w) for key in ("digits", "places", "groups") for w in readings.get(key) or {}}
    leads = alternation(w for w, (k, _) in kinds.items() if k in LEADS and w not in read)
    said = alternation(read)
    # runs worth reading: Arabic digits with a numeral word after them (3万, 1,700여), a
    # numeral word, or two syllable readings in a row (にまん); Arabic digits alone are
    # left to ``numbers``
    start = (
        rf"{digit_start}(?=(?:{digits})(?:\.\d+)?[ \t]*(?:{words}))"
        rf"|{word_start}(?={leads})|{word_start}(?={said}[ \t]*{said})"
    )
    run = re.compile(rf"(?:{start})(?:{token})(?:[ \t]*(?:{token}))*", re.IGNORECASE)
    joined = [str(w) for w in data.get("not_numbers") or []]
    after = [str(w) for w in data.get("figure_after") or []]
    ahead = [str(w) for w in data.get("figure_before") or []]
    compounds = script_letters(list(data.get("compounds_with") or []))
    particle = data.get("particle_after_place")
    return System(
        kinds=kinds,
        run=run,
        token=re.compile(rf"[ \t]*({token})", re.IGNORECASE),
        digit_strings=frozenset(str(d) for d in data.get("digit_strings") or []),
        elided=bool(data.get("elided")),
        compounds=re.compile(f"[{compounds}\\d]") if compounds else None,
        not_numbers=re.compile(alternation(joined)) if joined else None,
        lone_counts=bool(data.get("lone_counts", True)),
        sign_after=re.compile(rf"{e.free(ALNUM)}|[-−]"),
        figure_after=re.compile(rf"(?:{alternation(after)})\Z") if after else None,
        figure_before=re.compile(alternation(ahead)) if ahead else None,
        glued_pairs=bool(pairs.get("glued")),
        particle=re.compile(str(particle)) if particle else None,
        spaced_letter=re.compile(f"[{compounds}]") if compounds and lex.spaced else None,
        counted=_counted(lex) if compounds and lex.spaced else None,
        readings=frozenset(
            str(w) for key in ("digits", "places", "groups") for w in readings.get(key) or {}
        ),
    )
