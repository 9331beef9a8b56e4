"""Compiled regular expressions kept in the cache folder, so that a run compiles only the
patterns no run before it compiled.

A language's grammars are large generated patterns (every date template, every city and
currency name); Python parses and compiles each in pure Python, which is most of what
setting a language up costs a process. What that compilation yields, the program the
regular-expression engine runs, is a list of integers that depends only on the pattern, its
flags and the interpreter. Once installed, the store answers a pattern it holds with that
program, handed straight to the engine; any other pattern is compiled as usual and its
program kept, to be written with :func:`flush`. A program the engine refuses is compiled
again; a pattern compiles to the same object either way.

Each file of the store opens with an index, by a digest of pattern and flags, of the records
after it; a process reads the indexes and, of the records, only those of the patterns it
compiles: a run on one article in one language reads a small part of what every language's
patterns take. Every record and index carries its checksum and a record its pattern, so a
damaged part reads as absent.

The store keeps what the scans derive from a grammar's patterns as well: see
:mod:`factcheck.cache.derived`.
"""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import re
import struct
import sys
import time
import zlib
from array import array
from pathlib import Path
from typing import Any

from factcheck.cache.files import cache_root, write_whole
from factcheck.cache.programs import remember, word_type

# re's internals this leans on keep their shape in these versions
_VERSIONS = ((3, 11), (3, 12), (3, 13))
# past this many files in the folder, a process that reads them writes them as one
_MERGE_OVER = 8
# a file is small, and merged with the other small ones, below this part of the largest
_SMALL_PART = 8
# past this size the store starts again: patterns built from sets are spelled in a new order
# by every process (string hashing is salted per process), so their programs pile up
_MAX_BYTES = 64 << 20
_SUFFIX = ".rei"
# a file: this line, the index's size and checksum, the index, then the records
_MAGIC = b"factcheck-patterns 2\n"
_SIZES = struct.Struct("<II")

# (flags as compiled, program as bytes, groups, group index, index group)
_Record = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str | bytes, int]  # (pattern, flags)
# digest of a key -> where its record is: (file's map, offset, length, checksum)
_known: dict[bytes, tuple[mmap.mmap, int, int, int]] = {}
_records: dict[_Key, _Record] = {}  # records read or made by this process
_new: dict[_Key, _Record] = {}  # made by this process since the last flush
_maps: list[mmap.mmap] = []
_state: dict[str, Any] = {}


def _internals() -> tuple[Any, Any, Any]:
    """re's parser and compiler modules and the engine (private: checked before use)."""
    import _sre  # type: ignore[import-not-found]

    return re._parser, re._compiler, _sre  # type: ignore[attr-defined]


def _folder() -> Path:
    """The store's folder: one per interpreter build, whose programs no other build reads."""
    _, _, sre = _internals()
    build = f"{sys.version}|{sys.implementation.cache_tag}|{sre.MAGIC}|{sre.CODESIZE}"
    build += f"|{sre.MAXREPEAT}|{sre.MAXGROUPS}|{sys.maxunicode}"
    return cache_root() / f"re-{hashlib.sha256(build.encode()).hexdigest()[:16]}"


def _digest(pattern: str | bytes, flags: int) -> bytes:
    """What a record is filed under: a digest of its pattern (str or bytes) and flags."""
    kind = b"b" if isinstance(pattern, bytes) else b"s"
    data = pattern if isinstance(pattern, bytes) else pattern.encode("utf-8", "surrogatepass")
    digest = hashlib.blake2b(data, digest_size=16, person=kind)
    digest.update(str(flags).encode("ascii"))
    return digest.digest()


def _lookup(key: _Key) -> _Record | None:
    """The record of ``key`` this process holds or the store has, else None."""
    record = _records.get(key)
    if record is not None:
        return record
    where = _known.get(_digest(*key))
    if where is None:
        return None
    mapped, offset, length, checksum = where
    data = mapped[offset : offset + length]
    if zlib.crc32(data) != checksum:
        return None
    try:
        pattern, flags, record = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if type(pattern) is not type(key[0]) or (pattern, flags) != key:
        return None
    _records[key] = record
    return record


