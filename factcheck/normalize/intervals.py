"""Intervals over Decimal, open or closed at each end, unbounded where None."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
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

    Greedy stabbing in O(n log n): sort by upper bound, stab at the smallest upper bound,
    take every interval that contains that point, repeat. Two items land in different
    groups only when no single value fits both, so one group means agreement.
    """
    ordered = sorted(items, key=lambda item: _upper_key(item[0]))
    groups: list[list[tuple[Interval, T]]] = []
    remaining = ordered
    while remaining:
        stab = remaining[0][0]
        group, rest = [], []
        for item in remaining:
            if _reaches(item[0], stab):
                group.append(item)
            else:
                rest.append(item)
        groups.append(group)
        remaining = rest
    return groups


def _upper_key(interval: Interval) -> tuple[int, Decimal, int]:
    if interval.hi is None:
        return (1, Decimal(0), 0)
    return (0, interval.hi, 0 if interval.hi_open else 1)


def _reaches(candidate: Interval, stab: Interval) -> bool:
    """True when ``candidate`` contains the point just at (or below) ``stab``'s upper end."""
    if stab.hi is None:
        return True
    if candidate.lo is None:
        return True
    if stab.hi_open:
        # the stab point is "just below" hi: any candidate starting below hi contains it
        return candidate.lo < stab.hi
    return candidate.lo < stab.hi or (candidate.lo == stab.hi and not candidate.lo_open)
