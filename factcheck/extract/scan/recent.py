"""Results kept for the texts scans look at again and again: an article and its skeleton."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Recent(Generic[T]):
    """The results for the last two texts, matched by identity: each is worked out once.

    The pair is read and replaced in one step, so threads sharing it never pair a text with
    another's result.
    """

    def __init__(self, empty: T) -> None:
        """Start with nothing remembered (``empty`` fills the slots, matched by no text)."""
        self._pairs: tuple[tuple[object, T], ...] = ((None, empty), (None, empty))

    def get(self, text: str, compute: Callable[[str], T]) -> T:
        """The result for ``text``, computed by ``compute`` unless one of the last two."""
        pairs = self._pairs
        for last, result in pairs:
            if text is last:
                return result
        result = compute(text)
        self._pairs = ((text, result), pairs[0])
        return result
