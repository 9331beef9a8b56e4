"""Numbers of a place-value numeral system: 一万二千三百, 3万4000, 이십일조 삼백, 二〇二四.

Chinese, Japanese and Korean count in places (十 百 千) inside groups of four digits
(万 億 兆), mix their digits with Arabic ones ("7万5千4百", "1조"), fill an empty place with a
zero (四千零四), may write a number digit by digit (二〇二四), may leave the last place
unsaid (一千三 is 1300 in Chinese), and mark a figure as approximate inside it (十多万,
1,700여, 数百), and name a range by two neighbouring figures (六七分钟, 七八十, "6, 7분": six
or seven minutes). A language lists its characters under ``numerals`` in numbers.yaml; this
module reads the runs of them a text holds. Runs of Arabic digits alone are left to the
digits pattern of ``numbers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.extract.recognizers.numeral_reading import Reading, step
from factcheck.extract.recognizers.numeral_system import (
    DIGIT,
    DIGITS,
    GROUP,
    MINUS,
    MORE,
    OVER,
    PAIR,
    PLACE,
    POINT,
    SEVERAL,
    ZERO,
    System,
    system,
)


@dataclass(frozen=True)
class Numeral:
    """A number read from a run: span, value, the highest value a "several" allows, whether
    an approximation mark says "more than", and how many tokens it took."""

    start: int
    end: int
    value: Decimal
    high: Decimal | None
    more: bool
    tokens: int
    spelled: bool


def _point(text: str, at: int, end: int, s: System) -> tuple[str, int] | None:
    """The digits after a point word at ``at`` ("点五五" -> "55"), and where they end; digits
    spaced from the point word that run into a word are that word's ("십오점 사이의": 15
    points, between)."""
    digits = ""
    pos = at
    while pos < end:
        found = s.token.match(text, pos, end)
        if found is None:
            break
        kind, value = s.kinds.get(found.group(1).lower(), ("", Decimal(0)))
        if kind not in (DIGIT, ZERO) or (digits and found.start(1) != pos):
            break
        digits += str(int(value))
        pos = found.end()
    if not digits:
        return None
    spaced = text[at : at + 1] in (" ", "\t")
    if spaced and s.compounds is not None and pos < len(text) and s.compounds.match(text[pos]):
        return None
    return digits, pos


def _fraction(
    text: str, below: Reading, at: int, end: int, s: System
) -> tuple[Reading, int] | None:
    """三分之一: the figure from ``at`` over the one read before the fraction word."""
    denominator = below.value(s.elided)[0]
    if not below.seen or below.more or below.several is not None or not denominator:
        return None
    above, stop = _read(text, at, end, s)
    if stop <= at or above.more or above.several is not None:
        return None
    r = Reading(fraction=None, spelled=True, seen=below.seen + 1 + above.seen)
    r.pending, r.last = above.value(s.elided)[0] / denominator, OVER
    return r, stop


def _figure(text: str, at: int, end: int, s: System) -> tuple[str, Decimal] | None:
    """The kind and value of a lone digit or run of Arabic digits right at ``at``."""
    found = s.token.match(text, at, end)
    if found is None:
        return None
    word = found.group(1)
    kind, value = s.kinds.get(word.lower(), (DIGITS, Decimal(0)))
    if kind == DIGITS and word.isdigit():
        return kind, Decimal(word)
    return (kind, value) if kind == DIGIT else None


def _pair(
    text: str, r: Reading, start: int, at: int, end: int, s: System
) -> tuple[Reading, int] | None:
    """ "6, 7분", "二、三日": a lone figure, a pair mark and the next figure, read as a range;
    not within a list of more figures ("1, 2, 3")."""
    if r.seen != 1 or r.last not in (DIGITS, DIGIT) or r.pending is None:
        return None
    first = _figure(text, start, end, s)
    second = _figure(text, at, end, s)
    if first is None or second is None or second != (first[0], r.pending + 1):
        return None
    stop = s.token.match(text, at, end)
    assert stop is not None
    mark = s.token.match(text, stop.end(), end)
    listed = mark is not None and s.kinds.get(mark.group(1), ("",))[0] == PAIR
    if listed and mark is not None and _figure(text, mark.end(), end, s) is not None:
        return None  # "1, 2, 3": a list
    head = text[:start].rstrip(" \t")
    for word, (kind, _) in s.kinds.items():
        if kind == PAIR and head.endswith(word):
            left = head[: len(head) - len(word)].rstrip(" \t")[-1:]
            if left.isdigit() or s.kinds.get(left, ("",))[0] == DIGIT:
                return None  # "1, 2, 3": the pair closes a list
    paired = r.copy()
    paired.step, paired.spelled, paired.seen = Decimal(1), True, 3
    return paired, stop.end()


def _read(text: str, start: int, end: int, s: System) -> tuple[Reading, int]:
    """The longest figure from ``start`` and where it ends.

    A chunk after spaces joins the figure only if it reads in full: "三千 八百 九十六" is one
    number, "さんぜん はっせん" and "423 0000" are two.
    """
    r = Reading()
    pos = start
    good = (r.copy(), start)  # the last state that ends a figure
    chunk: tuple[Reading, int] | None = None  # the figure before the chunk being read
    while pos < end:
        found = s.token.match(text, pos, end)
        if found is None:
            break
        if found.start(1) > pos:
            chunk = good
            # after a figure ("천 조각"), not after a sign or a "several" ("마이너스 일")
            if r.last not in ("", MINUS, SEVERAL) and _begins_word(text, found, s):
                return good
        word = found.group(1)
        kind, value = s.kinds.get(word.lower(), (DIGITS, Decimal(0)))
        if kind == POINT:
            after = _point(text, found.end(), end, s) if r.spelled else None
            if after is None or r.fraction is not None or r.several is not None:
                break
            r.fraction, pos, r.last = after[0], after[1], POINT
            good = (r.copy(), pos)
            continue
        if kind == OVER:
            over = _fraction(text, r, found.end(), end, s)
            if over is not None:
                return over
            break
        if kind == PAIR:
            paired = _pair(text, r, start, found.end(), end, s)
            return paired if paired is not None else good
        if kind == DIGITS:
            value = Decimal(word.replace(",", ""))
        if not step(r, kind, value, s, word.lower(), found.start(1) == pos):
            return chunk if chunk is not None else good
        pos = found.end()
        if kind not in (MINUS, SEVERAL) or r.last == MORE:
            good = (r.copy(), pos)
    return good


def _begins_word(text: str, found: re.Match[str], s: System) -> bool:
    """Whether a numeral after a space begins a word rather than going on with the figure
    before it: a group word glued to any letter ("천 조각", "3천 조사": pieces, a survey,
    not 10¹⁵), a digit or place glued to a letter that starts no numeral ("천 사건",
    "3천 백화점"). A group word standing alone ("천 조 원"), before its "more" mark
    ("천 만여 명") or glued to a counter or a currency ("수천 만원") goes on with the
    figure, as a place before a digit does ("천 백오십")."""
    at = found.end(1)  # the run of numerals stops before a letter: look past its end
    if s.spaced_letter is None or not s.spaced_letter.match(text, at):
        return False
    kind = s.kinds.get(found.group(1).lower(), ("",))[0]
    glued = s.token.match(text, at)
    then = s.kinds.get(glued.group(1).lower(), ("",))[0] if glued and glued.start(1) == at else ""
    if kind == GROUP:
        counted = s.counted is not None and s.counted.match(text, at) is not None
        return then != MORE and not counted
    return kind in (DIGIT, PLACE) and then not in (DIGIT, ZERO, PLACE, GROUP, MORE)


def find_numerals(text: str, lang: str) -> list[Numeral]:
    """The figures of ``lang``'s numeral system in ``text`` that hold more than Arabic digits
    (those are read by ``numbers``), in text order.
    """
    s = system(lang)
    if s is None:
        return []
    out: list[Numeral] = []
    for run in s.run.finditer(text):
        pos, end = run.start(), run.end()
        while pos < end:
            while pos < end and text[pos] in " \t":
                pos += 1
            idiom = s.not_numbers.match(text, pos) if s.not_numbers is not None else None
            r, stop = _read(text, pos, end, s)
            if idiom is not None and not _placed_past(text, idiom.end(), stop, s):
                pos = idiom.end()
                continue
            if _particle_at_end(text, pos, stop, s):
                r, stop = _read(text, pos, stop - 1, s)
            if stop <= pos:
                found = s.token.match(text, pos, end)
                pos = found.end() if found is not None else pos + 1
                continue
            if r.string == 2 and r.place is None and r.group is None:
                pos = stop  # 九九, 两两: two digits in a row are a word, not a figure
                continue
            if r.reading and (r.seen < 2 or not r.placed):
                pos = stop  # に, さん, せん alone are particles and endings, not figures
                continue
            negative = _minus_sign(text, pos, s) and not r.negative
            if r.spelled or r.more or r.negative or r.times != 1:
                value, high = r.value(s.elided)
                begin = pos - 1 if negative else pos
                if negative:
                    value, high = -value, (-high if high is not None else None)
                out.append(Numeral(begin, stop, value, high, r.more, r.seen, r.spelled))
            pos = stop
    return out


def _placed_past(text: str, at: int, stop: int, s: System) -> bool:
    """Whether the figure read up to ``stop`` goes on past ``at`` (the end of a word that
    is no figure alone: 이천, 사천, 오만) with a place or a group: "이천이백", "사천 오백"."""
    if stop <= at:
        return False
    kinds = (s.kinds.get(t.group(1).lower(), ("",))[0] for t in s.token.finditer(text, at, stop))
    return any(kind in (PLACE, GROUP) for kind in kinds)


def _particle_at_end(text: str, start: int, stop: int, s: System) -> bool:
    """Whether the figure read from ``start`` to ``stop`` ends in a digit that is a particle
    or copula glued after a place or a group ("천오백이다", "3천이 넘는")."""
    if s.particle is None or stop - start < 2 or s.particle.match(text, stop - 1) is None:
        return False
    return s.kinds.get(text[stop - 2], ("",))[0] in (PLACE, GROUP)


def _minus_sign(text: str, at: int, s: System) -> bool:
    """A minus sign right before ``at`` that no word, digit or other sign precedes."""
    if at == 0 or text[at - 1] not in "-−":
        return False
    return at == 1 or s.sign_after.match(text[at - 2]) is None


def lone_counts(lang: str) -> bool:
    """Whether a lone numeral inside a word counts before a counter or a currency."""
    s = system(lang)
    return s is None or s.lone_counts


def standalone(text: str, n: Numeral, lang: str) -> bool:
    """Whether a figure of one token stands on its own: no letter of a script the language
    forms words with (四川, 一切, 사과) touches it."""
    s = system(lang)
    if s is None or n.tokens > 1 or s.compounds is None or not n.spelled:
        return True
    if s.figure_after is not None and s.figure_after.search(text, max(0, n.start - 4), n.start):
        return True  # "答案是五": a numeral after a copula is a figure
    ahead = s.figure_before.match(text, n.end) if s.figure_before is not None else None
    digit = s.kinds.get(text[n.start : n.end], ("", 0))[0] == DIGIT
    if digit and ahead is not None and s.token.match(text, ahead.end()) is not None:
        # "一到五": a digit before a range word and a figure is a figure ("拾到" is no ten)
        return True
    before = text[n.start - 1] if n.start else " "
    after = text[n.end] if n.end < len(text) else " "
    return not (s.compounds.match(before) or s.compounds.match(after))


def lone_place(text: str, n: Numeral, lang: str) -> bool:
    """Whether a figure of one token is a place word standing as a word of its own ("천 명",
    "백 원"): one that counts before a counter or a currency where lone numerals do not."""
    s = system(lang)
    if s is None or n.tokens > 1:
        return False
    kind = s.kinds.get(text[n.start : n.end], ("",))[0]
    return kind == PLACE and standalone(text, n, lang)


def numeral_value(text: str, lang: str) -> Decimal | None:
    """The value of the figure of ``lang``'s numerals ``text`` starts with ("二十八" of
    "二十八日", "二〇二四"), or None when it starts with none."""
    s = system(lang)
    if s is None or not text:
        return None
    r, stop = _read(text, 0, len(text), s)
    if not stop or r.more or r.several is not None or r.reading:
        return None
    return r.value(s.elided)[0]


def numeral_class(lang: str, places: bool = True) -> str:
    """A character class of ``lang``'s digit characters (and, with ``places``, its ten), for
    the slots of date templates; empty when the language writes no numerals."""
    s = system(lang)
    if s is None:
        return ""
    kinds = (DIGIT, ZERO, PLACE) if places else (DIGIT, ZERO)
    chars = [
        w
        for w, (kind, value) in s.kinds.items()
        if kind in kinds and len(w) == 1 and w not in s.readings and (kind != PLACE or value == 10)
    ]
    return f"[{''.join(sorted(chars))}]" if chars else ""
