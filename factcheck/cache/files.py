"""Files of derived data kept in the user's cache folder between runs, each whole or absent.

A blob is written to a temporary file beside its place and renamed into it, so a reader sees
a whole file or none; it starts with a checksum of what follows, so a file that was cut short
or changed is read as absent. A folder that cannot be written only means the data is built
again next time: nothing here raises for want of a cache.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from pathlib import Path

_HEADER = b"factcheck-cache 1 "  # then the checksum in hex and a newline


def cache_root() -> Path:
    """The folder factcheck keeps derived data in: ``$FACTCHECK_CACHE``, else
    ``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``."""
    given = os.environ.get("FACTCHECK_CACHE")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck"


def read_blob(path: Path) -> bytes | None:
    """The data written to ``path`` by :func:`write_blob`; None when it is absent, unreadable,
    cut short or altered."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head, newline, body = raw.partition(b"\n")
    if not newline or not head.startswith(_HEADER):
        return None
    try:
        expected = int(head[len(_HEADER) :], 16)
    except ValueError:
        return None
    return body if zlib.crc32(body) == expected else None


def write_blob(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` whole or not at all; False where the folder cannot be written."""
    return write_whole(path, _HEADER + f"{zlib.crc32(data):08x}\n".encode("ascii") + data)


def write_whole(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` as it is, whole or not at all (for a file that checks its
    own parts); False where the folder cannot be written."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return False
