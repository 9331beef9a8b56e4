"""Results kept for the texts scans look at again and again: an article, its skeleton, folds."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")


# texts remembered: an article, its skeleton and the folds of both are scanned in turn
_SLOTS = 6


class Recent(Generic[T]):
    """The results for the last few texts, matched by identity: each is worked out once.

    The pairs are read and replaced in one step, so threads sharing them never pair a text
    with another's result.
    """

    def __init__(self, empty: T) -> None:
        """Start with nothing remembered (``empty`` fills the slots, matched by no text)."""
        self._pairs: tuple[tuple[object, T], ...] = ((None, empty),) * _SLOTS

    def get(self, text: str, compute: Callable[[str], T]) -> T:
        """The result for ``text``, computed by ``compute`` unless one of the last few."""
        pairs = self._pairs
        for last, result in pairs:
            if text is last:
                return result
        result = compute(text)
        self._pairs = ((text, result), *pairs[:-1])
        return result


def per_object(compute: Callable[[K], T]) -> Callable[[K], T]:
    """``compute`` kept per argument, looked up by identity.

    For compiled patterns: hashing one hashes its whole program, which for a grammar's large
    alternations costs more than the scan it prepares. The argument is kept alive with its
    result, so its identity is never reused for another.
    """
    memo: dict[int, tuple[K, T]] = {}

    @wraps(compute)
    def cached(key: K) -> T:
        hit = memo.get(id(key))
        if hit is not None and hit[0] is key:
            return hit[1]
        result = compute(key)
        memo[id(key)] = (key, result)
        return result

    return cached
