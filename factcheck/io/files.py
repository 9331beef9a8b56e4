"""Reading an input file safely: regular files only, within a size limit, problems as lines."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from factcheck.errors import FactcheckError, Problem
from factcheck.limits import size_text

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def file_problem(path: Path) -> Problem | None:
    """Why ``path`` cannot be read as an input file, or None when it is a regular file.

    Nothing is opened: a named pipe would block the reader until someone writes to it.
    """
    found = _looked_at(path)
    return found if isinstance(found, Problem) else None


def _looked_at(path: Path) -> os.stat_result | Problem:
    """The status of ``path`` when it is a regular file, else why it cannot be read."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            return Problem(str(path), 0, f"broken symbolic link (to '{os.readlink(path)}')")
        return Problem(str(path), 0, "no such file")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Problem(str(path), 0, "symbolic link loop: the link leads back to itself")
        return Problem(str(path), 0, f"cannot read: {exc.strerror}")
    if stat.S_ISDIR(info.st_mode):
        return Problem(str(path), 0, "is a folder, not a file")
    for test, name in _KINDS:
        if test(info.st_mode):
            return Problem(str(path), 0, f"not a regular file but {name}")
    return info


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; raise FactcheckError otherwise.

    ``what`` names the kind of file in the message ("a YAML file"), with the limit.
    """
    info = _looked_at(path)
    if isinstance(info, Problem):
        raise FactcheckError(info)
    if info.st_size > limit:
        raise FactcheckError(
            Problem(str(path), 0, f"{size_text(info.st_size)}: {_too_big(limit, what)}")
        )
    try:
        with open(path, "rb") as handle:
            # a buffer of the size on disk, not of the limit, is what the read allocates; the
            # size can change, or lie (/proc), so a file longer than it is read on to the limit
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(limit + 1 - len(data))
    except OSError as exc:
        raise FactcheckError(Problem(str(path), 0, f"cannot read: {exc.strerror}")) from None
    if len(data) > limit:
        raise FactcheckError(Problem(str(path), 0, _too_big(limit, what)))
    return data


def _too_big(limit: int, what: str) -> str:
    return f"larger than {size_text(limit)}, the limit for {what}"


def decode_utf8(data: bytes, path: Path) -> str:
    """UTF-8 text; bytes that are not UTF-8 are reported on their line."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FactcheckError(Problem(str(path), line, f"not UTF-8 text ({exc.reason})")) from None
