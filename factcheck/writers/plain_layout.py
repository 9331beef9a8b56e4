"""Text laid out exactly as rich lays it out without colour, for the plain terminal view.

rich's console, with its styles, segments and measurement protocol, spent more time laying
out a small report than the analysis took to build it. The views here (wrapped text, a rule,
a panel, a table with a heavy head) are computed on plain strings with rich's own wrapping,
cell-width and ratio functions, so every line comes out as rich would have printed it.
Each function returns None for an input it does not lay out (tabs, a width too small for the
columns), and the caller then renders through rich.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from rich._ratio import ratio_reduce
from rich._wrap import divide_line
from rich.box import HEAVY_HEAD, ROUNDED
from rich.cells import cell_len, set_cell_size

_TRAILING_SPACE = re.compile(r"\s+$")


def _fit(text: str, width: int, fold: bool) -> str:
    """``text`` cut to ``width`` cells when longer: plainly when folding, else with an ellipsis."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width) if fold else set_cell_size(text, width - 1) + "…"


def wrap(text: str, width: int, justify: str = "default", fold: bool = True) -> list[str] | None:
    """The lines of ``text`` wrapped at ``width`` cells; a word longer than a line is folded
    onto the next ones, or with ``fold`` false cut short with an ellipsis."""
    if "\t" in text or width < 1:
        return None
    lines: list[str] = []
    for line in text.split("\n"):
        # a line of one cell a character that fits has no break: rich finds none either
        fits = len(line) <= width and _single_cells(line)
        offsets = [] if fits else divide_line(line, width, fold=fold)
        for start, end in pairwise([0, *offsets, len(line)]):
            piece = line[start:end]
            if len(piece) > width:
                match = _TRAILING_SPACE.search(piece)
                if match is not None:
                    piece = piece[: len(piece) - min(len(match.group(0)), len(piece) - width)]
            if justify == "left":
                piece = _fit(piece, width, fold)
                piece += " " * (width - cell_len(piece))
            elif justify == "right":
                piece = _fit(piece.rstrip(), width, fold)
                piece = " " * (width - cell_len(piece)) + piece
            else:
                piece = _fit(piece, width, fold)
            lines.append(piece)
    return lines


def padded(text: str, width: int, left: int = 0, right: int = 0) -> list[str] | None:
    """``text`` wrapped inside ``left`` and ``right`` blank cells, each line ``width`` wide."""
    inner = width - left - right
    lines = wrap(text, inner)
    if lines is None:
        return None
    return [" " * left + set_cell_size(line, inner) + " " * right for line in lines]


def rule(title: str, width: int) -> str | None:
    """A horizontal rule across ``width`` cells with ``title`` in its middle."""
    if width <= 4 or "\t" in title or "\n" in title or cell_len(title) > width - 4:
        return None
    side = (width - cell_len(title)) // 2
    left = "─" * (side - 1)
    right = "─" * min(side + 1, width - len(left) - cell_len(title))
    return set_cell_size(f"{left} {title} {right}", width)


def panel(title: str, body: Sequence[str], width: int) -> list[str] | None:
    """A rounded box ``width`` wide, ``title`` on its top border, each text of ``body`` inside."""
    if width <= 4 or "\t" in title:
        return None
    inner: list[str] = []
    for text in body:
        lines = padded(text, width - 2, 1, 1)
        if lines is None:
            return None
        inner.extend(lines)
    head = f" {title.replace(chr(10), ' ')} "
    if cell_len(head) > width - 4:
        head = set_cell_size(head, width - 4)
    head += ROUNDED.top * (width - 4 - cell_len(head))
    top = f"{ROUNDED.top_left}{ROUNDED.top}{head}{ROUNDED.top}{ROUNDED.top_right}"
    lines = [top]
    lines += [f"{ROUNDED.mid_left}{line}{ROUNDED.mid_right}" for line in inner]
    lines.append(ROUNDED.get_bottom([width - 2]))
    return lines


def _single_cells(text: str) -> bool:
    """True when every character of ``text`` takes one cell: printable ASCII, whose width
    rich takes to be its length too."""
    return text.isascii() and text.isprintable()


def _widest(text: str) -> int:
    """The cells of the widest line of ``text``."""
    if _single_cells(text):  # one line, one cell a character
        return len(text)
    return max((cell_len(line) for line in text.splitlines()), default=0)


def _column_widths(columns: list[list[str]], limit: int) -> list[int]:
    """Each column's width with its padding: rich's for a table that does not expand.

    rich measures a cell at a limit by its longest word and its widest line, padded by a
    blank each side and capped at the limit; such a table reads only the maximum, which
    comes to the widest line and its padding, capped: a column's, its widest cell's.
    """
    padded = [max(map(_widest, cells)) + 2 for cells in columns]

    def measured(width: int, cap: int) -> int:
        return min(width, cap) if cap >= 1 else 0

    widths = [measured(width, limit) or 1 for width in padded]
    if sum(widths) > limit:
        excess = sum(widths) - limit
        while sum(widths) and excess > 0:
            widest = max(widths)
            second = max(width if width != widest else 0 for width in widths)
            ratios = [1 if width == widest else 0 for width in widths]
            if not any(ratios) or not widest - second:
                break
            cut = [min(excess, widest - second)] * len(widths)
            widths = ratio_reduce(excess, ratios, cut, widths)
            excess = sum(widths) - limit
        if sum(widths) > limit:
            widths = ratio_reduce(sum(widths) - limit, [1] * len(widths), widths, widths)
        widths = [measured(cell, width) for cell, width in zip(padded, widths, strict=True)]
    return widths


def table(
    title: str,
    headers: Sequence[str],
    right: Sequence[bool],
    fold: Sequence[bool],
    rows: Sequence[Sequence[str]],
    width: int,
) -> list[str] | None:
    """A table with a heavy head, each cell padded by a blank each side, titled on the left.

    ``right`` marks the columns justified to the right, ``fold`` those whose long words are
    folded rather than cut with an ellipsis; rows may wrap onto several lines.
    """
    extra = len(headers) + 1
    columns = [[header, *(row[index] for row in rows)] for index, header in enumerate(headers)]
    widths = _column_widths(columns, width - extra)
    if min(widths) < 3:
        return None
    total = sum(widths) + extra
    title_lines = wrap(title, total, "left")
    if title_lines is None:
        return None
    lines = [*title_lines, HEAVY_HEAD.get_top(widths)]
    last = len(rows)
    for index, row in enumerate([list(headers), *map(list, rows)]):
        cells: list[list[str]] = []
        for text, cell_width, to_right, folds in zip(row, widths, right, fold, strict=True):
            wrapped = wrap(text, cell_width - 2, "right" if to_right else "left", folds)
            if wrapped is None:
                return None
            cells.append([f" {set_cell_size(line, cell_width - 2)} " for line in wrapped])
        height = max(len(cell) for cell in cells)
        for cell, cell_width in zip(cells, widths, strict=True):
            blank = [" " * cell_width] * (height - len(cell))
            cell[:] = blank + cell if index == 0 else cell + blank
        box = HEAVY_HEAD
        left, divider, right_edge = (
            (box.head_left, box.head_vertical, box.head_right)
            if index == 0
            else (box.foot_left, box.foot_vertical, box.foot_right)
            if index == last
            else (box.mid_left, box.mid_vertical, box.mid_right)
        )
        for line_no in range(height):
            lines.append(left + divider.join(cell[line_no] for cell in cells) + right_edge)
        if index == 0:
            lines.append(HEAVY_HEAD.get_row(widths, "head"))
    lines.append(HEAVY_HEAD.get_bottom(widths))
    return lines
