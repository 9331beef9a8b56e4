"""A language's grammars kept whole in the cache folder, so that a process sets a language up
by reading its grammars back instead of building them.

Building a grammar assembles its patterns from the language's word lists and templates in
pure Python, most of what setting a language up costs each process that reads an article in
it. A grammar is kept pickled with each of its patterns as the program it runs, which reading
it back hands to the regular-expression engine as it is. It is filed under the language's
files, the versions of the packages whose data it holds, the interpreter's build and the
source files of this package, so a change to any of them builds it again. A pattern whose
program is not known is kept by its text, compiled again when read back; a grammar holding
one with no text either is built each time and not kept.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import os
import pickle
import re
import sys
from collections.abc import Callable
from functools import cache, wraps
from pathlib import Path
from typing import Any, TypeVar

from factcheck.cache.patterns import installed
from factcheck.cache.programs import from_program, record_of
from factcheck.cache.tables import keep_object, language_files, stored_object

T = TypeVar("T")

# the packages whose data a grammar may hold: CLDR's names and formats, holiday and zone
# names, unit and country tables
_PACKAGES = ("babel", "holidays", "tzdata", "pint", "pycountry")


class _Unkept(Exception):
    """A pattern with neither a known program nor a text to compile it from."""


def snapshot(name: str) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Keep what a function of a language builds under ``name``, and read it back where a
    run before built it from the same files, packages and code."""

    def wrap(build: Callable[[str], T]) -> Callable[[str], T]:
        @wraps(build)
        def kept(lang: str) -> T:
            if not installed():  # no programs to keep the patterns by
                return build(lang)
            key = (name, lang, _PACKAGES, language_files(lang))
            found = stored_object(*key, code=_code())  # None where unreadable: built again
            if found is not None:
                return found  # type: ignore[no-any-return]
            value = build(lang)
            keep_object(*key, value, dumps=_dumped, code=_code())
            return value

        return kept

    return wrap


def _dumped(value: Any) -> bytes | None:
    """``value`` pickled, each pattern as its program; None where one cannot be kept."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: _reduced}
    try:
        pickler.dump(value)
    except (_Unkept, pickle.PicklingError, TypeError, AttributeError):
        return None
    return buffer.getvalue()


def _reduced(pattern: re.Pattern[Any]) -> tuple[Any, ...]:
    record = record_of(pattern)
    if record is not None:
        return from_program, (pattern.pattern, *record)
    if pattern.pattern is None:
        raise _Unkept
    return re.compile, (pattern.pattern, pattern.flags)


@cache
def _code() -> str:
    """A digest of the interpreter's build and of every source file of this package by its
    time and size: a grammar is built by code all over it, and holds the engine's programs
    of one build."""
    import _sre  # type: ignore[import-not-found]

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}".encode())
    sources = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [s for s in subfolders if s != "__pycache__"]
        sources += [os.path.join(folder, n) for n in names if n.endswith(".py")]
    sources.sort()
    for path in sources:
        try:
            stat = os.stat(path)
        except OSError:
            continue
        line = f"{os.path.relpath(path, root)}|{stat.st_mtime_ns}|{stat.st_size}\n"
        digest.update(line.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
