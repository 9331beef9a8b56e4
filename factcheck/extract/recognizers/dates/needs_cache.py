"""The anchors of the date patterns, kept in the user's cache folder between runs.

Working out what text a pattern cannot match without (``scan.needs``) parses the pattern, and
a language's date grammar has a hundred of them: a good part of its start-up. The needs are a
function of the pattern's source and of the code that works them out, so they are kept per
language in ``$FACTCHECK_CACHE`` (see ``langid_model.cache_root``) in a file named after a hash
of that code; a pattern whose source is not there is worked out as before. Where the folder
cannot be written, nothing is kept; the needs are the same either way.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from factcheck.extract.pipeline.langid_model import cache_root
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
        self._path = cache_root() / f"date-needs-{lang}-{_version()}.json"
        self._known: dict[str, Need] = {}
        self._new = False
        try:
            stored = json.loads(self._path.read_text("utf-8"))
            self._known = {s: tuple(frozenset(g) for g in groups) for s, groups in stored.items()}
        except (OSError, ValueError, TypeError, AttributeError):
            self._known = {}

    def needs(self, source: str) -> Need:
        """``scan.needs(source)``, kept or worked out."""
        found = self._known.get(source)
        if found is None:
            found = self._known[source] = needs(source)
            self._new = True
        return found

    def save(self) -> None:
        """Write the needs back when some were worked out, atomically; quietly not where the
        folder cannot be written."""
        if not self._new:
            return
        data = {s: [sorted(g) for g in need] for s, need in sorted(self._known.items())}
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=f".{self._path.name}.", dir=self._path.parent)
        except OSError:
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(name, self._path)
            self._new = False
        except OSError:
            Path(name).unlink(missing_ok=True)