def _compile(pattern: Any, flags: int = 0) -> Any:
    """re's compile step, answered from the store where it holds ``pattern``."""
    original = _state["original"]
    if type(pattern) not in (str, bytes) or flags & re.DEBUG:  # a subclass may not be stored
        return original(pattern, flags)
    parser, _, sre = _internals()
    key = (pattern, int(flags))
    known = _lookup(key)
    if known is not None:
        final, program, groups, groupindex, indexgroup = known
        code = array(_state["typecode"], program).tolist()
        try:
            return sre.compile(pattern, final, code, groups, groupindex, indexgroup)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            # a program this engine refuses: compiled again below
            _records.pop(key, None)
            _known.pop(_digest(*key), None)
    record, code = _record(parser.parse(pattern, flags), flags)
    _records[key] = _new[key] = record
    return sre.compile(pattern, record[0], code, record[2], record[3], record[4])


def program(parsed: Any, flags: int) -> list[int]:
    """The program of a parsed pattern compiled with ``flags``: re's, or the one the parsed
    pattern builds itself with its ``program(flags)`` (a scan's rewrite that re's compiler
    cannot spell, such as the set of characters every match opens with)."""
    own = getattr(parsed, "program", None)
    return own(flags) if own is not None else _internals()[1]._code(parsed, flags)  # type: ignore[no-any-return]


def _names(parsed: Any) -> tuple[dict[str, int], tuple[str | None, ...]]:
    """A parsed pattern's group index and index group."""
    groupindex = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        names[index] = name
    return groupindex, tuple(names)


