"""The characters that usually stand before a word, and where a text has any of the others.

An edge scan looks for the character before a match. Testing "not a word character" asks the
Unicode database at every position; a set of listed characters is a bitmap the engine tests
far faster. A scan over the listed set is exact for a text whose other non-word characters
are never followed by a possible match: ``rare_boundaries`` finds those, once per text.
"""

from __future__ import annotations

import re

from factcheck.extract.scan.recent import Recent

# white space, ASCII punctuation and the typographic marks and currency signs of news text
COMMON = (
    " \n\t\r\f\v\u00a0\u2007\u2009\u202f"
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201c\u201d\u201e\u2026"
    "\u00ab\u00bb\u2039\u203a\u2022\u00b7\u00bf\u00a1\u00b0\u00a7"
    "\u20ac\u00a3\u00a5\u20ba\u20b9\u20bd\u00a2"
)
# the characters white space (``\s``, ``str.isspace``) stands for, the last of them U+3000
SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
_OTHER = re.compile(f"[^\\w{re.escape(COMMON)}]")
# the last texts looked at and their rare boundaries: each text is scanned once
_found: Recent[list[int]] = Recent([])


def rare_boundaries(text: str) -> list[int]:
    """Offsets of the non-word characters of ``text`` that ``COMMON`` does not list."""
    return _found.get(text, lambda t: [m.start() for m in _OTHER.finditer(t)])
