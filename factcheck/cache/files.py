"""Files of derived data kept in the user's cache folder between runs, each whole or absent.

A blob is written to a temporary file beside its place and renamed into it, so a reader sees
a whole file or none; it starts with a checksum of what follows, so a file that was cut short
or changed is read as absent. A folder that cannot be written only means the data is built
again next time: nothing here raises for want of a cache.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import zlib
from pathlib import Path

_HEADER = b"factcheck-cache 1 "  # then the checksum in hex and a newline
# an entry's time is brought forward when it is used and older than this: its place among
# its versions then follows its last use, for one metadata write a day at most
_TOUCH_AFTER = 24 * 3600


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
    if zlib.crc32(body) != expected:
        return None
    mark_used(path)
    return body


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


def mark_used(path: Path) -> None:
    """Note that ``path`` (a file or folder of the cache) was used now, so that
    :func:`drop_older` keeps it before versions used longer ago; quietly nothing where the
    folder cannot be written."""
    try:
        if path.stat().st_mtime < time.time() - _TOUCH_AFTER:
            os.utime(path)
    except OSError:
        return


def drop_older(folder: Path, stem: str, keep: int) -> None:
    """Remove all but the ``keep`` most recently written or used versions of an entry in
    ``folder``: the files and folders named ``<stem>-<key>``, each derived from inputs that
    have changed since or that another installation holds. Without this, every upgrade or
    new environment would leave its own copy behind for good."""
    try:
        versions = [
            (entry.stat().st_mtime_ns, entry)
            for entry in folder.glob(f"{stem}-*")
            if entry.name.rsplit("-", 1)[0] == stem
        ]
    except OSError:  # removed or replaced by another process meanwhile
        return
    versions.sort(key=lambda item: (item[0], item[1].name), reverse=True)
    for _, old in versions[keep:]:
        try:
            if old.is_dir() and not old.is_symlink():
                # a process that mapped its files keeps reading them until it ends
                shutil.rmtree(old)
            else:
                old.unlink(missing_ok=True)
        except OSError:
            continue
