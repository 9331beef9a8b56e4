"""The compiled code of the methods ``dataclasses`` writes, kept in the cache folder.

For each data class, the standard library writes the source of ``__init__``, ``__eq__``,
``__repr__``, ``__hash__`` (and, for a frozen class, ``__setattr__`` and ``__delattr__``)
and compiles it: about a hundred classes are defined as a command's modules are imported,
and compiling their methods took a fifth to a quarter of a short command. The source of
each method depends only on the class's definition; once installed, the compiled code of a
source this store holds is executed instead of compiling it again, and any other source is
compiled as the library would (no inherited ``__future__`` flags) and kept, to be written
with :func:`flush`. The code runs in the same namespaces, so the methods are the same.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from factcheck.cache.files import cache_root, read_blob, write_blob

# the library's module calls exec(source, globals, namespace) in these versions
_VERSIONS = ((3, 11), (3, 12), (3, 13))
# past this many sources (the classes of many versions of the code) the store starts again
_MAX_SOURCES = 4000
_code: dict[str, CodeType] = {}
_used: set[str] = set()  # the sources this process executed
_state: dict[str, Any] = {}


def _path() -> Path:
    """The store's file: one per interpreter build, whose code no other build runs."""
    build = f"{sys.version}|{sys.implementation.cache_tag}"
    return cache_root() / f"dataclass-code-{hashlib.sha256(build.encode()).hexdigest()[:16]}"


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec`` as the data class module calls it, compiling each source once per store."""
    if type(source) is str:
        _used.add(source)
        code = _code.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _code[source] = code
            _state["new"] = True
        source = code
    exec(source, globals, locals)


def install() -> None:
    """Run the data class methods this process writes from the store from now on (once;
    nothing on an interpreter whose data class module this does not know)."""
    if "path" in _state or sys.version_info[:2] not in _VERSIONS:
        return
    _state["path"] = path = _path()
    data = read_blob(path)
    if data is not None:
        try:
            stored = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            stored = None
        if isinstance(stored, dict):
            _code.update(
                (source, code)
                for source, code in stored.items()
                if type(source) is str and type(code) is CodeType
            )
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def flush() -> None:
    """Write the store when this process compiled a source it did not hold."""
    if not _state.pop("new", False) or "path" not in _state:
        return
    kept = _code
    if len(kept) > _MAX_SOURCES:  # the classes of many versions of the code: keep this one's
        kept = {source: _code[source] for source in _used}
    write_blob(_state["path"], marshal.dumps(kept))


def uninstall() -> None:
    """Compile data class methods as the library does by itself again."""
    if getattr(dataclasses, "exec", None) is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]
    _state.clear()
    _code.clear()
    _used.clear()
