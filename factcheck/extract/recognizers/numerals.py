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
from functools import cache

from factcheck.extract.recognizers.edges import ALNUM, edges
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load, script_letters

_DIGITS = "D"  # Arabic digits, maybe with a decimal part
_DIGIT = "d"  # one digit written as a character
_ZERO = "0"  # a zero character: a digit, or what fills an empty place
_PLACE = "p"
_GROUP = "g"
_MORE = "+"  # "多", "余", "여" after a figure: more than it
_SEVERAL = "~"  # "数", "几" before a place: two to nine of it
_POINT = "."
_MINUS = "-"
_TIMES = "x"  # a multiplier of the whole figure: ダース, 打 (a dozen)
_OVER = "/"  # 三分之一, 4分の1, 사분의 일: the figure after it over the figure before it
_PAIR = ","  # "6, 7분", "二、三日": between two neighbouring figures, one or the other
# the kinds of words a figure may start with
_LEADS = (_DIGIT, _ZERO, _PLACE, _GROUP, _MINUS, _SEVERAL)


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


def _decimal(value: object) -> Decimal:
    return Decimal(str(value))


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
            kinds[str(word)] = (_DIGIT, _decimal(value))
        for key, kind in (("places", _PLACE), ("groups", _GROUP)):
            for word, value in (source.get(key) or {}).items():
                kinds[str(word)] = (kind, _decimal(value))
    for word in data.get("zeros") or []:
        kinds[str(word)] = (_ZERO, Decimal(0))
    for word, value in (data.get("times") or {}).items():
        kinds[str(word)] = (_TIMES, _decimal(value))
    for key, kind in (
        ("more", _MORE),
        ("several", _SEVERAL),
        ("point", _POINT),
        ("fraction", _OVER),
    ):
        for word in data.get(key) or []:
            kinds[str(word)] = (kind, Decimal(0))
    for word in data.get("minus") or []:
        kinds[str(word)] = (_MINUS, Decimal(0))
    pairs = data.get("pairs") or {}
    for word in pairs.get("between") or []:
        kinds[str(word).strip()] = (_PAIR, Decimal(0))
    words = alternation(kinds)
    digits = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+"
    token = rf"(?:{digits})(?:\.\d+)?|{words}"
    e = edges(lang)
    # a run starts a word (or anywhere, in a language without spaces), or at Arabic digits
    # that no other digit, letter or mark of a larger figure precedes
    word_start = f"(?<!{e.start(ALNUM)})"
    digit_start = rf"(?<![.,\d])(?<!{e.free(ALNUM)})"
    read = {str(w) for key in ("digits", "places", "groups") for w in readings.get(key) or {}}
    leads = alternation(w for w, (k, _) in kinds.items() if k in _LEADS and w not in read)
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
        readings=frozenset(
            str(w) for key in ("digits", "places", "groups") for w in readings.get(key) or {}
        ),
    )


