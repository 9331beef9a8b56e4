"""Sums of money: a number with its scale word and a currency symbol, code or name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.cache.snapshots import snapshot
from factcheck.extract.recognizers.currency_places import FAMILY_MARK, place_currency
from factcheck.extract.recognizers.edges import LETTER, edges
from factcheck.extract.recognizers.number_marks import place_span, place_step
from factcheck.extract.recognizers.numbers import NumberMatch
from factcheck.extract.recognizers.words import alternation, currency_codes, trie
from factcheck.extract.scan import search_ending
from factcheck.lang.lexicon import load, scale_name


@dataclass(frozen=True)
class AmountMatch:
    """A sum of money: span, value with scale applied, stated figure, scale and ISO currency."""

    start: int
    end: int
    value: Decimal
    stated: Decimal
    scale: str | None
    currency: str
    pattern: str
    more: bool = False  # 1000余万元: a mark inside the figure says "more than"
    high: Decimal | None = None  # 三四万元: the stated top of a range the figure names itself
    # "80 cents": the figure counts a minor unit, this many of which make one of ``currency``
    minor: Decimal | None = None


@dataclass(frozen=True)
class _Grammar:
    before: re.Pattern[str]
    # a currency right before a figure, starting after white space or "(": "prices (USD 5"
    before_token: re.Pattern[str]
    after: re.Pattern[str]
    cents: re.Pattern[str]
    scale: re.Pattern[str]
    scales: dict[str, Decimal]
    names: dict[str, str]
    # the minor units a language names after a sum ("13銭", "6角3分") and how many make one
    # of the sum's currency; None where a language lists none
    minor: re.Pattern[str] | None
    minor_parts: dict[str, Decimal]
    # currency words that are other words of the language before a figure ("won 52 seats")
    not_before: frozenset[str] = frozenset()


def _currency_alternatives(lang: str) -> tuple[str, dict[str, str]]:
    lex = load(lang)
    names: dict[str, str] = {}
    for word, code in lex.currency_words.items():
        names[word.lower()] = code
    for symbol, code in lex.currency_symbols.items():
        names[symbol.lower()] = code
    for word, family in (lex.section("currencies").get("shared_words") or {}).items():
        names[str(word).lower()] = f"{FAMILY_MARK}{family}"
    words = alternation([w for w in names if w[-1].isalpha()])
    symbols = alternation([s for s in names if not s[-1].isalpha()])
    # "MEUR 12": a code led by M counts millions of the currency, and so does a sign ("3 M€",
    # "12 M$", written apart from the figure where the figure's own "3M€" is not)
    codes = f"M?{trie(currency_codes())}"
    symbols = f"(?-i:M)?{symbols}"
    letter = edges(lang).free(LETTER)
    # where words take case endings ("dolarlık"), a word may carry one of the language's
    # own, which the pattern after the figure consumes (``_endings``)
    ending = _endings(lang)
    close = rf"(?={ending}?(?!{letter}))" if ending else rf"(?!{letter})"
    return rf"(?:(?-i:{codes})(?!{letter})|{symbols}|{words}{close})", names


def _endings(lang: str) -> str:
    """The case endings a currency word of ``lang`` may carry, as a regex ("" for none)."""
    endings = load(lang).section("currencies").get("case_endings", [])
    return rf"(?:['’]?{alternation(endings)})" if endings else ""


@cache
@snapshot("currency-grammar")
def grammar(lang: str) -> _Grammar:
    """Compiled currency patterns of ``lang``."""
    lex = load(lang)
    alt, names = _currency_alternatives(lang)
    connectors = alternation(lex.section("currencies").get("connectors", []))
    # Turkish and similar languages glue case endings to the currency word ("dolardan")
    ending = _endings(lang)
    tail = f"{ending}?" if ending else ""
    # "20个比特币": a counter may stand between the figure and its currency
    counters = lex.section("numbers", "counters")
    counter = f"(?:{alternation(counters)})?" if counters else ""
    # "a 20-dollar bill", "ein 300-Euro-Gutschein": a hyphen may join figure and currency
    after = re.compile(rf"(?:\s*{connectors}\s*|\s*|-){counter}(?P<cur>{alt}){tail}", re.IGNORECASE)
    before = re.compile(rf"(?P<cur>{alt})\s*", re.IGNORECASE)
    # a language without spaces may start the currency right after a word of its own
    glue = lex.glue if not lex.spaced else ""
    # (or after the dash of a range: "€1.5bn-€2bn")
    before_token = re.compile(rf"(?<=[\s(\-–{glue}])(?![\s(])(?P<cur>{alt})\s*\Z", re.IGNORECASE)
    num = lex.section("numbers")
    links = lex.section("currencies").get("minor_links", [])
    link = alternation(list(num.get("joiners", [])) + list(num.get("point", [])) + list(links))
    # "3 dollars 50 (cents)", "treize euros et quarante-cinq centimes": the minor unit follows
    cents = re.compile(rf"\s*(?:{link}\s+)?(?=\S)", re.IGNORECASE)
    # "75 USD million": the scale word may follow the currency
    spelled = {k: v for k, v in lex.scales.items() if len(k) > 2 and not k.endswith(".")}
    letter = edges(lang).free(LETTER)
    scale = re.compile(rf"\s+(?P<scale>{alternation(spelled)})(?!{letter})", re.IGNORECASE)
    parts = {str(k).lower(): Decimal(str(v)) for k, v in lex.section("currencies", "minor").items()}
    # a minor unit takes the case endings its currency words take ("50 sent'e")
    minor = (
        re.compile(rf"\s*(?P<minor>{alternation(parts)}){tail}(?!{letter})", re.IGNORECASE)
        if parts
        else None
    )
    # a word several currencies share names one only after its figure ("peso" is also weight);
    # a sign they share ("$") stands where signs stand
    shared = [
        w for w in lex.section("currencies").get("shared_words") or {} if str(w)[-1].isalpha()
    ]
    not_before = frozenset(
        _key(str(w)) for w in [*(lex.section("currencies").get("not_before") or []), *shared]
    )
    return _Grammar(
        before, before_token, after, cents, scale, spelled, names, minor, parts, not_before
    )


def _key(token: str) -> str:
    """A currency word as the grammar's tables spell it: in lower case, single-spaced."""
    return re.sub(r"\s+", " ", token.lower())


