"""Years and decades spelled out in words: "two thousand and nine", "nineteen ninety-nine",
"the nineteen-seventies", from the number words of the language's lexicon."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load

# the values of the number words a year is spelled with
Words = dict[str, int]


@cache
def year_words(lang: str) -> Words:
    """The words a spelled year is made of: cardinals up to 99 (not the weak "a", "an"), the
    hundreds ("novecientos"), the hundred and the thousand."""
    numbers = load(lang).section("numbers")
    # a word for one that is never an article ("one") spells years; "a" and "an" do not
    counting = {str(w).lower() for w in numbers.get("counting", [])}
    weak = {str(w).lower() for w in numbers.get("weak", [])} - counting
    words = {
        str(k).lower(): int(v)
        for k, v in numbers.get("words", {}).items()
        if (0 <= v <= 99 or (v < 1000 and v % 100 == 0)) and str(k).lower() not in weak
    }
    for key in ("multipliers", "scales"):
        for word, value in numbers.get(key, {}).items():
            if value in (100, 1000):
                words[str(word).lower()] = int(value)
    return words


@cache
def _glued_words(lang: str) -> Words:
    """The words a spelled year may glue after its first in a language that writes number
    words as one ("duemilaventuno", "negentienhonderdzeventig"): the year words, and the weak
    ones, which there are no article ("ventuno"); none where the language writes them apart."""
    numbers = load(lang).section("numbers")
    if not numbers.get("compound"):
        return {}
    words = dict(year_words(lang))
    for word in numbers.get("weak", []):
        value = numbers.get("words", {}).get(word)
        if value is not None:
            words[str(word).lower()] = int(value)
    return words


def year_slots(lang: str) -> dict[str, str]:
    """Slots of spelled years: {YW} a year of two or more words, {YWP} the words before a
    decade word, {DEC} a decade word ("nineties"); matching nothing in a language whose date
    grammar does not ask for them (``spelled_years``) or lists no decade words."""
    dates = load(lang).section("dates")
    words = year_words(lang)
    joiners = [str(j) for j in load(lang).section("numbers").get("joiners", []) if str(j) != "-"]
    if not words or not dates.get("spelled_years"):
        return {"YW": "(?!)", "YWP": "(?!)", "DEC": "(?!)", "DW": "(?!)"}
    word = alternation(words)
    decades = dates.get("decade_words", {})
    join = rf"(?:[\s-]+(?:{alternation(joiners)}\s+)?)" if joiners else r"[\s-]+"
    # the words after the first: apart, or glued to it where the language writes them so
    # ("duemiladieci", "tweeduizendveertien")
    then = f"{join}{word}"
    glued = _glued_words(lang)
    if glued:
        then = f"(?:{then}|{_glue(lang)}{alternation(glued)})"
    # a case ending the template reads after the year ("iki bin yirminin"), where words take them
    endings = load(lang).section("numbers").get("case_endings", [])
    ending = f"(?:{alternation(endings)})?" if endings else ""
    return {
        "YW": rf"(?:{word}(?:{then}){{1,5}}(?={ending}(?![^\W\d_])))",
        "YWP": rf"(?:{word}(?:{join}{word}){{0,4}})",
        "DEC": alternation(decades) if decades else "(?!)",
        # the tens of a decade in words, one or two joined ("soixante-dix", "siebzig")
        "DW": rf"(?:{word}(?:-{word})?)(?![\s-]+{word}(?![^\W\d_]))",
    }


def _glue(lang: str) -> str:
    """A joiner glued between two number words ("einundzwanzig", "tweeëntwintig"), optional;
    nothing where the language glues none."""
    numbers = load(lang).section("numbers")
    joiners = [str(j) for j in numbers.get("joiners", []) if str(j) != "-"]
    return f"(?:{alternation(joiners)})?" if joiners and numbers.get("glued_joiners") else ""


@cache
def _glued_split(lang: str) -> re.Pattern[str] | None:
    """The words of a year written as one, in turn ("duemila" is "due", "mila"), where the
    language glues them."""
    glued = _glued_words(lang)
    return re.compile(f"{_glue(lang)}({alternation(glued)})") if glued else None


def _values(text: str, lang: str) -> list[int]:
    """The values of the number words of a spelled year, those glued into one word each in
    turn; other words (a joiner) are passed over."""
    words, glued, split = year_words(lang), _glued_words(lang), _glued_split(lang)
    values: list[int] = []
    for token in re.findall(r"[^\W\d_]+", text.lower()):
        if token in words:
            values.append(words[token])
            continue
        pieces = list(split.finditer(token)) if split else []
        if pieces and "".join(m.group(0) for m in pieces) == token:
            values.extend(glued[m.group(1)] for m in pieces)
    return values


def spelled_year(text: str, lang: str) -> int | None:
    """The year ``text`` spells: a cardinal ("two thousand and nine") or two pairs of digits
    ("nineteen ninety-nine"); None outside 1000 to 2099."""
    values = _values(text, lang)
    if not values:
        return None
    year: int | None = None
    if 100 in values or 1000 in values:
        year = _cardinal(values)
    else:
        head = 2 if len(values) > 2 and values[0] % 10 == 0 and values[1] < 10 else 1
        first, rest = _cardinal(values[:head]), _cardinal(values[head:])
        # "twenty two" is no year: the second pair is 10 or more ("nineteen ten")
        year = first * 100 + rest if 10 <= first <= 99 and 10 <= rest <= 99 else None
    return year if year is not None and 1000 <= year <= 2099 else None


def spelled_decade(prefix: str, decade: str, lang: str) -> int | None:
    """The first year of a decade spelled out: "nineteen" + "seventies" is 1970, "two thousand
    and" + "tens" 2010."""
    values = _values(prefix, lang)
    tens = load(lang).section("dates").get("decade_words", {}).get(decade.lower())
    if not values or tens is None:
        return None
    base = _cardinal(values)
    base = base * 100 if base < 100 else base
    year = base + int(tens)
    return year if 1000 <= year <= 2099 and year % 10 == 0 else None


def spelled_tens(text: str, lang: str) -> int | None:
    """The tens a decade's words name ("soixante-dix" 70, "achtzig" 80); None unless 10 to 90
    in tens."""
    words = year_words(lang)
    pieces = re.findall(r"[^\W\d_]+", text.lower())
    values: list[int] = []
    while pieces:  # a word that holds a hyphen ("quatre-vingt") before its pieces
        joined = "-".join(pieces[:2])
        take = 2 if len(pieces) > 1 and joined in words else 1
        value = words.get(joined if take == 2 else pieces[0])
        if value is None:
            return None
        values.append(value)
        pieces = pieces[take:]
    tens = _cardinal(values)
    return tens if 10 <= tens <= 90 and tens % 10 == 0 else None


def _cardinal(values: list[int]) -> int:
    total = current = 0
    for value in values:
        if value == 100:
            current = (current or 1) * 100
        elif value == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += value
    return total + current