@dataclass
class _Reading:
    """The state of reading a run token by token (see ``_step``)."""

    total: Decimal = Decimal(0)  # the groups read
    section: Decimal = Decimal(0)  # the places read in the current group
    pending: Decimal | None = None  # a digit not yet placed
    pending_kind: str = ""
    string: int = 0  # how many digits a digit-by-digit figure has so far
    string_ok: bool = False  # whether its digits are ones written digit by digit
    place: Decimal | None = None  # the last place read in this group
    group: Decimal | None = None  # the last group read
    unit: Decimal | None = None  # the place or group right before the pending digit
    last: str = ""
    zero: bool = False  # a zero filled an empty place since the last place
    more: bool = False
    several: Decimal | None = None  # 数百: the place or group the "several" counts
    times: Decimal = Decimal(1)
    negative: bool = False
    fraction: str | None = None  # digits after a point word
    spelled: bool = False
    seen: int = 0  # tokens read
    reading: bool | None = None  # whether the words read are syllable readings
    placed: bool = False  # a place or a group was read
    step: Decimal | None = None  # 六七, 三四百: the high end is the low one and this much

    def copy(self) -> _Reading:
        """A copy to come back to (a figure is read token by token: copies must be cheap)."""
        twin = _Reading.__new__(_Reading)
        twin.__dict__.update(self.__dict__)
        return twin

    def value(self, elided: bool) -> tuple[Decimal, Decimal | None]:
        """The figure read (scaled by its multiplier) and, after a "several", its top."""
        pending = self.pending or Decimal(0)
        if elided and self.pending_kind == _DIGIT and self.string == 1 and self.unit:
            pending *= self.unit / 10  # 一千三: the digit counts in the place below
        whole = self.total + self.section + pending
        if self.fraction is not None:
            whole += Decimal(f"0.{self.fraction}")
        low, high = whole * self.times, None
        if self.step is not None:
            high = low + self.step * self.times
        if self.several is not None:
            # 数百: two to nine of the place the "several" stands before
            step = (self.several or Decimal(1)) * self.times
            low, high = low + 2 * step, low + 9 * step
        if self.negative:
            return -low, (-high if high is not None else None)
        return low, high


def _digit(r: _Reading, kind: str, value: Decimal, s: System, word: str) -> bool:
    placed = r.place is not None or r.group is not None
    if kind == _ZERO and placed and r.pending is None:
        r.zero = True  # 四千零四: the zero fills the empty hundreds and tens
    elif (
        s.glued_pairs
        and r.pending is not None
        and r.pending_kind == _DIGIT
        and r.string == 1
        and r.step is None
        and r.pending
        and value == r.pending + 1
        and kind == _DIGIT
    ):
        r.step = Decimal(1)  # 六七, 十一二: one or the next
    elif r.pending is not None:
        if r.step == 1 and not placed:  # 一二三四: digit by digit after all, not a pair
            r.pending, r.string, r.step = r.pending * 10 + r.pending + 1, 2, None
        # 二〇二四: digit by digit, in a language that writes numbers so
        in_string = word in s.digit_strings and r.string_ok and not placed
        in_string = in_string and r.pending_kind == _DIGIT
        if not in_string or r.last not in (_DIGIT, _ZERO) or r.several is not None:
            return False
        r.pending = r.pending * 10 + value
        r.string += 1
    else:
        if r.several is not None:
            return False
        unit = r.place if r.last == _PLACE else r.group if r.last == _GROUP else None
        r.pending, r.pending_kind, r.string = value, _DIGIT, 1
        r.unit = None if r.zero else unit
        r.string_ok = word in s.digit_strings
    r.spelled = True
    return True


def _place(r: _Reading, value: Decimal) -> bool:
    if r.place is not None and value >= r.place:
        return False
    if (r.group is not None and value >= r.group) or r.string > 1:
        return False
    if r.step is not None:
        if r.step != 1:
            return False
        r.step = value  # 七八十: seventy or eighty
    if r.several is not None and r.pending is None and not r.several:
        r.several = value  # 数百
    elif r.several is not None:
        return False
    else:
        r.section += (r.pending or Decimal(1)) * value
    r.pending, r.place, r.zero, r.string, r.unit = None, value, False, 0, None
    r.spelled = True
    return True


def _group(r: _Reading, value: Decimal) -> bool:
    pure = not r.section and r.pending is None
    if r.group is not None and (value > r.group or (pure and r.last == _GROUP)):
        # 万亿, 一万五千亿, 四万万: a larger group after a smaller one, or a group right after
        # another, counts all that comes before it
        whole = r.total + r.section + (r.pending or 0)
        if r.several is not None or (whole >= value and not pure):
            return False
        r.total, r.group = whole * value, r.group * value if pure else value
    else:
        if r.group is not None and value >= r.group:
            return False
        amount = r.section + (r.pending or 0)
        if r.fraction is not None:
            amount += Decimal(f"0.{r.fraction}")
            r.fraction = None
        if r.several is not None:
            r.several = (r.several or Decimal(1)) * value
        elif amount == 0:
            return False  # a group word with no figure before it
        r.total += amount * value
        r.group = value
        if r.step is not None:
            r.step *= value  # 三四万: thirty or forty thousand
    r.section, r.pending, r.place, r.zero, r.string, r.unit = Decimal(0), None, None, False, 0, None
    r.spelled = True
    return True


