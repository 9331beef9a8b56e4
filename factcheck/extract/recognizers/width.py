"""Full-width forms read as the ASCII characters they stand for, one character for one.

East Asian texts write digits, signs and Latin letters in full-width forms ("１９９５年",
"０．２５", "＋１"); the recognizers read them as ASCII. Each full-width character maps to
exactly one character, so every offset into the narrowed text is an offset into the text.
"""

from __future__ import annotations

import re

from factcheck.extract.scan.recent import Recent

# U+FF01-U+FF5E are ASCII 0x21-0x7E shifted; U+3000 is the ideographic space. The full-width
# comma stays: it is the comma of Chinese prose, never a digit group mark ("，3万人").
_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if code != 0xFF0C} | {0x3000: 0x20}
_WIDE = re.compile("[\uff01-\uff0b\uff0d-\uff5e\u3000]")


# the last texts narrowed (an article is narrowed by each recognizer it is handed to) and
# texts shorter than this, narrowed anew: kept, they would push an article's out
_narrowed: Recent[str] = Recent("")
_KEPT_FROM = 256


def narrow(text: str) -> str:
    """``text`` with its full-width forms replaced by ASCII (``text`` itself if it has none)."""
    return _narrowed.get(text, _narrow) if len(text) >= _KEPT_FROM else _narrow(text)


def _narrow(text: str) -> str:
    return text.translate(_TABLE) if _WIDE.search(text) else text


# typographic apostrophes, read as the ASCII one the language data spells ("d’euros")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def plain_apostrophes(text: str) -> str:
    """``text`` with its typographic apostrophes as the ASCII one, one character for one."""
    return text.translate(_APOSTROPHES) if "’" in text or "ʼ" in text else text
