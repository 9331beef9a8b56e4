"""Tables derived from packages' data and a language's files, kept in the cache folder as JSON
or pickled: the holiday names the ``holidays`` package gives a language's countries, the time
zone names CLDR gives a language, a language's data files as parsed, its lexicon. Each costs
a process a few tenths of a second to derive and a millisecond to read back.

A table is filed under a digest of everything it is derived from: the versions of the
packages it reads, the source of the module that derives it and the data files of the
language. A change to any of them files it under a new name, so a table is never read
stale; a file that cannot be read back whole is derived again, and a folder that cannot be
written only means deriving it again next time.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import sys
import time
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import orjson

import factcheck.lang as lang_data
from factcheck.cache.files import cache_root, drop_older, read_blob, write_blob

T = TypeVar("T")
_VERSIONS_KEPT = 4


def _stamp(path: str) -> tuple[int, int] | None:
    """What tells a file's content changed: its time and size (None: absent)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _file_digest(path: str, stamp: tuple[int, int] | None) -> str:
    return "absent" if stamp is None else _digest(path, *stamp)


@cache  # a file is read once per process while it is unchanged
def _digest(path: str, mtime: int, size: int) -> str:
    try:
        with open(path, "rb") as file:
            return hashlib.sha256(file.read()).hexdigest()
    except OSError:
        return "absent"


@cache
def package_version(name: str) -> str:
    """The installed version of the package ``name`` ("absent" when none is), read once per
    process."""
    listed = _listed_version(name)
    if listed is not None:
        return listed
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        found = distribution(name)
    except PackageNotFoundError:
        return "absent"
    # the header line alone: parsing the whole metadata as mail, as ``version`` does, took
    # a hundredth of a second for a package with a long description
    metadata = found.read_text("METADATA") or found.read_text("PKG-INFO") or ""
    return _header_version(metadata) or str(found.version)


def _header_version(metadata: str) -> str | None:
    """The version a package's metadata states in its header lines, if any."""
    for line in metadata.splitlines():
        if not line:
            break
        if line.startswith("Version:"):
            return line.removeprefix("Version:").strip()
    return None


def _listed_version(name: str) -> str | None:
    """The version in the metadata of the first ``<name>-<version>.dist-info`` folder on the
    import path, as ``importlib.metadata`` finds it; None where that takes it (a zip on the
    path, no such folder, metadata without a version).

    Importing ``importlib.metadata`` (its mail parser, zip and CSV readers, ...) took a
    twentieth of a compare of a small case, which reads two packages' versions.
    """
    wanted = _normalized(name)
    for entry in sys.path:
        if entry.lower().endswith(".egg"):
            return None  # an egg: importlib.metadata reads its EGG-INFO
        folder = entry or "."
        try:
            names = os.listdir(folder)
        except NotADirectoryError:
            return None  # a zip: importlib.metadata reads inside it
        except OSError:
            continue
        for found in names:
            low = found.lower()
            if (
                low.endswith((".dist-info", ".egg-info"))
                and _normalized(low.rpartition(".")[0].partition("-")[0]) == wanted
            ):
                place = os.path.join(folder, found)
                if not os.path.isdir(place):
                    return None
                for meta in ("METADATA", "PKG-INFO"):
                    try:
                        with open(os.path.join(place, meta), encoding="utf-8") as handle:
                            return _header_version(handle.read())
                    except OSError:
                        continue
                return None
    return None


def _normalized(name: str) -> str:
    """A distribution's name as importlib.metadata compares them."""
    return re.sub(r"[-_.]+", "_", name).lower()


# (root, language) -> the times of its two folders when listed, and the files listed
_LISTED: dict[tuple[Path, str], tuple[tuple[int, ...], tuple[Path, ...]]] = {}
# a folder changed this recently may change again within its clock's tick, unseen: not kept
_SETTLED_NS = 2_000_000_000


