"""Where command output goes: stdout, or a file written atomically."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from factcheck.writers import WriterOptions

MIN_WIDTH = 30  # narrower than this, nothing reads well: wrap at 30 and let the terminal fold


def terminal_width(is_tty: bool) -> int:
    """COLUMNS when it is set, else the terminal's width, else 100 (a pipe or a file)."""
    given = os.environ.get("COLUMNS", "").strip()
    if given.isdigit() and int(given) > 0:
        return max(MIN_WIDTH, int(given))
    if is_tty:
        try:
            return max(MIN_WIDTH, os.get_terminal_size(sys.stdout.fileno()).columns)
        except (OSError, ValueError):
            pass
    return 100


def terminal_options() -> WriterOptions:
    """Colour only on a real terminal without NO_COLOR; the width from :func:`terminal_width`."""
    is_tty = sys.stdout.isatty()
    color = is_tty and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
    return WriterOptions(color=color, width=terminal_width(is_tty))


def emit(text: str, output: Path | None, bom: bool = False) -> None:
    """Print ``text`` to stdout (``output`` None or '-'), or write it atomically to ``output``."""
    if output is None or output == Path("-"):
        sys.stdout.write(("\ufeff" if bom else "") + text)
        sys.stdout.flush()
        return
    data = ("\ufeff" if bom else "").encode("utf-8") + text.encode("utf-8")
    _write_file(lambda out: out.write(data), output)


def _stdout_takes_utf8() -> bool:
    """True when stdout writes text as UTF-8 unchanged, so bytes can go to its buffer."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    return encoding == "utf8" and os.linesep == "\n" and hasattr(sys.stdout, "buffer")


def emit_utf8(data: bytes, output: Path | None) -> bool:
    """Write UTF-8 ``data`` where :func:`emit` would write its text; False when stdout
    encodes text otherwise (the caller then emits the text)."""
    return emit_utf8_stream(lambda out: out.write(data), output)


def emit_utf8_stream(write: Callable[[BinaryIO], object], output: Path | None) -> bool:
    """Have ``write`` write UTF-8 bytes, a piece at a time, where :func:`emit` would write its
    text (a file is still replaced only once it is whole); False when stdout encodes text
    otherwise (the caller then emits the text)."""
    if output is None or output == Path("-"):
        if not _stdout_takes_utf8():
            return False
        sys.stdout.flush()
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return True
    _write_file(write, output)
    return True


def _write_file(write: Callable[[BinaryIO], object], output: Path) -> None:
    from factcheck.errors import FactcheckError, Problem
    from factcheck.io.yamlio import write_atomic_stream

    if output.is_dir():
        raise FactcheckError(Problem(str(output), 0, "is a folder: give a file name to write"))
    if not output.parent.is_dir():
        raise FactcheckError(Problem(str(output), 0, f"no such folder: {output.parent}"))
    try:
        if output.exists() and not output.is_file():
            # a device or a pipe (/dev/stdout, a FIFO): write through it, never replace it
            with output.open("wb") as handle:
                write(handle)
        else:
            write_atomic_stream(output, write)
    except OSError as exc:
        raise FactcheckError(Problem(str(output), 0, f"cannot write: {exc.strerror}")) from None
