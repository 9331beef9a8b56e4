"""Long texts cut into windows at line breaks, so recognizing them takes bounded memory and
time proportional to their length."""

from __future__ import annotations

import re

# characters per window: far more than any article, little enough to keep a scan's copies of
# the text (folded, skeleton, marks) small
WINDOW = 1 << 18
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def windows(text: str, size: int = WINDOW) -> list[tuple[int, int]]:
    """Stretches of ``text`` of at most ``size`` characters that cover it, each ending at a
    paragraph or line break in its second half when there is one, else at white space.
    """
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        half = start + size // 2
        cut = text.rfind("\n\n", half, limit) + 2
        if cut < half:
            cut = text.rfind("\n", half, limit) + 1
        if cut <= half:
            space = _LAST_SPACE.match(text, half, limit)
            cut = space.end() if space is not None else limit
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out
