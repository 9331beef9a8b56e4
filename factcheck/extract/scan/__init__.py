"""The scanning accelerator: the matches a regex engine scan would give, found faster.

Recognizers use this API only; the modules behind it are free to change.

- ``finditer(pattern, text)``: ``pattern.finditer(text)``, jumping to where a match can start
  (``jump``, with the patterns ``rewrites`` and ``behind`` derive, ``bigrams``, ``fold`` and
  ``boundaries``; before that, the engine's scan skipping to the characters a match opens
  with, ``opening``, with its classes compiled once, ``sets``); ``search(pattern, text)``: the
  spans of ``pattern.search(text)``, for short texts searched once each.
- ``plan``, ``windows``, ``finditer_in``: scans of patterns whose every match holds a rare
  character, run only on the stretches around those characters (``regions``).
- ``needs``, ``Anchors``, ``present``: the literal text a pattern cannot match without, looked
  up once per text so patterns that cannot match are not run (``anchors``).
- ``search_ending``, ``may_end``: searches of a window before a figure for a pattern anchored
  at its end, turned away at once where the window's last character ends no match (``tails``).
"""

from factcheck.extract.scan.anchors import Anchors, Need, needs, present
from factcheck.extract.scan.jump import finditer, search
from factcheck.extract.scan.regions import Plan, finditer_in, plan, windows
from factcheck.extract.scan.tails import may_end, search_ending

__all__ = [
    "Anchors",
    "Need",
    "Plan",
    "finditer",
    "finditer_in",
    "may_end",
    "needs",
    "plan",
    "present",
    "search",
    "search_ending",
    "windows",
]
