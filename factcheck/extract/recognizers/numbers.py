"""Numbers in digits (with each language's separators) and in words, with their scale words."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from factcheck.extract.recognizers.either_numbers import either_ends
from factcheck.extract.recognizers.number_edges import before_minor, piece_after
from factcheck.extract.recognizers.number_grammar import (
    NumberGrammar,
    canon,
    grammar,
    lowered,
)
from factcheck.extract.recognizers.numerals import (
    find_numerals,
    lone_counts,
    lone_place,
    standalone,
)
from factcheck.extract.recognizers.spelled_value import spelled_value, words_of
from factcheck.extract.recognizers.width import narrow
from factcheck.extract.scan import finditer
from factcheck.lang.lexicon import Lexicon, load, scale_name


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text: its span, value (scale applied) and the stated scale word.

    ``high`` is the top of a figure that names a range by itself ("数百", several hundred:
    ``value`` 200, ``high`` 900); ``more`` says a mark inside the figure makes it "more than"
    (十多万, 1,700여); ``about`` that a word of it makes it an estimate ("une centaine").
    """

    start: int
    end: int
    value: Decimal
    stated: Decimal
    scale: str | None
    pattern: str
    high: Decimal | None = None
    more: bool = False
    about: bool = False


def _digits_value(
    whole: str | None, frac: str | None, neg: str | None, groups: tuple[str, ...]
) -> Decimal | None:
    if not whole:
        if not frac:
            return None
        whole = "0"
    elif not whole.isdigit():  # only a figure with a group mark has marks to drop
        for g in groups:
            whole = whole.replace(g, "")
    try:
        value = Decimal(f"{whole}.{frac}" if frac else whole)
    except InvalidOperation:
        return None
    return -value if neg else value


def _pieces(text: str, start: int, end: int, g: NumberGrammar) -> list[tuple[int, int]]:
    """Split a run of number words where a joiner links two separate figures ("one and one").

    A joiner builds one figure after a scale or multiplier ("hundred and five") or from a
    larger part to a smaller one ("treinta y uno", "vingt et un"); "one and one" or "zwei und
    drei" are two figures.
    """
    if start >= end:
        return []
    if g.token.fullmatch(text, start, end):
        return [(start, end)]  # one word: nothing to split
    pieces: list[tuple[int, int]] = []
    toks = [(lowered(t.group()), t.start(), t.end()) for t in g.token.finditer(text, start, end)]
    begin = start
    lead = len(toks) > 1 and toks[0][0] in g.weak and toks[1][0] in g.values
    if lead and text[toks[0][2] : toks[1][1]].isspace():
        # "ein dreihundert-Euro-Gutschein": the article is no part of the figure after it
        pieces.append((toks[0][1], toks[0][2]))
        begin = toks[1][1]
    # the digits after a point word are read one by one ("coma cero tres")
    points = [i for i, t in enumerate(toks) if t[0] in g.point]
    decimals = points[0] if points else len(toks)
    for i in range(1, len(toks)):
        word, left = toks[i][0], toks[i - 1][0]
        if not text[toks[i - 1][2] : toks[i][1]].isspace():
            continue
        ascending = word in g.values and left in g.values and g.values[word] >= g.values[left]
        if ascending and i < decimals:
            # "iki üç gün", "zwei drei": a word no smaller than the one before starts a figure
            pieces.append((begin, toks[i - 1][2]))
            begin = toks[i][1]
            continue
        if i == len(toks) - 1 or word not in g.joiners:
            continue
        right = toks[i + 1][0]
        if left not in g.values or right not in g.values:
            continue
        if any(t[0] in g.fractions for t in toks[i + 1 :]):
            continue
        if g.values[right] >= g.values[left]:
            pieces.append((begin, toks[i - 1][2]))
            begin = toks[i + 1][1]
    pieces.append((begin, end))
    return pieces


@lru_cache(maxsize=4096)
def _spelled_in(span: str, lang: str, elided: bool) -> tuple[Decimal, Decimal, str | None] | None:
    """``_spelled`` for ``lang``, kept: articles and small number words recur in every text."""
    return spelled_value(span, grammar(lang), elided)


@lru_cache(maxsize=4096)
def _read_words(
    span: str, lang: str, elided: bool
) -> tuple[Decimal, Decimal, str | None, str, bool] | None:
    """A run of number words as a figure: its value, the figure stated before its scale word,
    the scale, the pattern ("article" for words that may be an article alone) and whether it
    is about so many; None for no figure. Kept: articles and small words recur in every text."""
    parsed = _spelled_in(span, lang, elided)
    if parsed is None:
        return None
    g = grammar(lang)
    value, stated, scale = parsed
    tokens = words_of(span, g)
    pattern = "article" if all(t in g.weak for t in tokens) else "words"
    about = not g.approximate.isdisjoint(tokens)
    if about and len(tokens) == 1:
        return None  # "la quarantaine" (the quarantine): only "une quarantaine" is a count
    return value, stated.normalize(), scale, pattern, about


