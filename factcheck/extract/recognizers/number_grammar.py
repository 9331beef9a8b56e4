"""A language's number grammar: the patterns of figures in digits and in words, and the tables
of number words, scale words and signs the reading of a figure needs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.cache.snapshots import snapshot
from factcheck.extract.recognizers.edges import WORD, edges
from factcheck.extract.recognizers.words import alternation, currency_codes, phrases, trie
from factcheck.lang import SHARED, section
from factcheck.lang.lexicon import load

# marks that, between two runs of digits that make no figure together, separate two figures
BREAKS = ".,"


@dataclass(frozen=True)
class NumberGrammar:
    """The compiled patterns and word tables of one language's figures."""

    digits: re.Pattern[str]
    after: dict[str, re.Pattern[str]]
    # None where the language writes no figure in words it reads this way (its numerals
    # have a reader of their own): a scan for none would read the whole text for nothing
    words: re.Pattern[str] | None
    token: re.Pattern[str]
    # where words glue into one (``compound``): a token that another follows, where one
    # can ("ein|einhalb", not "eine|inhalb"), tried when ``token`` leaves part of a run unread
    chained: re.Pattern[str] | None
    values: dict[str, Decimal]
    multipliers: dict[str, Decimal]
    scales: dict[str, Decimal]
    weak: frozenset[str]
    standalone: frozenset[str]
    bound: frozenset[str]
    point: frozenset[str]
    minus: frozenset[str]
    joiners: frozenset[str]
    fractions: frozenset[str]
    # fractions glued or set after a whole, which they add to ("zweieinhalb", "iki buçuk")
    added: dict[str, Decimal]
    suffixes: dict[str, Decimal]
    not_minus: re.Pattern[str]
    # minus words no qualifier ends with ("négatif"): always a sign
    signs: frozenset[str]
    # a minus word right before digits ("minus 5", "min 5")
    minus_before: re.Pattern[str] | None
    # phrases whose number word is no figure ("in acht nemen": to take into account)
    idioms: re.Pattern[str] | None
    # the words that make a figure an estimate ("une dizaine": about ten)
    approximate: frozenset[str]
    # a title right before a capitalized number word makes it a name ("Mr Hundred")
    titles: re.Pattern[str] | None
    # whether a capitalized number word between a lowercase word and a capitalized one is a
    # name ("met Seven Sisters"); not where every noun is capitalized
    capital_names: bool
    # a counter right after a figure ("3人", "세 개"): a weak number word before one counts
    counter: re.Pattern[str] | None
    # what may stand between a figure ending on a spelled scale word and the smaller figure
    # that continues it ("6 thousand 5 hundred and 40")
    link: re.Pattern[str]
    # multipliers that also name a currency's hundredth ("cents"): they multiply only a lone
    # unit ("cinq cents", "mille cinq cents"); else they are the currency ("45 cents")
    minor: frozenset[str]
    # a share after the scale word of digits, joined to it ("2 millions et demi", "3 million
    # and a half"): the share of the scale word it adds; None where nothing joins it
    share_after: re.Pattern[str] | None
    # a share added to a whole in digits by a joiner and an article ("2 and a half million",
    # "2 og en halv time"), and the scale word that may follow it: None where nothing joins it
    half_after: re.Pattern[str] | None
    scale_after: re.Pattern[str]


def lowered(word: str) -> str:
    """``word`` in lower case as the lexicons spell it: Turkish "İki" lowers to "iki", where
    Python writes a combining dot after its i."""
    return word.lower().replace("\u0307", "")


def _plain_spellings(words: dict[str, Decimal], num: dict[str, object]) -> dict[str, Decimal]:
    """``words`` with the spellings a text without diacritics uses: the language's
    ``transliterations`` ("fünf" as "fuenf") or, with ``unaccented``, the marks dropped
    ("dieciséis" as "dieciseis"); a spelling that is a word of its own already is kept."""
    table = num.get("transliterations") or {}
    out = dict(words)
    for word, value in words.items():
        plain = word
        for letter, spelled in table.items():  # type: ignore[attr-defined]
            plain = plain.replace(str(letter), str(spelled))
        if num.get("unaccented"):
            plain = "".join(
                c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c)
            )
        out.setdefault(plain, value)
    return out


def canon(word: str) -> str:
    """A number or scale word as the tables spell it: lower case, one space, no final dot."""
    return re.sub(r"\s+", " ", word.lower().rstrip("."))


