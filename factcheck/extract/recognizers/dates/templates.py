"""Lexicon templates: regular expressions with {SLOT} parts, compiled into one pattern each."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from factcheck.cache.derived import derived_text
from factcheck.extract.scan import Need, needs

_SLOT = re.compile(r"\{(\w+)\}")
# narrowed patterns kept per family at most: each builds its own jump scan
_MAX_NARROWED = 16
_CODE = (__file__,)


@dataclass(frozen=True)
class Compiled:
    """One regex for a list of templates, and the slot names each template uses.

    ``needs`` holds, per template, the text it cannot match without (see ``anchors``): a
    family none of whose templates can match a text is not scanned. The regex is compiled
    when a text first needs it: a family no text of a run can match costs no compiling.
    """

    source: str
    slots: tuple[tuple[str, ...], ...]
    sources: tuple[str, ...]
    parts: tuple[str, ...] = ()
    edges: bool = True
    # the classes no character of which may stand right before or right after a match
    bounds: tuple[str, str] = (r"[^\W_]", r"[^\W_]")
    needs: tuple[Need, ...] = ()
    # per template, the slots every match of it holds (see ``required_slots``)
    required: tuple[frozenset[str], ...] = ()
    # per template, each slot with its group's name ("M" and "M_2" in template 2)
    names: tuple[tuple[tuple[str, str], ...], ...] = ()
    _compiled: list[re.Pattern[str]] = field(default_factory=list, compare=False, repr=False)
    # the regexes of some of the templates, by their indices
    _narrowed: dict[tuple[int, ...], re.Pattern[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex of all the templates."""
        if not self._compiled:
            self._compiled.append(re.compile(self.source, re.IGNORECASE))
        return self._compiled[0]

    def narrowed(self, templates: list[int]) -> re.Pattern[str]:
        """The regex of the templates at the indices ``templates`` only, in their order.

        Its matches on a text none of the other templates can match anywhere in are those of
        ``pattern``, with the same group names: a template is not tried where it cannot match.
        """
        if len(templates) == len(self.parts):
            return self.pattern
        key = tuple(sorted(templates))
        found = self._narrowed.get(key)
        if found is None and len(self._narrowed) >= _MAX_NARROWED:
            return self.pattern  # texts of many kinds: each kept pattern is one more to scan
        if found is None:
            body = "|".join(self.parts[i] for i in key)
            found = self._narrowed[key] = re.compile(
                _wrap(body, self.edges, self.bounds), re.IGNORECASE
            )
        return found

    def groups(self, match: re.Match[str]) -> tuple[int, dict[str, tuple[str, int, int]]]:
        """Which template fired and, per slot, its text and offsets."""
        index = int((match.lastgroup or "t0")[1:])
        found: dict[str, tuple[str, int, int]] = {}
        text = match.string
        for slot, name in self.names[index]:
            start, end = match.span(name)
            if start >= 0:
                found[slot] = (text[start:end], start, end)
        return index, found


def expand(template: str, index: int, slots: Mapping[str, str]) -> str:
    """Turn one template into a regex: spaces match white space, slots become named groups."""
    body = white(template)
    return _SLOT.sub(lambda m: f"(?P<{m[1]}_{index}>{slots[m[1]]})", body)


def white(template: str) -> str:
    """A template's spaces as white space: a space alone is a run of it, an optional one
    (" ?", " *") any run or none."""
    body = re.sub(r"(?<!\\) [?*]", r"\\s*", template)
    return re.sub(r"(?<!\\) ", r"\\s+", body)


def _wrap(body: str, edges: bool, bounds: tuple[str, str]) -> str:
    if edges:
        body = rf"(?<!{bounds[0]})(?:{body})(?!{bounds[1]})"
    return body


def compile_templates(
    templates: Sequence[str],
    slots: Mapping[str, str],
    edges: bool = True,
    bounds: tuple[str, str] = (r"[^\W_]", r"[^\W_]"),
    needs_of: Callable[[str], Need] = needs,
) -> Compiled:
    """Compile ``templates`` into one alternation, earlier templates winning at a position;
    ``bounds`` are the classes that may not touch a match (letters and digits by default);
    ``needs_of`` works out what a template cannot match without (or recalls it).
    """
    parts = [f"(?P<t{i}>{expand(t, i, slots)})" for i, t in enumerate(templates)]
    return Compiled(
        source=_wrap("|".join(parts) or "(?!)", edges, bounds),
        slots=tuple(tuple(_SLOT.findall(t)) for t in templates),
        names=tuple(
            tuple((slot, f"{slot}_{i}") for slot in _SLOT.findall(t))
            for i, t in enumerate(templates)
        ),
        sources=tuple(templates),
        parts=tuple(parts),
        edges=edges,
        bounds=bounds,
        needs=tuple(needs_of(p) for p in parts),
        required=tuple(required_slots(t) for t in templates),
    )


@cache
def required_slots(template: str) -> frozenset[str]:
    """The slots every match of ``template`` holds: those outside any optional part, and
    those every alternative of a choice holds.

    A text none of whose stretches matches such a slot's regex cannot match the template:
    a template holding a year ("{D} {M} {Y}") is not tried on a text with no year in it.
    Working it out parses the template: what a run before worked out is read back from the
    cache folder instead.
    """
    kept = derived_text("required-slots", template, _CODE, lambda: _required(template))
    return frozenset(kept.split())


def _required(template: str) -> str:
    """:func:`required_slots` worked out, as the slots' names joined by spaces."""
    names: list[str] = []

    def placeholder(m: re.Match[str]) -> str:
        names.append(m[1])
        return f"(?P<s{len(names) - 1}>)"

    parsed = _parser.parse(_SLOT.sub(placeholder, white(template)), re.IGNORECASE)
    slot_of = {index: names[int(name[1:])] for name, index in parsed.state.groupdict.items()}
    return " ".join(sorted(_mandatory(list(parsed), slot_of)))


def _mandatory(items: list, slot_of: dict[int, str]) -> set[str]:
    """The slots (by group index in ``slot_of``) every match of the parsed ``items`` holds."""
    out: set[str] = set()
    for op, av in items:
        if op is C.SUBPATTERN:
            if av[0] in slot_of:
                out.add(slot_of[av[0]])
            out |= _mandatory(list(av[3]), slot_of)
        elif op is C.BRANCH:
            out |= set.intersection(*(_mandatory(list(alt), slot_of) for alt in av[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            out |= _mandatory(list(av[2]), slot_of)
        elif op is C.ATOMIC_GROUP:
            out |= _mandatory(list(av), slot_of)
    return out