def _code(g: _Grammar, token: str) -> str | None:
    key = _key(token)
    if key in g.names:
        return g.names[key]
    if token.upper() in currency_codes():
        return token.upper()
    if _millions(g, token):
        return _code(g, token[1:])
    return None


def _millions(g: _Grammar, token: str) -> bool:
    """Whether ``token`` is a currency code or sign led by M, a count of millions ("MEUR",
    "M€") that is no currency of its own ("MXN$")."""
    if len(token) < 2 or token[0] != "M" or _key(token) in g.names:
        return False
    rest = token[1:]
    return (len(rest) == 3 and rest in currency_codes()) or (
        not rest[-1].isalpha() and _key(rest) in g.names
    )


def _minor_unit(
    text: str, g: _Grammar, end: int, major: str, following: NumberMatch | None
) -> tuple[Decimal, int] | None:
    gap = g.cents.match(text, end)
    if gap is None or following is None or following.start != gap.end():
        return None
    if following.scale or not 0 < following.value < 100 or following.value != int(following.value):
        return None
    if (
        following.pattern == "article"
        and g.minor is not None
        and not g.minor.match(text, following.end)
    ):
        return None
    stop = following.end
    unit = g.after.match(text, stop)
    minor = g.minor.match(text, stop) if g.minor is not None else None
    if minor is not None:
        return following.value / g.minor_parts[minor["minor"].lower()], minor.end()
    if g.minor is not None and unit:
        return None  # a currency of its own after the figure: "4人民元　5ドル" are two sums
    if following.pattern == "article" and not unit:
        return None  # "2 satoshis one day": without a unit the article starts a new phrase
    if unit and unit["cur"].lower() == major.lower():
        return None
    if unit:
        stop = unit.end()
    elif text[stop : stop + 1].isalnum():
        return None
    return following.value / 100, stop


