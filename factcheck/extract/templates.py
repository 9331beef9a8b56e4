"""Lexicon templates: regular expressions with {SLOT} parts, compiled into one pattern each."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Compiled:
    """One regex for a list of templates, and the slot names each template uses."""

    pattern: re.Pattern[str]
    slots: tuple[tuple[str, ...], ...]
    sources: tuple[str, ...]

    def groups(self, match: re.Match[str]) -> tuple[int, dict[str, tuple[str, int, int]]]:
        """Which template fired and, per slot, its text and offsets."""
        index = int((match.lastgroup or "t0")[1:])
        found: dict[str, tuple[str, int, int]] = {}
        for slot in self.slots[index]:
            name = f"{slot}_{index}"
            if match.group(name) is not None:
                found[slot] = (match.group(name), match.start(name), match.end(name))
        return index, found


def expand(template: str, index: int, slots: Mapping[str, str]) -> str:
    """Turn one template into a regex: spaces match white space, slots become named groups."""
    body = re.sub(r"(?<!\\) ", r"\\s+", template)
    return _SLOT.sub(lambda m: f"(?P<{m[1]}_{index}>{slots[m[1]]})", body)


def compile_templates(
    templates: Sequence[str], slots: Mapping[str, str], edges: bool = True
) -> Compiled:
    """Compile ``templates`` into one alternation, earlier templates winning at a position."""
    parts = [f"(?P<t{i}>{expand(t, i, slots)})" for i, t in enumerate(templates)]
    body = "|".join(parts) or "(?!)"
    if edges:
        body = rf"(?<![^\W_])(?:{body})(?![^\W_])"
    return Compiled(
        pattern=re.compile(body, re.IGNORECASE),
        slots=tuple(tuple(_SLOT.findall(t)) for t in templates),
        sources=tuple(templates),
    )