def _record(parsed: Any, flags: int) -> tuple[_Record, list[int]]:
    """The record of a parsed pattern compiled with ``flags``, and its program."""
    code = program(parsed, flags)
    groupindex, names = _names(parsed)
    record: _Record = (
        int(flags | parsed.state.flags),
        array(_state["typecode"], code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        names,
    )
    return record, code


def installed() -> bool:
    """Whether this process compiles through the store."""
    return "original" in _state


def stored(key: _Key) -> tuple[Any, ...] | None:
    """The record filed under ``key`` (made by this process or read from the store)."""
    return _lookup(key)


def store(key: _Key, record: tuple[Any, ...]) -> None:
    """File ``record`` under ``key``, to be written with the next :func:`flush`."""
    _records[key] = _new[key] = record  # type: ignore[assignment]


def compiled(parsed: Any, flags: int) -> tuple[tuple[Any, ...], re.Pattern[Any]]:
    """A parsed pattern compiled with ``flags``, and its record for the store."""
    record, code = _record(parsed, flags)
    return record, remember(_internals()[2].compile(None, record[0], code, *record[2:5]), record)


def compiled_now(parsed: Any, flags: int) -> re.Pattern[Any]:
    """A parsed pattern compiled with ``flags`` (its own program where it builds one), kept
    nowhere: for a process with no store."""
    groupindex, names = _names(parsed)
    code = program(parsed, flags)
    final = flags | parsed.state.flags
    groups = parsed.state.groups - 1
    found = _internals()[2].compile(None, final, code, groups, groupindex, names)
    return remember(found, (final, array(word_type(), code).tobytes(), groups, groupindex, names))


def from_record(record: tuple[Any, ...]) -> re.Pattern[Any] | None:
    """The pattern a record made by :func:`compiled` holds; None when the engine refuses it."""
    final, program, groups, groupindex, indexgroup = record[:5]
    code = array(_state["typecode"], program).tolist()
    try:
        found = _internals()[2].compile(None, final, code, groups, groupindex, indexgroup)
    except (RuntimeError, TypeError, ValueError, OverflowError):
        return None
    return remember(found, record)


def _entries(path: Path) -> dict[bytes, tuple[mmap.mmap, int, int, int]]:
    """Where each record of one file of the store is, by digest; none where the file is
    unreadable or not a store file."""
    try:
        with path.open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # gone meanwhile, or empty
        return {}
    head = len(_MAGIC) + _SIZES.size
    if mapped[: len(_MAGIC)] != _MAGIC or len(mapped) < head:
        mapped.close()
        return {}
    size, checksum = _SIZES.unpack(mapped[len(_MAGIC) : head])
    raw = mapped[head : head + size]
    try:
        index: Any = marshal.loads(raw) if zlib.crc32(raw) == checksum else None
        entries = {
            digest: (mapped, head + size + offset, length, crc)
            for digest, (offset, length, crc) in index.items()
        }
    except (AttributeError, EOFError, ValueError, TypeError):  # not an index we wrote
        mapped.close()
        return {}
    _maps.append(mapped)
    return entries


def _load(folder: Path) -> None:
    """Read the index of every file of the store. When there are many, the small ones are
    merged into one: most runs add a few patterns (those spelled from sets), and merging
    what they added costs a run far less than rewriting the whole store. A file a run wrote
    after a first one (a language read for the first time) is as large: merging it too had
    one run in every few rewrite tens of megabytes to add a pattern of a few hundred bytes."""
    try:
        paths = sorted(folder.glob(f"*{_SUFFIX}"))
    except OSError:
        return
    sizes = {path: _size(path) for path in paths}
    if sum(sizes.values()) > _MAX_BYTES:
        _remove(paths)
        return
    largest = max(paths, key=lambda path: sizes[path], default=None)
    if largest is None:
        return
    merged = [p for p in paths if p != largest and sizes[p] * _SMALL_PART < sizes[largest]]
    if len(merged) < 2:  # files of like sizes: all but the largest are merged
        merged = [path for path in paths if path != largest]
    added: dict[bytes, tuple[mmap.mmap, int, int, int]] = {}
    for path in paths:
        entries = _entries(path)
        _known.update(entries)
        if path in merged:
            added.update(entries)
    if len(paths) > _MERGE_OVER and _write(folder, _readable(added)):
        _remove(merged)


def _readable(entries: dict[bytes, tuple[mmap.mmap, int, int, int]]) -> dict[_Key, _Record]:
    """The records at ``entries`` that read back whole."""
    found: dict[_Key, _Record] = {}
    for mapped, offset, length, checksum in entries.values():
        data = mapped[offset : offset + length]
        if zlib.crc32(data) != checksum:
            continue
        try:
            pattern, flags, record = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            continue
        found[(pattern, flags)] = record
    return found


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # removed by a process that merged the files meanwhile
        return 0


def _remove(paths: list[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            return


def _write(folder: Path, records: dict[_Key, _Record]) -> bool:
    """Write ``records`` as one new file of the store (a record marshal cannot write is left
    out)."""
    index: dict[bytes, tuple[int, int, int]] = {}
    parts: list[bytes] = []
    offset = 0
    for (pattern, flags), record in records.items():
        try:
            data = marshal.dumps((pattern, flags, record))
        except ValueError:
            continue
        index[_digest(pattern, flags)] = (offset, len(data), zlib.crc32(data))
        parts.append(data)
        offset += len(data)
    raw = marshal.dumps(index)
    body = b"".join([_MAGIC, _SIZES.pack(len(raw), zlib.crc32(raw)), raw, *parts])
    return write_whole(folder / f"{time.time_ns()}-{os.getpid()}{_SUFFIX}", body)


def _works() -> bool:
    """Whether a pattern compiled through the store behaves as one compiled by re itself."""
    sample = r"(?P<day>\d{1,2})\.?\s+(?i:mars|march)\b|(?P<rest>x+)"
    fresh = _compile(sample, 0)
    again = _compile(sample, 0)  # answered from the record just made
    direct = _state["original"](sample, 0)
    texts = ("3 March 2024", "12. mars", "xx", "none")
    return all(
        (a.search(t) and a.search(t).span()) == (direct.search(t) and direct.search(t).span())
        for a in (fresh, again)
        for t in texts
    ) and (fresh.groupindex, fresh.flags, fresh.groups) == (
        direct.groupindex,
        direct.flags,
        direct.groups,
    )


def install() -> None:
    """Answer this process's pattern compilations from the store from now on (once; nothing
    where the interpreter's internals are not the ones it knows)."""
    if "original" in _state or sys.version_info[:2] not in _VERSIONS:
        return
    try:
        _, compiler, _ = _internals()
        _state["original"] = compiler.compile
        _state["typecode"] = word_type()
        _state["folder"] = _folder()
        if not _works():
            return
    except Exception:  # internals not as this module knows them: re compiles as before
        return
    finally:
        _records.clear()
        _new.clear()
    _load(_state["folder"])
    compiler.compile = _compile


def flush() -> None:
    """Write the programs compiled since the last flush to the store (nothing when none)."""
    if _new and "folder" in _state and _write(_state["folder"], _new):
        _new.clear()


def uninstall() -> None:
    """Compile patterns as re does by itself again, forgetting the store and what was not
    flushed."""
    if "original" in _state:
        _internals()[1].compile = _state["original"]
    _state.clear()
    _known.clear()
    _records.clear()
    _new.clear()
    for mapped in _maps:
        mapped.close()
    _maps.clear()