@cache
@snapshot("number-grammar")
def grammar(lang: str) -> NumberGrammar:
    """Compiled number patterns of ``lang``."""
    lex = load(lang)
    num = lex.section("numbers")
    values = {k.lower(): Decimal(v) for k, v in (num.get("words") or {}).items()}
    # a word that says one number or another ("서너": three or four) reads as its lower end
    values.update({str(k).lower(): Decimal(v[0]) for k, v in (num.get("either") or {}).items()})
    values = _plain_spellings(values, num)
    multipliers = {k.lower(): Decimal(v) for k, v in num.get("multipliers", {}).items()}
    # "une centaine", "un migliaio": a count of about so many, read as a multiplier
    approximate = {k.lower(): Decimal(v) for k, v in num.get("approximate", {}).items()}
    approximate = _plain_spellings(approximate, num)
    multipliers = {**_plain_spellings(multipliers, num), **approximate}
    # "half", "mezzo", "yarım": a share of the scale word that follows ("half a million")
    fractions = {k.lower(): Decimal(str(v)) for k, v in num.get("fractions", {}).items()}
    added = {k.lower(): Decimal(str(v)) for k, v in num.get("fractions_added", {}).items()}
    scales = _plain_spellings(dict(lex.scales), num)
    spelled_scales = {k: v for k, v in scales.items() if len(k) > 2 and not k.endswith(".")}
    suffixes = {k: Decimal(v) for k, v in lex.shared_section("numbers", "suffixes").items()}
    suffixes.update({str(k): Decimal(v) for k, v in num.get("suffixes", {}).items()})
    # letters that are a scale only after a decimal part ("1,2b"): "5b" names a thing
    decimal_suffixes = {
        str(k): Decimal(v) for k, v in lex.shared_section("numbers", "decimal_suffixes").items()
    }
    suffixes.update(decimal_suffixes)
    group = "|".join(re.escape(g) for g in lex.groups)
    dec = re.escape(lex.decimal)
    # South Asian grouping, twos before the last three ("12,34,567"), where the language writes it
    mark = re.escape(str(num.get("lakh_groups") or ""))
    lakhs = rf"\d{{1,2}}(?:{mark}\d{{2}})+{mark}\d{{3}}(?!\d)|" if mark else ""
    # A dot followed by one or two digits is a decimal point even where the comma is the
    # decimal mark: "2.5" is never a thousands group; so is a comma where the dot is ("4,5b").
    marks = [(lex.decimal, "")]
    other = {",": ".", ".": ","}.get(lex.decimal)
    if other:
        marks.append((other, r"(?=\d{1,2}(?!\d))"))
    # where the language is unknown either mark may be the decimal one
    marks += [(str(m), "") for m in num.get("decimal_also", [])]
    # a multiplier that is also a currency word ("cents") is the currency after digits
    scale_alt = alternation(
        [w for w in [*scales, *multipliers] if w not in multipliers or w not in lex.currency_words]
    )
    e = edges(lang)
    # letters of a script that glues figures to words ("7개국") may touch a figure
    w = e.free(WORD)
    sign = rf"(?<![\-−])(?<!{w})" if e.glue else r"(?<![\w\-−])"
    sign += r"(?<!\d[ \t])"  # "20 - 100": a dash between two figures is no minus sign
    lead = rf"(?<![.,])(?<!{w})" if e.glue else r"(?<![\w.,])"
    # a case ending glued to a number word ("yirmiden", "milyona") is left for what follows
    cased = alternation(num.get("case_endings", []))
    cased_close = rf"(?={cased}?(?!{w}))" if num.get("case_endings") else rf"(?!{w})"
    # an ISO currency code may touch its figure on either side ("USD42.7", "42USD")
    codes = rf"(?-i:{trie(currency_codes())})"
    lead = rf"(?:{lead}|(?<=(?:{lead}){codes}){prefixed(w)})"
    # a case ending is read after a scale word ("milyona"), not after digits ("5a")
    close = rf"(?:(?<=\d)(?!{w})|(?<!\d){cased_close}|(?={codes}(?![^\W_])))"

    def figure(lead: str, left_out: str = "") -> re.Pattern[str]:
        """Digits led by ``lead``, whose decimal mark is none of ``left_out``."""
        # a mark that separates the groups before it is no decimal mark: "1.234.5" is no 1234.5
        decimal = "|".join(
            rf"(?<!{re.escape(m)}\d{{3}}){re.escape(m)}{ahead}"
            for m, ahead in marks
            if m not in left_out
        )
        return re.compile(
            rf"(?:{sign}(?P<neg>[-−])\s*)?{lead}"
            # a decimal may be written without its leading zero (".08", ",08"); the figure is
            # read whole or not at all: "0,25ml" is no 0 (atomic group)
            rf"(?>(?:(?P<int>{lakhs}\d{{1,3}}(?:(?:{group})\d{{3}})+(?!\d)|\d+)|(?=(?:{dec})\d))"
            rf"(?:(?:{decimal or '(?!)'})(?P<frac>\d++)(?![.,]\d))?)"
            rf"(?:(?P<suf>(?-i:{alternation(set(suffixes) - set(decimal_suffixes))}))(?!{w})"
            rf"|\s+(?P<suf2>[kK])(?!{w})"
            rf"|(?(frac)(?P<suf3>(?-i:{alternation(decimal_suffixes)}))(?!{w})|(?!)))?"
            rf"(?:\s*(?P<scale>{scale_alt})(?:(?<=\.)|{cased_close}))?"
            # a figure glued to a unit ("180ml", "29km") is a measure, not a plain number
            rf"{close}",
            re.IGNORECASE,
        )

    names = num.get("names", {})
    tokens = [*values, *multipliers, *fractions, *added, *spelled_scales]
    tok = alternation(tokens)
    joiners = [j for j in num.get("joiners", []) if j != "-"]
    join = alternation(joiners)
    point = alternation(num.get("point", []))
    minus = alternation(num.get("minus", []))
    glue = ""
    if num.get("compound"):
        glue = rf"|{join}|" if num.get("glued_joiners") else "|"
    sep = rf"(?:\s*-\s*|\s+{join}\s+|\s+{glue})"
    begin, end = e.start(WORD), w
    # words that look like a number with a case ending: some start no number ("o yüzden",
    # because), some are never one ("bir bina", a building)
    never = num.get("never_cased", [])
    first = rf"(?!{alternation([*num.get('not_cased', []), *never])}(?!{end}))"
    then = rf"(?!{alternation(never)}(?!{end}))" if never else ""
    words = (
        re.compile(
            rf"(?<!{begin}){first}"
            rf"(?:{minus}\s+)?{tok}(?:{sep}{then}{tok})*(?:\s+{point}\s+{tok}(?:{sep}{tok})*)?"
            rf"{cased_close}",
            re.IGNORECASE,
        )
        if tokens
        else None
    )
    edge = ("", "") if num.get("compound") else (f"(?<!{begin})", f"(?!{end})")
    every = alternation(tokens + joiners + num.get("point", []) + num.get("minus", []))
    token = re.compile(rf"{edge[0]}{every}{edge[1]}", re.IGNORECASE)
    chained = re.compile(rf"(?:{every})(?=(?:{every}))|(?:{every})", re.IGNORECASE)
    of_words = alternation(lex.section("units").get("shares", {}).get("of") or []) or "(?!)"
    return NumberGrammar(
        digits=figure(lead),
        # the figure after a mark that ends a figure before it ("10.250.3.7": a code's pieces)
        # takes that mark for no decimal mark
        after={m: figure("", m) for m in BREAKS},
        words=words,
        token=token,
        chained=chained if num.get("compound") else None,
        values=values,
        multipliers={**multipliers, **fractions},
        scales=scales,
        weak=frozenset(w.lower() for w in num.get("weak", [])),
        standalone=frozenset(w.lower() for w in num.get("standalone", [])),
        bound=frozenset(w.lower() for w in num.get("bound", [])),
        point=frozenset(p.lower() for p in num.get("point", [])),
        minus=frozenset(m.lower() for m in num.get("minus", [])),
        joiners=frozenset(j.lower() for j in joiners),
        fractions=frozenset(fractions),
        added=added,
        suffixes=suffixes,
        idioms=(
            re.compile(rf"(?<!\w){phrases(num['idioms'])}(?!\w)", re.IGNORECASE)
            if num.get("idioms")
            else None
        ),
        titles=(
            re.compile(rf"(?<!\w){alternation(names['titles'])}\.?\s+$", re.IGNORECASE)
            if names.get("titles")
            else None
        ),
        capital_names=bool(names.get("capitalized")),
        approximate=frozenset(approximate),
        not_minus=re.compile(
            rf"(?<!\w){alternation(num.get('minus_not_after', []))}\s+$", re.IGNORECASE
        ),
        signs=frozenset(m.lower() for m in num.get("minus_always", [])),
        minus_before=re.compile(rf"(?<!\w){minus}\s+$", re.IGNORECASE)
        if num.get("minus")
        else None,
        counter=re.compile(rf"\s?{alternation(lex.section('numbers', 'counters'))}")
        if lex.section("numbers", "counters")
        else None,
        minor=frozenset(w for w in multipliers if w in lex.currency_words),
        share_after=(
            re.compile(
                rf"\s+(?:{join})\s+(?:(?:{alternation(num.get('weak', []))})\s+)?"
                rf"(?P<share>{alternation(fractions)})(?!{w})",
                re.IGNORECASE,
            )
            if joiners and fractions
            else None
        ),
        # not "and a half of them": a share of something, after a figure of its own
        half_after=(
            re.compile(
                rf"\s+(?:{join})\s+(?:{alternation(num.get('weak', []))})\s+"
                rf"(?P<share>{alternation(fractions)})(?!{w})(?!\s+(?:{of_words})(?!{w}))",
                re.IGNORECASE,
            )
            if joiners and fractions and num.get("weak")
            else None
        ),
        scale_after=re.compile(rf"\s+(?P<scale>{scale_alt})(?:(?<=\.)|{cased_close})", re.I),
        link=re.compile(rf"[ \t]+(?:{join}[ \t]+)?" if joiners else r"[ \t]+", re.IGNORECASE),
    )


def prefixed(letter: str) -> str:
    """A look-behind for a unit symbol glued before a figure with a decimal ("M6.5"), that no
    ``letter`` precedes; empty when no symbol is written so."""
    symbols = sorted(
        str(p) for units in section(SHARED, "units", "prefixes").values() for p in units
    )
    behind = "|".join(rf"(?<=(?<!{letter}){re.escape(p)})" for p in symbols)
    return rf"|(?:{behind})(?=\d[.,]\d)" if behind else ""
