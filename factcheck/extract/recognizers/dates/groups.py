"""The needs of the date patterns, folded, each group of needles one object.

A template's need (``scan.needs``) is a list of groups of needles, a needle of each of which
a text must hold. Many patterns share groups (a language's month names, the first digits of a
year); a scan keys its look-ups by group, and a look-up with an equal group that is another
object compares the two sets whole, which for a group of a hundred spellings costs more than
the look-up itself.
"""

from __future__ import annotations

import re

from factcheck.extract.scan import Anchors, Need

# (pattern, what it cannot match without) for the patterns run on the skeleton
Gated = list[tuple[re.Pattern[str], Need]]
# what a template cannot match without: its anchors, and the slots of ``Grammar.probes``
# some stretch of the text must match
Requirement = tuple[Need, frozenset[str]]


class Folder:
    """Needs folded as ``Anchors.fold`` folds them, each group one object however many
    patterns hold it."""

    def __init__(self, anchors: Anchors) -> None:
        """Fold with ``anchors``' stand-ins."""
        self._anchors = anchors
        self._groups: dict[frozenset[str], frozenset[str]] = {}

    def one(self, need: Need) -> Need:
        """``need`` folded, its groups shared with every other need folded here."""
        groups = self._groups
        return tuple(groups.setdefault(g, g) for g in self._anchors.fold(need))

    def __call__(self, patterns: Gated) -> Gated:
        """The needs of skeleton ``patterns``, folded."""
        return [(p, self.one(n)) for p, n in patterns]
