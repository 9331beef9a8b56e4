"""Lexicon templates: regular expressions with {SLOT} parts, compiled into one pattern each."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from factcheck.extract.scan import Need, needs

_SLOT = re.compile(r"\{(\w+)\}")


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
    # per template, each slot with its group's name ("M" and "M_2" in template 2)
    names: tuple[tuple[tuple[str, str], ...], ...] = ()
    _compiled: list[re.Pattern[str]] = field(default_factory=list, compare=False, repr=False)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex of all the templates."""
        if not self._compiled:
            self._compiled.append(re.compile(self.source, re.IGNORECASE))
        return self._compiled[0]

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
    )
