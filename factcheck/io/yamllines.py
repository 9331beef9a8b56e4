"""Line numbers as editors, grep and git count them, for marks YAML counts differently.

YAML also ends a line at NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR, which a quote
pasted from a web page may hold; counting them would send the editor to the wrong line.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import yaml  # type: ignore[import-untyped]  # stubs optional, as elsewhere

_BREAK = re.compile(r"\r\n|\r|\n")
_YAML_ONLY_BREAK = re.compile("[\x85\u2028\u2029]")


class LineTable:
    """Where each line of a text starts, to turn a character index into a line number."""

    def __init__(self, text: str) -> None:
        self.starts = [m.end() for m in _BREAK.finditer(text)]
        self.length = len(text)

    def line(self, index: int) -> int:
        """The 1-based line holding the character at ``index`` (the last line past the end)."""
        return min(bisect_right(self.starts, index) + 1, self.last)

    @property
    def last(self) -> int:
        """The last line that has characters (a final line break opens no new line)."""
        count = len(self.starts) + 1
        ends_with_break = bool(self.starts) and self.starts[-1] == self.length
        return max(1, count - 1) if ends_with_break else count


def _moved(mark: yaml.Mark | None, table: LineTable) -> yaml.Mark | None:
    if mark is None:
        return None
    line = table.line(mark.index) - 1
    return yaml.Mark(mark.name, mark.index, line, mark.column, None, None)


def renumber(root: yaml.Node | None, text: str) -> None:
    """Give every node's marks the line editors count, where YAML counted more breaks."""
    if root is None or not _YAML_ONLY_BREAK.search(text):
        return
    table = LineTable(text)
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        # the C parser's marks are read-only: give the node new ones
        node.start_mark = _moved(node.start_mark, table)
        node.end_mark = _moved(node.end_mark, table)
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