def _numerals(text: str, lang: str, taken: bytearray) -> list[NumberMatch]:
    """The figures of the language's place-value numerals (一万二千, 3万4000), marked taken."""
    found = []
    counts = lone_counts(lang)
    for n in find_numerals(text, lang):
        lone = n.tokens == 1 and n.spelled and not counts
        if lone and not lone_place(text, n, lang):
            continue  # 사건, 이번, "이 제품": a lone numeral syllable is a word of its own
        # "천 명", "백 원": a lone place word counts before a counter or a currency only
        alone = standalone(text, n, lang) and not lone
        pattern = "numeral" if alone else "article"
        whole = n.value == n.value.to_integral_value()
        value = n.value.quantize(Decimal(1)) if whole else n.value.normalize()
        high = n.high.quantize(Decimal(1)) if n.high is not None else None
        found.append(NumberMatch(n.start, n.end, value, value, None, pattern, high, n.more))
        taken[n.start : n.end] = b"\x01" * (n.end - n.start)
    return found


def _counted(text: str, g: NumberGrammar, found: list[NumberMatch]) -> list[NumberMatch]:
    """Weak number words before a counter ("세 개", "一塊") count after all."""
    if g.counter is None:
        return found
    return [
        replace(n, pattern="words")
        if n.pattern == "article" and g.counter.match(text, n.end)
        else n
        for n in found
    ]


def counter_after(text: str, lang: str, end: int) -> str | None:
    """The counter right after a figure ending at ``end`` ("人" of "3人", "개국" of "7개국")."""
    counter = grammar(lang).counter
    found = counter.match(text, end) if counter is not None else None
    return found.group().strip() if found else None


# the words pattern of a language that reads no figure in words: never scanned
_NONE = re.compile("(?!)")

# how far before a minus word the words that make it no sign are looked for: more than any of
# those words and the space after it
_MINUS_REACH = 200


def _not_minus(g: NumberGrammar, text: str, start: int, word: str = "") -> bool:
    """Whether one of the words after which a minus word is no sign ends right before the
    white space before ``start`` ("au moins"), looked for in the stretch before it only."""
    if lowered(word) in g.signs:
        return False
    low = max(0, start - _MINUS_REACH)
    if low and text[low:start].isspace():
        low = 0  # a run of white space longer than the reach: the whole text before it
    return g.not_minus.search(text, low, start) is not None


@lru_cache(maxsize=64)
def _last_letters(words: frozenset[str]) -> frozenset[str] | None:
    """The last characters of ``words``, None where one is not ASCII: it may match others."""
    ends = frozenset(w.strip()[-1:] for w in words)
    return ends if all(c < "\x80" for c in ends) else None


