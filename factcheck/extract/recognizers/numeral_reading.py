"""The arithmetic of reading one figure of a place-value numeral system word by word: a digit
fills a place, a place closes a digit, a group closes the places before it (三千五百万)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factcheck.extract.recognizers.numeral_system import (
    DIGIT,
    DIGITS,
    GROUP,
    MINUS,
    MORE,
    PLACE,
    SEVERAL,
    TIMES,
    ZERO,
    System,
)


@dataclass
class Reading:
    """The state of reading a run token by token (see ``step``)."""

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

    def copy(self) -> Reading:
        """A copy to come back to (a figure is read token by token: copies must be cheap)."""
        twin = Reading.__new__(Reading)
        twin.__dict__.update(self.__dict__)
        return twin

    def value(self, elided: bool) -> tuple[Decimal, Decimal | None]:
        """The figure read (scaled by its multiplier) and, after a "several", its top."""
        pending = self.pending or Decimal(0)
        if elided and self.pending_kind == DIGIT and self.string == 1 and self.unit:
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


def _digit(r: Reading, kind: str, value: Decimal, s: System, word: str) -> bool:
    placed = r.place is not None or r.group is not None
    if kind == ZERO and placed and r.pending is None:
        r.zero = True  # 四千零四: the zero fills the empty hundreds and tens
    elif (
        s.glued_pairs
        and r.pending is not None
        and r.pending_kind == DIGIT
        and r.string == 1
        and r.step is None
        and r.pending
        and value == r.pending + 1
        and kind == DIGIT
    ):
        r.step = Decimal(1)  # 六七, 十一二: one or the next
    elif r.pending is not None:
        if r.step == 1 and not placed:  # 一二三四: digit by digit after all, not a pair
            r.pending, r.string, r.step = r.pending * 10 + r.pending + 1, 2, None
        # 二〇二四: digit by digit, in a language that writes numbers so
        in_string = word in s.digit_strings and r.string_ok and not placed
        in_string = in_string and r.pending_kind == DIGIT
        if not in_string or r.last not in (DIGIT, ZERO) or r.several is not None:
            return False
        r.pending = r.pending * 10 + value
        r.string += 1
    else:
        if r.several is not None:
            return False
        unit = r.place if r.last == PLACE else r.group if r.last == GROUP else None
        r.pending, r.pending_kind, r.string = value, DIGIT, 1
        r.unit = None if r.zero else unit
        r.string_ok = word in s.digit_strings
    r.spelled = True
    return True


def _place(r: Reading, value: Decimal) -> bool:
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


def _group(r: Reading, value: Decimal) -> bool:
    pure = not r.section and r.pending is None
    if r.group is not None and (value > r.group or (pure and r.last == GROUP)):
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


def step(r: Reading, kind: str, value: Decimal, s: System, word: str, glued: bool) -> bool:
    """Read one more token; False when it cannot continue the figure read so far."""
    if kind in (DIGIT, PLACE, GROUP):
        reading = word in s.readings
        if r.reading is not None and reading != r.reading:
            return False  # syllable readings and characters do not mix in one figure
        r.reading = reading
        if kind == DIGIT and r.last in (DIGIT, ZERO) and (reading or not glued):
            return False  # a figure written digit by digit is written in one piece
        r.placed = r.placed or kind != DIGIT
    if r.last == TIMES or (r.fraction is not None and kind not in (GROUP, TIMES)):
        return False
    if kind == SEVERAL and r.seen and r.last in (PLACE, GROUP, DIGITS, ZERO):
        kind = MORE  # 十数人, 十几万: more than the figure, not "several" of a place
    if kind == MINUS:
        ok = not r.seen
        r.negative = True
    elif kind == DIGITS:
        ok = r.pending is None and r.several is None
        ok = ok and (r.place is None or value < r.place)
        ok = ok and (r.place is not None or r.group is None or value < r.group)
        r.pending, r.pending_kind, r.unit = value, DIGITS, None
    elif kind in (DIGIT, ZERO):
        ok = _digit(r, kind, value, s, word)
    elif kind == PLACE:
        ok = _place(r, value)
    elif kind == GROUP:
        ok = _group(r, value)
    elif kind == MORE:
        ok = bool(r.seen) and r.last not in (MORE, MINUS) and r.several is None
        r.more = True
    elif kind == SEVERAL:
        ok = r.several is None and r.pending is None and r.last in ("", MINUS)
        r.several = Decimal(0)
    else:  # a multiplier of the whole: 五十ダース
        ok = bool(r.seen) and r.last not in (MINUS, SEVERAL) and r.several is None
        r.times = value
    r.last = kind
    r.seen += 1
    return ok
