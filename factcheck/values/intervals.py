"""Intervals over Decimal, open or closed at each end, unbounded where None."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Interval:
    """A set of numbers between ``lo`` and ``hi``; None is unbounded on that side."""

    lo: Decimal | None
    hi: Decimal | None
    lo_open: bool = False
    hi_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one point."""
        return self.intersect(other) is not None

    def intersect(self, other: Interval) -> Interval | None:
        """The common part of two intervals, or None when they are disjoint."""
        lo, lo_open = _max_lower(self, other)
        hi, hi_open = _min_upper(self, other)
        if lo is not None and hi is not None and (lo > hi or (lo == hi and (lo_open or hi_open))):
            return None
        return Interval(lo, hi, lo_open, hi_open)

    def contains(self, other: Interval) -> bool:
        """True when every point of ``other`` lies in this interval."""
        lower_ok = self.lo is None or (
            other.lo is not None
            and (
                other.lo > self.lo or (other.lo == self.lo and (other.lo_open or not self.lo_open))
            )
        )
        upper_ok = self.hi is None or (
            other.hi is not None
            and (
                other.hi < self.hi or (other.hi == self.hi and (other.hi_open or not self.hi_open))
            )
        )
        return lower_ok and upper_ok

    def entirely_before(self, other: Interval) -> bool:
        """True when every point of this interval is smaller than every point of ``other``."""
        if self.hi is None or other.lo is None:
            return False
        return self.hi < other.lo or (self.hi == other.lo and (self.hi_open or other.lo_open))

    def sort_key(self) -> tuple[int, Decimal, int, int, Decimal, int]:
        """A total order: by lower bound, then upper bound (unbounded sides sort outermost)."""
        lo_inf = 0 if self.lo is None else 1
        hi_inf = 1 if self.hi is None else 0
        return (
            lo_inf,
            self.lo if self.lo is not None else Decimal(0),
            int(self.lo_open),
            hi_inf,
            self.hi if self.hi is not None else Decimal(0),
            int(not self.hi_open),
        )


def _max_lower(a: Interval, b: Interval) -> tuple[Decimal | None, bool]:
    if a.lo is None:
        return b.lo, b.lo_open
    if b.lo is None or a.lo > b.lo:
        return a.lo, a.lo_open
    if b.lo > a.lo:
        return b.lo, b.lo_open
    return a.lo, a.lo_open or b.lo_open


def _min_upper(a: Interval, b: Interval) -> tuple[Decimal | None, bool]:
    if a.hi is None:
        return b.hi, b.hi_open
    if b.hi is None or a.hi < b.hi:
        return a.hi, a.hi_open
    if b.hi < a.hi:
        return b.hi, b.hi_open
    return a.hi, a.hi_open or b.hi_open


def stabbing_groups(items: list[tuple[Interval, T]]) -> list[list[tuple[Interval, T]]]:
    """Partition items into the fewest groups whose intervals share a common point.

    Greedy stabbing in one sweep, O(n log n): take intervals by upper bound; each joins
    the first stab point it contains (found by bisection, as stab points only grow), or
    opens a new group stabbed at its own upper bound. One group means agreement. An item
    that holds several stab points then joins, of those, the group most items hold alone:
    "about 12:30" stands with the five sources that say 12:33, not with the one that says
    12:22, though it fits both. A group lists its items by upper bound, then in the order
    given.
    """
    # Claims that state the same value share one interval object, and an interval always
    # lands where an equal one before it landed (it holds the stab point that one found or
    # opened, and no earlier one): the sweep runs over the distinct intervals alone, in the
    # order their first items come, and the items follow their interval's group.
    intervals = list(map(_first, items))
    ids = list(map(id, intervals))
    distinct = dict(zip(ids, intervals, strict=True))
    upper = {key: _upper_key(interval) for key, interval in distinct.items()}
    stabs: list[tuple[int, Decimal, int]] = []  # sortable stab points, increasing
    group_of: dict[int, int] = {}
    for key in sorted(distinct, key=upper.__getitem__):  # stable: ties in first-item order
        index = _first_contained(stabs, distinct[key])
        if index is None:
            index = len(stabs)
            stabs.append(upper[key])
        group_of[key] = index
    _with_the_surest(group_of, distinct, stabs, Counter(ids))
    # each item's place in the output, as one integer: its group, then its upper bound's rank
    # among the distinct bounds; a stable sort by it keeps the order given among equals
    ranks = {bound: rank for rank, bound in enumerate(sorted(set(upper.values())))}
    places = {key: group * len(ranks) + ranks[upper[key]] for key, group in group_of.items()}
    by_place = sorted(range(len(items)), key=list(map(places.__getitem__, ids)).__getitem__)
    counts = Counter(ids)
    sizes = [0] * len(stabs)
    for key, group in group_of.items():
        sizes[group] += counts[key]
    out = []
    start = 0
    pick = items.__getitem__
    for size in sizes:
        if size:  # a stab point every item holding it left for another
            out.append(list(map(pick, by_place[start : start + size])))
        start += size
    return out


def _with_the_surest(
    group_of: dict[int, int],
    distinct: dict[int, Interval],
    stabs: list[tuple[int, Decimal, int]],
    counts: Counter[int],
) -> None:
    """Move each interval that holds several stab points to the group of the one that most
    items hold alone (the first of equals), in place."""
    held: dict[int, tuple[int, int]] = {}
    alone = [0] * len(stabs)
    for key, interval in distinct.items():
        first = group_of[key]  # the first it holds: every stab before it is below its lower end
        last = bisect_right(stabs, _upper_key(interval)) - 1
        held[key] = (first, last)
        if first == last:
            alone[first] += counts[key]
    for key, (first, last) in held.items():
        if last > first:
            group_of[key] = max(range(first, last + 1), key=lambda g: (alone[g], -g))


_first = itemgetter(0)


def _upper_key(interval: Interval) -> tuple[int, Decimal, int]:
    """Order upper bounds: finite before unbounded; an open end just below a closed one."""
    if interval.hi is None:
        return (1, Decimal(0), 0)
    return (0, interval.hi, 0 if interval.hi_open else 1)


def _first_contained(stabs: list[tuple[int, Decimal, int]], interval: Interval) -> int | None:
    """The first stab point at or above the interval's lower bound, if the interval holds it.

    Every stab point so far is at most this interval's upper bound (items come by upper
    bound), so the interval holds a stab point exactly when its lower bound reaches it.
    """
    if not stabs:
        return None
    if interval.lo is None:
        return 0
    # the lower bound as a stab-shaped key: an open lower bound excludes the point itself
    index = bisect_left(stabs, (0, interval.lo, 1 if interval.lo_open else 0))
    while index < len(stabs):
        unbounded, value, closed = stabs[index]
        if unbounded or value > interval.lo:
            return index
        if closed and not interval.lo_open:  # value == lo: both ends include the point
            return index
        index += 1
    return None
