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
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import time
from array import array
from pathlib import Path
from typing import Any

from factcheck.cache.files import cache_root, read_blob, write_blob

# re's internals this leans on keep their shape in these versions
_VERSIONS = ((3, 11), (3, 12), (3, 13))
# past this many files in the folder, a process that reads them writes them as one
_MERGE_OVER = 8
# past this size the store starts again: patterns built from sets are spelled in a new order
# by every process (string hashing is salted per process), so their programs pile up
_MAX_BYTES = 64 << 20
_SUFFIX = ".re"

# (pattern, flags) -> (flags as compiled, program as bytes, groups, group index, index group)
_Record = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_known: dict[tuple[str | bytes, int], _Record] = {}
_new: dict[tuple[str | bytes, int], _Record] = {}
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


def _typecode() -> str:
    """The array type code of one word of a program."""
    _, _, sre = _internals()
    return next(code for code in "HIL" if array(code).itemsize == sre.CODESIZE)


def _compile(pattern: Any, flags: int = 0) -> Any:
    """re's compile step, answered from the store where it holds ``pattern``."""
    original = _state["original"]
    if type(pattern) not in (str, bytes) or flags & re.DEBUG:  # a subclass may not be stored
        return original(pattern, flags)
    parser, compiler, sre = _internals()
    key = (pattern, int(flags))
    known = _known.get(key)
    if known is not None:
        final, program, groups, groupindex, indexgroup = known
        code = array(_state["typecode"], program).tolist()
        try:
            return sre.compile(pattern, final, code, groups, groupindex, indexgroup)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            del _known[key]  # a program this engine refuses: compiled again below
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        names[index] = name
    record: _Record = (
        int(flags | parsed.state.flags),
        array(_state["typecode"], code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(names),
    )
    _known[key] = _new[key] = record
    return sre.compile(pattern, record[0], code, record[2], groupindex, record[4])


def _read(path: Path) -> dict[tuple[str | bytes, int], _Record]:
    """The records of one file of the store; none where it is unreadable or not a store file."""
    data = read_blob(path)
    if data is None:
        return {}
    try:
        records = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    return records if isinstance(records, dict) else {}


def _load(folder: Path) -> None:
    """Read every file of the store; merge them into one when there are many."""
    try:
        paths = sorted(folder.glob(f"*{_SUFFIX}"))
    except OSError:
        return
    size = sum(_size(path) for path in paths)
    if size > _MAX_BYTES:
        _remove(paths)
        return
    for path in paths:
        _known.update(_read(path))
    if len(paths) > _MERGE_OVER and _write(folder, _known):
        _remove(paths)


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


def _write(folder: Path, records: dict[tuple[str | bytes, int], _Record]) -> bool:
    name = f"{time.time_ns()}-{os.getpid()}{_SUFFIX}"
    try:
        data = marshal.dumps(records)
    except ValueError:  # a record marshal cannot write: the others are kept without it
        data = marshal.dumps({k: v for k, v in records.items() if _marshals((k, v))})
    return write_blob(folder / name, data)


def _marshals(item: Any) -> bool:
    try:
        marshal.dumps(item)
    except ValueError:
        return False
    return True


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
        _state["typecode"] = _typecode()
        _state["folder"] = _folder()
        if not _works():
            return
    except Exception:  # internals not as this module knows them: re compiles as before
        return
    finally:
        _known.clear()
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
    _new.clear()
