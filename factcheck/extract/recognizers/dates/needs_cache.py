"""The anchors of the date patterns, kept in the user's cache folder between runs.

Working out what text a pattern cannot match without (``scan.needs``) parses the pattern, and
a language's date grammar has a hundred of them: a good part of its start-up. The needs are a
function of the pattern's source and of the code that works them out, so they are kept per
language in the cache folder (``factcheck.cache``) in a file named after a hash of that code,
as its other tables are; a pattern whose source is not there is worked out as before. Where
the folder cannot be written, nothing is kept; the needs are the same either way.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import orjson

from factcheck.cache.files import cache_root, read_blob
from factcheck.cache.tables import write_version
from factcheck.extract.scan import Need, anchors, needs


@cache
def _version() -> str:
    """A hash of the code the needs come from: a change to it starts a new file."""
    digest = hashlib.sha256()
    for path in (Path(str(anchors.__file__)), Path(__file__)):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class NeedsCache:
    """The needs of one language's patterns: read once, worked out where missing, saved."""

    def __init__(self, lang: str) -> None:
        """Read the kept needs of ``lang``, if any."""
        self._path = cache_root() / "tables" / f"date-needs-{lang}-{_version()}.json"
        self._known: dict[str, Need] = {}
        self._new = False
        try:
            stored = orjson.loads(read_blob(self._path) or b"{}")
            self._known = {s: tuple(frozenset(g) for g in groups) for s, groups in stored.items()}
        except (orjson.JSONDecodeError, TypeError, AttributeError):
            self._known = {}

    def needs(self, source: str) -> Need:
        """``scan.needs(source)``, kept or worked out."""
        found = self._known.get(source)
        if found is None:
            found = self._known[source] = needs(source)
            self._new = True
        return found

    def save(self) -> None:
        """Write the needs back when some were worked out, whole or not at all; quietly not
        where the folder cannot be written."""
        if not self._new:
            return
        data = {s: [sorted(g) for g in need] for s, need in sorted(self._known.items())}
        write_version(self._path, orjson.dumps(data))
        self._new = False