def _step(r: _Reading, kind: str, value: Decimal, s: System, word: str, glued: bool) -> bool:
    """Read one more token; False when it cannot continue the figure read so far."""
    if kind in (_DIGIT, _PLACE, _GROUP):
        reading = word in s.readings
        if r.reading is not None and reading != r.reading:
            return False  # syllable readings and characters do not mix in one figure
        r.reading = reading
        if kind == _DIGIT and r.last in (_DIGIT, _ZERO) and (reading or not glued):
            return False  # a figure written digit by digit is written in one piece
        r.placed = r.placed or kind != _DIGIT
    if r.last == _TIMES or (r.fraction is not None and kind not in (_GROUP, _TIMES)):
        return False
    if kind == _SEVERAL and r.seen and r.last in (_PLACE, _GROUP, _DIGITS, _ZERO):
        kind = _MORE  # 十数人, 十几万: more than the figure, not "several" of a place
    if kind == _MINUS:
        ok = not r.seen
        r.negative = True
    elif kind == _DIGITS:
        ok = r.pending is None and r.several is None
        ok = ok and (r.place is None or value < r.place)
        ok = ok and (r.place is not None or r.group is None or value < r.group)
        r.pending, r.pending_kind, r.unit = value, _DIGITS, None
    elif kind in (_DIGIT, _ZERO):
        ok = _digit(r, kind, value, s, word)
    elif kind == _PLACE:
        ok = _place(r, value)
    elif kind == _GROUP:
        ok = _group(r, value)
    elif kind == _MORE:
        ok = bool(r.seen) and r.last not in (_MORE, _MINUS) and r.several is None
        r.more = True
    elif kind == _SEVERAL:
        ok = r.several is None and r.pending is None and r.last in ("", _MINUS)
        r.several = Decimal(0)
    else:  # a multiplier of the whole: 五十ダース
        ok = bool(r.seen) and r.last not in (_MINUS, _SEVERAL) and r.several is None
        r.times = value
    r.last = kind
    r.seen += 1
    return ok


def _point(text: str, at: int, end: int, s: System) -> tuple[str, int] | None:
    """The digits after a point word at ``at`` ("点五五" -> "55"), and where they end."""
    digits = ""
    pos = at
    while pos < end:
        found = s.token.match(text, pos, end)
        if found is None:
            break
        kind, value = s.kinds.get(found.group(1).lower(), ("", Decimal(0)))
        if kind not in (_DIGIT, _ZERO) or (digits and found.start(1) != pos):
            break
        digits += str(int(value))
        pos = found.end()
    return (digits, pos) if digits else None


def _fraction(
    text: str, below: _Reading, at: int, end: int, s: System
) -> tuple[_Reading, int] | None:
    """三分之一: the figure from ``at`` over the one read before the fraction word."""
    denominator = below.value(s.elided)[0]
    if not below.seen or below.more or below.several is not None or not denominator:
        return None
    above, stop = _read(text, at, end, s)
    if stop <= at or above.more or above.several is not None:
        return None
    r = _Reading(fraction=None, spelled=True, seen=below.seen + 1 + above.seen)
    r.pending, r.last = above.value(s.elided)[0] / denominator, _OVER
    return r, stop


def _figure(text: str, at: int, end: int, s: System) -> tuple[str, Decimal] | None:
    """The kind and value of a lone digit or run of Arabic digits right at ``at``."""
    found = s.token.match(text, at, end)
    if found is None:
        return None
    word = found.group(1)
    kind, value = s.kinds.get(word.lower(), (_DIGITS, Decimal(0)))
    if kind == _DIGITS and word.isdigit():
        return kind, Decimal(word)
    return (kind, value) if kind == _DIGIT else None