def _minus_word(g: NumberGrammar, text: str, start: int) -> int | None:
    """Where a minus word that signs the digits at ``start`` begins, if one does."""
    if g.minus_before is None or not start or not text[start - 1].isspace():
        return None
    low = max(0, start - _MINUS_REACH // 8)
    ends = _last_letters(g.minus)
    if ends is not None:
        # the word before the white space must end as some minus word does
        last = text[low:start].rstrip()[-1:]
        if not last or (last < "\x80" and last.lower() not in ends):
            return None
    found = g.minus_before.search(text, low, start)
    if found is None or _not_minus(g, text, found.start(), found.group().strip()):
        return None
    return found.start()


def find_numbers(text: str, lang: str) -> list[NumberMatch]:
    """Every number in ``text``, digits and words, non-overlapping, in text order.

    An article that can mean "one" ("a", "un", "bir") comes back with the pattern "article":
    it counts only where a currency or a noun the caller expects follows it; so does a lone
    numeral character inside a word of a language that writes numerals as characters.
    """
    g = grammar(lang)
    lex = load(lang)
    text = narrow(text)
    taken = bytearray(len(text))
    found = _numerals(text, lang, taken)
    for first in finditer(g.digits, text):
        m: re.Match[str] | None = first
        while m is not None and taken.find(1, m.start(), m.end()) < 0:
            number = _digit_number(text, m, g, lex)
            if number is None:
                break
            found.append(number)
            taken[number.start : number.end] = b"\x01" * (number.end - number.start)
            m = piece_after(text, m, g)
    if g.idioms is not None:
        for m in finditer(g.idioms, text):
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    words = g.words or _NONE
    for m in finditer(words, text) if g.words is not None else ():
        if taken.find(1, m.start(), m.end()) >= 0:
            continue
        start = m.start()
        head = g.token.match(text, start)
        if head and lowered(head.group()) in g.minus and _not_minus(g, text, start, head.group()):
            # "au moins huit": the minus word closes a qualifier and is no sign
            rest = words.search(text, head.end(), m.end()) if head.end() < m.end() else None
            start = rest.start() if rest is not None else m.end()
        for begin, end in _pieces(text, start, m.end(), g):
            end = before_minor(text, begin, end, g)
            if end <= begin:
                continue
            if text[begin].isupper() and _named(text, begin, end, g):
                continue
            elided = text[end : end + 1] in ("'", "’")
            read = _read_words(text[begin:end], lang, elided)
            if read is None:
                continue
            value, stated, scale, pattern, about = read
            either = either_ends(text[begin:end], lang)
            high = None
            if either is not None:
                value, high = either
                stated = value
            found.append(NumberMatch(begin, end, value, stated, scale, pattern, high, about=about))
    found.sort(key=lambda n: n.start)
    return _counted(text, g, _continued(text, g, found))


_WORD_BEFORE = re.compile(r"([^\W\d_]+),?\s+$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _named(text: str, begin: int, end: int, g: NumberGrammar) -> bool:
    """Whether the capitalized number word(s) at ``begin:end`` are a name: after a title
    ("Mr Hundred", "Herr Hundert"), or in a run of capitalized words that opens after a word
    in lower case ("met One Direction"), where a language writes its other words in it."""
    before = text[max(0, begin - 24) : begin]
    if g.titles is not None and g.titles.search(before):
        return True
    if not g.capital_names:
        return False
    previous = _WORD_BEFORE.search(before)
    following = _WORD_AFTER.match(text, end)
    return bool(previous and previous[1][0].islower() and following and following[1][0].isupper())


def _digit_number(
    text: str, m: re.Match[str], g: NumberGrammar, lex: Lexicon
) -> NumberMatch | None:
    """The figure a match of the digits pattern reads, None when it holds no digits."""
    whole, frac, neg, suf, suf2, suf3, said = m.group(
        "int", "frac", "neg", "suf", "suf2", "suf3", "scale"
    )
    value = _digits_value(whole, frac, neg, lex.groups)
    if value is None:
        return None
    stated = value
    scale: str | None = None
    suffix = suf or suf2 or suf3
    if suffix:
        factor = g.suffixes.get(suffix, g.suffixes.get(suffix.upper(), Decimal(1)))
        value *= factor
        scale = scale_name(factor)  # "$5M" states 5 million, as "$5 million" does
    end = m.end()
    if said:
        word = canon(said)
        factor = g.scales.get(word) or g.multipliers.get(word) or Decimal(1)
        value *= factor
        scale = scale_name(factor)
        if scale is None:  # 万, a scale of no named size: the figure is stated in full
            stated = value
        share = g.share_after.match(text, end) if g.share_after else None
        if share is not None and scale is not None and word in g.scales:
            # "2 millions et demi" is 2.5 million
            part = g.multipliers[lowered(share["share"])]
            value, stated, end = value + part * g.scales[word], stated + part, share.end()
    elif not suffix and whole and not frac and not neg and g.half_after is not None:
        added = _added_share(text, end, whole, g)
        if added is not None:
            value, stated, scale, end = added
    pattern = "digits+scale" if said or suffix or scale else "digits"
    begin = m.start()
    signed = _minus_word(g, text, begin) if not neg else None
    if signed is not None:  # "minus 5", "min 5": a minus word signs the digits after it
        begin, value, stated = signed, -value, -stated
    return NumberMatch(begin, end, value, stated, scale, pattern)


def _added_share(
    text: str, end: int, whole: str, g: NumberGrammar
) -> tuple[Decimal, Decimal, str | None, int] | None:
    """A whole in digits ending at ``end``, a joiner, an article and a share ("2 and a half"),
    and the scale word after it if any: (value, figure stated, scale, end), else None."""
    found = g.half_after.match(text, end) if g.half_after is not None else None
    if found is None:
        return None
    stated = Decimal(whole) + g.multipliers[lowered(found["share"])]
    scaled = g.scale_after.match(text, found.end())
    if scaled is not None:
        word = canon(scaled["scale"])
        factor = g.scales.get(word) or g.multipliers.get(word)
        if factor is not None:
            return stated * factor, stated, scale_name(factor), scaled.end()
    return stated, stated, None, found.end()


def _spelled_factor(text: str, n: NumberMatch, g: NumberGrammar) -> Decimal | None:
    """The factor of the spelled scale word or multiplier a figure in digits ends on ("3
    hundred", "4 mille"), None for any other figure."""
    if n.pattern != "digits+scale":
        return None
    word = re.search(r"[^\W\d_]{3,}$", text[n.start : n.end])
    if word is None:
        return None
    key = lowered(word.group())
    return g.scales.get(key) or g.multipliers.get(key)


def _continued(text: str, g: NumberGrammar, found: list[NumberMatch]) -> list[NumberMatch]:
    """Digits with a spelled scale word and the smaller figure that goes on from it, as one
    figure: "6 thousand 5 hundred and 40" is 6540, "3 cent un" 301."""
    out: list[NumberMatch] = []
    factor: Decimal | None = None
    for n in found:
        last = out[-1] if out else None
        if (
            last is not None
            and factor is not None
            and n.pattern != "article"
            and 0 < n.value < factor
            and g.link.fullmatch(text, last.end, n.start) is not None
        ):
            value = last.value + n.value
            out[-1] = NumberMatch(last.start, n.end, value, value, None, "digits+words")
            factor = _spelled_factor(text, n, g) or (n.value if n.pattern == "digits" else None)
            factor = factor if factor is None or factor < n.value or n.pattern != "digits" else None
            continue
        out.append(n)
        factor = _spelled_factor(text, n, g)
    return out