def language_files(lang: str) -> tuple[Path, ...]:
    """The data files a table of ``lang`` may be derived from: its folder's and the shared.
    A listing is kept while neither folder's time changes: globbing both folders for each of
    a language's tables took a tenth of setting the language up."""
    root = lang_data.ROOT  # read when called: tests point it at a copy
    folders = (root / lang, root / lang_data.SHARED)
    try:
        times = tuple(os.stat(folder).st_mtime_ns for folder in folders)
    except OSError:
        times = ()
    known = _LISTED.get((root, lang))
    if known is not None and times and known[0] == times:
        return known[1]
    files = tuple(sorted(folders[0].glob("*.yaml"))) + tuple(sorted(folders[1].glob("*.yaml")))
    if times and max(times) < time.time_ns() - _SETTLED_NS:
        _LISTED[(root, lang)] = (times, files)
    return files


# the digest of a table's key by what it is derived from, the files by their time and size
_DIGESTS: dict[tuple[Any, ...], str] = {}


def _path(
    name: str,
    args: Any,
    packages: Iterable[str],
    files: Iterable[Path],
    ext: str,
    code: str = "",
) -> Path:
    named = tuple(sorted(packages))
    # the files by their names: a language's 30-odd files are looked at for each of its
    # tables, and comparing and hashing paths as objects cost more than asking their times
    listed = tuple(map(os.fspath, files))
    stamps = tuple(map(_stamp, listed))
    # the arguments as JSON writes them: a list (unhashable) and a tuple are alike there too
    memo = (name, json.dumps(args, sort_keys=True), named, listed, stamps, code)
    digest = _DIGESTS.get(memo)
    if digest is None:
        key = {
            "name": name,
            "args": args,
            "packages": {p: package_version(p) for p in named},
            "files": {f: _file_digest(f, st) for f, st in zip(listed, stamps, strict=True)},
        }
        if code:
            key["code"] = code
        digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode("utf-8")).hexdigest()[:24]
        _DIGESTS[memo] = digest
    return cache_root() / "tables" / f"{_stem(name, args)}-{digest}.{ext}"


def _stem(name: str, args: Any) -> str:
    """The start of a table's file name: its name and arguments ("zone-names-en")."""
    return f"{name}-{re.sub(r'[^A-Za-z0-9_]+', '_', str(args))[:40]}"


def write_version(path: Path, data: bytes) -> None:
    """Write a table, and drop the oldest versions of it past a few (each derived from
    sources that have changed since, or that another checkout holds)."""
    if write_blob(path, data):
        drop_older(path.parent, path.name.rsplit("-", 1)[0], _VERSIONS_KEPT)


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
    path = _path(name, args, packages, files, "json")
    data = read_blob(path)
    if data is not None:
        try:
            value: T = orjson.loads(data)
            return value
        except orjson.JSONDecodeError:
            pass
    value = build()
    write_version(path, orjson.dumps(value))
    return value


def kept_from_cldr(
    name: str, lang: str, module: str, build: Callable[[], T], args: Any = None
) -> T:
    """``build()``, a table of what CLDR gives ``lang`` (:func:`kept`): filed under babel's
    version, the language's files and the source of ``module``, the file that derives it.
    Reading CLDR through babel loads the language's whole data; reading the table back
    does not. ``args`` tells apart tables of one language built from different inputs."""
    files = (Path(module), *language_files(lang))
    return kept(name, lang if args is None else args, ("babel",), files, build)


def stored_object(
    name: str, args: Any, packages: Iterable[str], files: Iterable[Path], code: str = ""
) -> Any:
    """The object :func:`keep_object` kept for the same arguments, else None. ``code``: a
    digest of the code that builds it, where it is not one module's file among ``files``."""
    data = read_blob(_path(name, args, packages, list(files), "pickle", code))
    if data is None:
        return None
    try:
        return pickle.loads(data)
    except Exception:  # a file pickled by another version of a class: derived again
        return None


def keep_object(
    name: str,
    args: Any,
    packages: Iterable[str],
    files: Iterable[Path],
    value: Any,
    dumps: Callable[[Any], bytes | None] | None = None,
    code: str = "",
) -> None:
    """Keep ``value`` (any object pickle takes) for :func:`stored_object`, pickled by
    ``dumps`` where given (nothing is kept where it gives None)."""
    data = pickle.dumps(value, protocol=5) if dumps is None else dumps(value)
    if data is not None:
        write_version(_path(name, args, packages, files, "pickle", code), data)