def _pair(
    text: str, r: _Reading, start: int, at: int, end: int, s: System
) -> tuple[_Reading, int] | None:
    """ "6, 7분", "二、三日": a lone figure, a pair mark and the next figure, read as a range;
    not within a list of more figures ("1, 2, 3")."""
    if r.seen != 1 or r.last not in (_DIGITS, _DIGIT) or r.pending is None:
        return None
    first = _figure(text, start, end, s)
    second = _figure(text, at, end, s)
    if first is None or second is None or second != (first[0], r.pending + 1):
        return None
    stop = s.token.match(text, at, end)
    assert stop is not None
    mark = s.token.match(text, stop.end(), end)
    listed = mark is not None and s.kinds.get(mark.group(1), ("",))[0] == _PAIR
    if listed and mark is not None and _figure(text, mark.end(), end, s) is not None:
        return None  # "1, 2, 3": a list
    head = text[:start].rstrip(" \t")
    for word, (kind, _) in s.kinds.items():
        if kind == _PAIR and head.endswith(word):
            left = head[: len(head) - len(word)].rstrip(" \t")[-1:]
            if left.isdigit() or s.kinds.get(left, ("",))[0] == _DIGIT:
                return None  # "1, 2, 3": the pair closes a list
    paired = r.copy()
    paired.step, paired.spelled, paired.seen = Decimal(1), True, 3
    return paired, stop.end()


def _read(text: str, start: int, end: int, s: System) -> tuple[_Reading, int]:
    """The longest figure from ``start`` and where it ends.

    A chunk after spaces joins the figure only if it reads in full: "三千 八百 九十六" is one
    number, "さんぜん はっせん" and "423 0000" are two.
    """
    r = _Reading()
    pos = start
    good = (r.copy(), start)  # the last state that ends a figure
    chunk: tuple[_Reading, int] | None = None  # the figure before the chunk being read
    while pos < end:
        found = s.token.match(text, pos, end)
        if found is None:
            break
        if found.start(1) > pos:
            chunk = good
        word = found.group(1)
        kind, value = s.kinds.get(word.lower(), (_DIGITS, Decimal(0)))
        if kind == _POINT:
            after = _point(text, found.end(), end, s) if r.spelled else None
            if after is None or r.fraction is not None or r.several is not None:
                break
            r.fraction, pos, r.last = after[0], after[1], _POINT
            good = (r.copy(), pos)
            continue
        if kind == _OVER:
            over = _fraction(text, r, found.end(), end, s)
            if over is not None:
                return over
            break
        if kind == _PAIR:
            paired = _pair(text, r, start, found.end(), end, s)
            return paired if paired is not None else good
        if kind == _DIGITS:
            value = Decimal(word.replace(",", ""))
        if not _step(r, kind, value, s, word.lower(), found.start(1) == pos):
            return chunk if chunk is not None else good
        pos = found.end()
        if kind not in (_MINUS, _SEVERAL) or r.last == _MORE:
            good = (r.copy(), pos)
    return good


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
            if idiom is not None:
                pos = idiom.end()
                continue
            r, stop = _read(text, pos, end, s)
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
    digit = s.kinds.get(text[n.start : n.end], ("", 0))[0] == _DIGIT
    if digit and ahead is not None and s.token.match(text, ahead.end()) is not None:
        # "一到五": a digit before a range word and a figure is a figure ("拾到" is no ten)
        return True
    before = text[n.start - 1] if n.start else " "
    after = text[n.end] if n.end < len(text) else " "
    return not (s.compounds.match(before) or s.compounds.match(after))


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
    kinds = (_DIGIT, _ZERO, _PLACE) if places else (_DIGIT, _ZERO)
    chars = [
        w
        for w, (kind, value) in s.kinds.items()
        if kind in kinds and len(w) == 1 and w not in s.readings and (kind != _PLACE or value == 10)
    ]
    return f"[{''.join(sorted(chars))}]" if chars else ""
