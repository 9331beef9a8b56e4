"""What the scans derive from a grammar's patterns, kept in the pattern store beside the
compiled programs (see :mod:`factcheck.cache.patterns`).

Rewriting a pattern for a faster scan (a plan of the stretches it can match in, a fold for
case-blind text, a jump to its first characters) parses it again in pure Python, and so does
building a regex from a long word list: more than a process spends scanning a few articles.
:func:`derived` keeps a rewritten pattern, with a few facts about it, and :func:`derived_text`
a regex's text, each filed under its sources and a digest of the code that derives it, so a
run derives only what no run before it derived, and never reads a stale one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from factcheck.cache.patterns import (
    compiled,
    compiled_now,
    from_record,
    installed,
    store,
    stored,
)

# what a derivation builds: a parsed pattern, the flags to compile it with, and facts about
# it (numbers, strings, booleans) kept beside its program; or None
Derivation = tuple[Any, int, tuple[Any, ...]] | None
_DERIVED = b"\0derived\0"


@cache
def _code_digest(modules: tuple[str, ...]) -> bytes:
    """A digest of the source of the modules that derive a pattern: a change to them files
    what they derive under new keys, so none is read stale (the package's version too, for
    an installation whose sources cannot be read)."""
    from factcheck import __version__

    digest = hashlib.blake2b(__version__.encode("utf-8"), digest_size=16)
    for module in modules:
        try:
            digest.update(Path(module).read_bytes())
        except OSError:
            digest.update(b"absent")
    return digest.digest()


def derived(
    tag: str,
    sources: tuple[re.Pattern[str] | str, ...],
    modules: tuple[str, ...],
    build: Callable[[], Derivation],
) -> tuple[re.Pattern[str], tuple[Any, ...]] | None:
    """The pattern ``build`` derives from ``sources`` (compiled patterns, or the texts it is
    built from; the rewrite ``tag`` names, coded in the files ``modules``) and its facts,
    compiled; None when ``build`` gives None."""
    if not installed():  # no store: derived every time
        derivation = build()
        if derivation is None:
            return None
        parsed, flags, facts = derivation
        return compiled_now(parsed, flags), facts
    key = _derived_key(tag, sources, modules)
    known = stored(key)
    if known == ():
        return None
    if known is not None and len(known) == 6:
        pattern = from_record(known)
        if pattern is not None:
            return pattern, known[5]
    derivation = build()
    if derivation is None:
        store(key, ())
        return None
    parsed, flags, facts = derivation
    record, pattern = compiled(parsed, flags)
    store(key, (*record, facts))
    return pattern, facts


def known(tag: str, sources: tuple[re.Pattern[str] | str, ...], modules: tuple[str, ...]) -> bool:
    """Whether the store holds what :func:`derived` derives from these: a run before derived it."""
    return installed() and stored(_derived_key(tag, sources, modules)) is not None


def text_known(tag: str, source: str, modules: tuple[str, ...]) -> bool:
    """Whether the store holds what :func:`derived_text` derives from these."""
    return installed() and stored(_text_key(tag, source, modules)) is not None


def _derived_key(
    tag: str, sources: tuple[re.Pattern[str] | str, ...], modules: tuple[str, ...]
) -> tuple[bytes, int]:
    """A key no pattern compiled by re has: a bytes pattern of the sources, tag and code."""
    parts = [_head(tag, modules)]
    for source in sources:
        if isinstance(source, str):  # a text: marked apart from any pattern's flags
            parts += [b"\0t\0", source.encode("utf-8", "surrogatepass")]
            continue
        parts += [b"\0", str(source.flags).encode("ascii"), b"\0"]
        parts.append(source.pattern.encode("utf-8", "surrogatepass"))
    return b"".join(parts), 0


def _head(tag: str, modules: tuple[str, ...]) -> bytes:
    """The start of a derivation's key: the mark no compiled pattern has, the tag, the code."""
    return _DERIVED + tag.encode("utf-8") + b"\0" + _code_digest(modules)


def _text_key(tag: str, source: str, modules: tuple[str, ...]) -> tuple[bytes, int]:
    """The key of a derived text: its head, then its source (flagged 1: no pattern's)."""
    return _head(tag, modules) + source.encode("utf-8", "surrogatepass"), 1


def derived_text(tag: str, source: str, modules: tuple[str, ...], build: Callable[[], str]) -> str:
    """The text ``build`` derives from ``source`` (a regex built from a word list, say), from
    the store where a run before derived it with the same code (the files ``modules``)."""
    if not installed():
        return build()
    key = _text_key(tag, source, modules)
    known = stored(key)
    if known is not None and len(known) == 1 and type(known[0]) is str:
        return known[0]
    text = build()
    store(key, (text,))
    return text
