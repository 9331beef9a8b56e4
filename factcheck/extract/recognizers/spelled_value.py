"""The value of a run of number words: "two hundred and seven", "trois mille quatre cents",
"fünfundzwanzig", "um milhão e meio", with the scale word it ends on."""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extract.recognizers.number_grammar import NumberGrammar, lowered
from factcheck.lang.lexicon import scale_name


def _parse_words(tokens: list[str], g: NumberGrammar) -> Decimal | None:
    total = Decimal(0)
    current = Decimal(0)
    tail: Decimal | None = None  # the part after a joiner: "trecento e DUE dozzine" is 324
    last: Decimal | None = None  # the number word right before a joiner
    scaled: Decimal | None = None  # the scale word the figure ended on so far
    seen = False
    for i, word in enumerate(tokens):
        if i and tokens[i - 1] in g.fractions and word in g.weak:
            continue  # "half a million": the article belongs to the scale word
        if word in g.weak and tokens[i + 1 : i + 2] and tokens[i + 1] in g.fractions:
            continue  # "and a half": the article belongs to the fraction
        if word in g.fractions and scaled is not None and tail == 0 and not current:
            # a share of the scale word before it: "um milhão e meio" is 1.5 million
            total += g.multipliers[word] * scaled
            scaled, seen = None, True
            continue
        if word in g.added:
            # "zweieinhalb", "iki buçuk": a half added to the whole before it
            current += g.added[word]
            tail, last, scaled = None, None, None
        elif word in g.scales:
            factor = g.scales[word]
            # a bigger scale takes only what is below it: "tres billones … doscientos mil
            # millones" multiplies the thousands, never the billions already counted
            low = total % factor
            total += (low + current or 1) * factor - low
            current, tail, last, scaled = Decimal(0), None, None, factor
        elif word in g.multipliers:
            factor = g.multipliers[word]
            if tail is not None:
                current += (tail or 1) * factor - tail
            else:
                current = (current or 1) * factor
            tail, last, scaled = None, None, None
        elif word in g.values:
            value = g.values[word]
            current += value
            if tail == 0 and last is not None and last < value:
                # a unit joined to the ten after it ("vijfentwintig", "fünfundzwanzig") is one
                # part, which a multiplier takes whole: "vijfentwintighonderd" is 2500
                tail = last + value
            else:
                tail = None if tail is None else tail + value
            last, scaled = value, None
        else:
            tail = Decimal(0)  # a joiner
            continue
        seen = True
    return total + current if seen else None


def _fraction(tokens: list[str], g: NumberGrammar) -> Decimal | None:
    vals = [g.values.get(t) for t in tokens]
    if all(v is not None and 0 <= v <= 9 for v in vals):
        return Decimal("0." + "".join(str(int(v)) for v in vals if v is not None))
    whole = _parse_words(tokens, g)
    return Decimal(f"0.{int(whole)}") if whole is not None else None


# what stands between the words of a run without being read: spaces and hyphens
_BETWEEN = re.compile(r"[\s\-]+")


def words_of(span: str, g: NumberGrammar) -> list[str]:
    """The words of a run, lower-cased; where words glue and the longest word at each place
    leaves part of the run unread ("eine|inhalb"), a reading in which each word is followed
    by another ("ein|einhalb")."""
    tokens = g.token.findall(span)
    if g.chained is not None:
        read = sum(map(len, tokens))
        if read < len(_BETWEEN.sub("", span)):
            chained = g.chained.findall(span)
            if sum(map(len, chained)) > read:
                tokens = chained
    return [lowered(t) for t in tokens]


def spelled_value(
    span: str, g: NumberGrammar, elided: bool = False
) -> tuple[Decimal, Decimal, str | None] | None:
    """The value of a run of number words (``span``), the figure it states before its scale
    word and that scale's name: "two billion" is 2,000,000,000, stated 2, "billion". None
    where the words make no figure (a scale word alone, a fraction with nothing to take a
    share of, a bound form not elided). ``elided``: an apostrophe follows the run."""
    tokens = words_of(span, g)
    tokens = [re.sub(r"\s+", " ", t) for t in tokens]
    # a bound form ends a number only where elided before a vowel: "settant'anni"
    if not tokens or (tokens[-1] in g.bound and not elided):
        return None
    # a fraction needs a scale after it ("half a million") or a whole before ("two and a half")
    if tokens[-1] in g.fractions and not any(t in g.joiners for t in tokens):
        return None
    if tokens[0] in g.added:  # an added fraction with no whole before it ("buçuk")
        return None
    if all(t in g.scales for t in tokens) and not (len(tokens) == 1 and tokens[0] in g.standalone):
        return None
    negative = tokens[0] in g.minus
    if negative:
        tokens = tokens[1:]
    fraction = Decimal(0)
    for i, t in enumerate(tokens):
        if t in g.point:
            fraction = _fraction(tokens[i + 1 :], g) or Decimal(0)
            tokens = tokens[:i]
            break
    whole = _parse_words(tokens, g)
    if whole is None:
        return None
    value = whole + fraction
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))  # "half a million" is 500000, not 500000.0
    last = tokens[-1] if tokens else ""
    if last in g.fractions:
        # "dois milhões e meio", "three million and a half" state 2.5 and 3.5 million
        head = [t for t in tokens[:-1] if t not in g.weak]
        if len(head) > 1 and head[-1] in g.joiners:
            last = head[-2]
    scale = scale_name(g.scales[last]) if last in g.scales else None
    # the stated figure is the one before the scale word: "two billion" states 2 billion
    stated = value / g.scales[last] if scale else value
    sign = -1 if negative else 1
    return sign * value, sign * stated, scale
