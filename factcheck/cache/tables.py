"""Tables derived from packages' data and a language's files, kept in the cache folder as JSON:
the holiday names the ``holidays`` package gives a language's countries, the time zone names
CLDR gives a language. Each costs a process a few tenths of a second to derive and a
millisecond to read back.

A table is filed under a digest of everything it is derived from: the versions of the
packages it reads, the source of the module that derives it and the data files of the
language. A change to any of them files it under a new name, so a table is never read
stale; a file that cannot be read back whole is derived again, and a folder that cannot be
written only means deriving it again next time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TypeVar

import orjson

from factcheck.cache.files import cache_root, read_blob, write_blob
from factcheck.lang import ROOT, SHARED

T = TypeVar("T")


def _file_digest(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return "absent"
    return _digest(path, stat.st_mtime_ns, stat.st_size)


@cache  # a file is read once per process while it is unchanged
def _digest(path: Path, mtime: int, size: int) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "absent"


@cache
def _package(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def language_files(lang: str) -> tuple[Path, ...]:
    """The data files a table of ``lang`` may be derived from: its folder's and the shared."""
    return tuple(sorted((ROOT / lang).glob("*.yaml"))) + tuple(
        sorted((ROOT / SHARED).glob("*.yaml"))
    )


def kept(
    name: str,
    args: Any,
    packages: Iterable[str],
    files: Iterable[Path],
    build: Callable[[], T],
) -> T:
    """``build()``, a value JSON keeps as it is (dicts of strings, lists, numbers, None), read
    from the cache folder where a run before derived it from the same ``args``, versions of
    ``packages`` and contents of ``files``, else derived now and kept."""
    key = {
        "name": name,
        "args": args,
        "packages": {p: _package(p) for p in sorted(packages)},
        "files": {str(f): _file_digest(f) for f in files},
    }
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode("utf-8")).hexdigest()[:24]
    path = cache_root() / "tables" / f"{name}-{digest}.json"
    data = read_blob(path)
    if data is not None:
        try:
            value: T = orjson.loads(data)
            return value
        except orjson.JSONDecodeError:
            pass
    value = build()
    write_blob(path, orjson.dumps(value))
    return value
