"""Where command output goes: stdout, or a file written atomically."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from factcheck.writers import WriterOptions


def terminal_options() -> WriterOptions:
    """Colour only on a real terminal without NO_COLOR; the terminal's width, else 100."""
    is_tty = sys.stdout.isatty()
    color = is_tty and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
    width = os.get_terminal_size().columns if is_tty else 100
    return WriterOptions(color=color, width=max(60, width))


def emit(text: str, output: Path | None, bom: bool = False) -> None:
    """Print ``text`` to stdout (``output`` None or '-'), or write it atomically to ``output``."""
    if output is None or output == Path("-"):
        sys.stdout.write(("\ufeff" if bom else "") + text)
        sys.stdout.flush()
        return
    from factcheck.io.yamlio import write_atomic_bytes

    data = text.encode("utf-8")
    write_atomic_bytes(output, (b"\xef\xbb\xbf" + data) if bom else data)
