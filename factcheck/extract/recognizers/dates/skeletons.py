"""Date skeletons: the patterns that read a date around its atoms ("{A} {B}", "{N} {UNIT}
before {A}"), and the probes that tell, before a skeleton is tried, whether the text around an
atom can hold it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from factcheck.extract.recognizers.dates.groups import Gated
from factcheck.extract.recognizers.dates.probes import before_probe, marker_probe
from factcheck.extract.recognizers.dates.slots import BARE, BARE_REST, atom_heads, atom_of
from factcheck.extract.recognizers.dates.templates import white
from factcheck.extract.scan import Need, needs


def skeleton_pattern(
    templates: list[str],
    slots: dict[str, str],
    bounds: tuple[str, str],
    needs_of: Callable[[str], Need] = needs,
) -> Gated:
    """Each of ``templates`` (date skeletons around atoms) as a pattern with what it needs,
    its atoms' slots filled from ``slots`` and kept apart from the text around by
    ``bounds``; the probes around its atom are remembered for :func:`skeleton_probes`."""
    out: Gated = []
    for template in templates:
        body = white(template).replace("{A}", slots["A"]).replace("{B}", slots.get("B", "(?!)"))
        # a count and its unit, where a template names them ("{N} {UNIT} before {A}"); a
        # count in figures may have been read as a bare day of the month
        count = f"(?P<n>{slots['N']}|{BARE}{BARE_REST}*)"
        body = body.replace("{N}", count).replace("{UNIT}", f"(?P<unit>{slots['UNIT']})")
        # the last day of a run of days after a month and its first day ("March 3-5, 2024")
        # (read as a day of its own: an atom)
        body = body.replace("{DE}", f"(?P<de>{BARE}{BARE_REST}*)")
        source = rf"(?<!{bounds[0]})(?:{body})(?!{bounds[1]})"
        pattern = re.compile(source, re.IGNORECASE)
        heads = atom_heads(slots["A"])
        if heads:
            remember(
                SkeletonProbes(
                    pattern,
                    _per_head([marker_probe(template, atom_of(head)) for head in heads]),
                    _per_head([before_probe(template, head) for head in heads]),
                    template.startswith("{A}"),
                )
            )
        out.append((pattern, needs_of(source)))
    return out


def _per_head(probes: list[re.Pattern[str] | None]) -> tuple[re.Pattern[str], ...]:
    """The probes of an atom, one per marker it may start with; none when one of them is
    unknown (a match at that marker could not be ruled out)."""
    return () if None in probes else tuple(p for p in probes if p is not None)


class SkeletonProbes(NamedTuple):
    """What a skeleton pattern cannot match without around its atom, one probe per marker the
    atom may start with (each led by that one character, which the engine finds as fast as a
    substring): the run from its atom on (``probes.marker_probe``), the run before it, read on
    the reversed skeleton (``probes.before_probe``); and whether it starts with the atom
    (every match then starts at a marker)."""

    pattern: re.Pattern[str]
    after: tuple[re.Pattern[str], ...]
    before: tuple[re.Pattern[str], ...]
    atom_led: bool


# per skeleton pattern, by identity (kept alive with it)
_SKELETON_PROBES: dict[int, SkeletonProbes] = {}


def remember(probes: SkeletonProbes) -> None:
    """Keep ``probes`` for their pattern, as one read back from the cache folder needs."""
    _SKELETON_PROBES[id(probes.pattern)] = probes


def skeleton_probes(pattern: re.Pattern[str]) -> SkeletonProbes | None:
    """What a skeleton ``pattern`` cannot match without around its atom, if known."""
    found = _SKELETON_PROBES.get(id(pattern))
    return found if found is not None and found.pattern is pattern else None