def _opens_next(text: str, after: re.Match[str], following: list[NumberMatch]) -> bool:
    """Whether a sign read after a figure across a dash stands right before the next figure
    ("£300,000-£400,000"): it is that figure's currency, not this one's."""
    sign = after["cur"]
    if sign[-1:].isalpha() or not following or text[after.end() : following[0].start].strip():
        return False
    return text[after.start() : after.start("cur")].strip() in ("-", "–")


def currency_after(text: str, lang: str, end: int) -> tuple[str, int] | None:
    """The currency named right after ``end`` ("of dollars", "d'euros", "Euro") and where
    its words end; None where none is."""
    g = grammar(lang)
    after = g.after.match(text, end)
    code = _code(g, after["cur"]) if after is not None else None
    if after is None or code is None:
        return None
    if code.startswith(FAMILY_MARK):
        code = place_currency(text, lang, code[1:])
    return code, after.end()


def find_amounts(text: str, lang: str, numbers: list[NumberMatch]) -> list[AmountMatch]:
    """The numbers of ``numbers`` that carry a currency, widened to cover it."""
    g = grammar(lang)
    found: list[AmountMatch] = []
    skip_until = -1
    for i, n in enumerate(numbers):
        if n.start < skip_until:
            continue
        start, end, currency, pattern, token = n.start, n.end, None, "", ""
        after = g.after.match(text, n.end)
        if after is not None and _opens_next(text, after, numbers[i + 1 : i + 2]):
            after = None  # "€1.5bn-€2bn": the sign after the dash is the next figure's
        if n.pattern == "article" and not (after and after["cur"][-1:].isalpha()):
            continue
        if after:
            currency, token = _code(g, after["cur"]), after["cur"]
            end, pattern = after.end(), "number-currency"
        if currency is None:
            # the currency ends where the figure starts and begins a token in the 12
            # characters before it: the window's start, or after white space or "("
            begin = max(0, n.start - 12)
            before = None
            if begin == 0 or not text[begin - 1].isalnum():
                before = g.before.fullmatch(text, begin, n.start)
            if before is None:
                before = search_ending(g.before_token, text, begin + 1, n.start)
            if before is not None and _key(before["cur"]) in g.not_before:
                before = None  # "The party won 52 seats": a verb, not the currency
            if before is not None:
                currency, token = _code(g, before["cur"]), before["cur"]
                start, end, pattern = before.start(), n.end, "currency-number"
        if currency is None:
            continue
        if currency.startswith(FAMILY_MARK):  # "5 millones de pesos": whose pesos?
            if n.pattern == "article":
                continue  # "un peso de 20 toneladas": a weight, no sum
            currency = place_currency(text, lang, currency[1:])
        value, stated, scale = n.value, n.stated, n.scale
        minor_parts = g.minor_parts.get(_key(token))
        if minor_parts:  # "80 cents" is 0.80 of the currency
            value, stated = value / minor_parts, stated / minor_parts
        if _millions(g, token) and not scale:
            value, scale = value * 1_000_000, "million"
        if found and start < found[-1].end:
            continue
        late = g.scale.match(text, end) if pattern == "number-currency" and not scale else None
        if late:
            factor = g.scales[re.sub(r"\s+", " ", late["scale"].lower())]
            value, scale, end = value * factor, scale_name(factor), late.end()
        if pattern == "number-currency" and not scale and after and value == int(value):
            # "50元6角3分": minor units one after another, each a figure with its unit
            k = i + 1
            while k < len(numbers):
                minor = _minor_unit(text, g, end, after["cur"], numbers[k])
                if minor is None:
                    break
                value, end = value + minor[0], minor[1]
                stated = value  # no scale word: the sum is stated with its minor units
                skip_until = end
                k += 1
                if g.minor is None:
                    break
        high = n.high * stated / n.value if n.high is not None and n.value else None
        spans = place_span(text, lang, end) if pattern == "number-currency" else None
        if spans is not None and high is None:
            high, end = stated + place_step(stated), spans  # "1천억 원대": 100 to 200 bn
        found.append(
            AmountMatch(
                start, end, value, stated, scale, currency, pattern, n.more, high, minor_parts
            )
        )
    return found
