"""An article's text, title and date from the bytes of a .txt, .md or .html file."""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factcheck.extract.pipeline.html_text import visible_text
from factcheck.lang import legacy_encodings
from factcheck.limits import size_text

# The largest article file read. News pages are rarely past 2 MB of HTML, and extraction
# takes about a second per megabyte of text: past this, a file is refused at once.
MAX_ARTICLE_BYTES = 5 << 20


class ArticleError(ValueError):
    """The file cannot be read as an article (size, encoding, empty text, no date)."""


def too_large(size: int) -> str:
    """The message for an article file of ``size`` bytes, past the limit."""
    return (
        f"{size_text(size)}: larger than {size_text(MAX_ARTICLE_BYTES)}, the limit for an article"
    )


@dataclass(frozen=True)
class Article:
    """The text to extract from, with what the file itself says about it."""

    text: str
    title: str
    published: date | None
    outlet: str | None = None  # the site's name, from an HTML page's metadata
    url: str | None = None


def read_article_file(path: Path) -> bytes:
    """The bytes of the article file ``path``; ArticleError when it is no regular file, is too
    large or cannot be read. Nothing but a regular file is opened (a named pipe would block).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            raise ArticleError(f"broken symbolic link (to '{os.readlink(path)}')") from None
        raise ArticleError("cannot read: no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleError("symbolic link loop: the link leads back to itself") from None
        raise ArticleError(f"cannot read: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError("is a folder with no article file (.txt, .html, .htm) in it")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError("not a regular file (a named pipe, socket or device)")
    if info.st_size > MAX_ARTICLE_BYTES:
        raise ArticleError(too_large(info.st_size))
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)  # the size on disk may change meanwhile
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror}") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(too_large(len(data)))
    return data


def _decode(data: bytes) -> str:
    """UTF-8 or UTF-16 by their marks, else the legacy encoding the bytes read best in."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # only the encodings texts in our languages were written in: on a short text, detection
    # among every code page guesses Baltic or Central European for French
    best = from_bytes(data, cp_isolation=list(legacy_encodings())).best()
    if best is None:
        raise ArticleError(
            "unknown encoding (not UTF-8, UTF-16 or a legacy encoding of a supported language)"
        )
    return str(best)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = re.sub(r"^[#>\s*]+", "", line).strip()
        if line:
            return line[:200]
    return ""


# a plain text's first line naming where it comes from: "# source: URL | outlet | lang | date"
_SOURCE_LINE = re.compile(r"#[ \t]*source:[ \t]*([^\n]*)")


def _plain(raw: str) -> Article:
    """A plain text, its source line (if it opens with one) read as what it says: the page's
    address, the outlet and the day of publication, not a part of the story. The line is
    blanked, not cut, so offsets still count from the start of the file: its dates are no
    days of the story, its address's words no words of it."""
    line = _SOURCE_LINE.match(raw)
    if line is None:
        return Article(raw, _first_line(raw), None)
    fields = [field.strip() for field in line.group(1).split("|")]
    url = next((f for f in fields if f.startswith(("http://", "https://"))), None)
    named = [f for f in fields[1:] if f and f != url]
    published = None
    for field in reversed(fields):
        try:
            published = date.fromisoformat(field[:10])
            break
        except ValueError:
            continue
    text = " " * line.end() + raw[line.end() :]
    outlet = named[0] if named and named[0].lower() != "unknown" else None
    return Article(text, _first_line(text), published, outlet, url)


def _html(raw: str) -> Article:
    import trafilatura

    text = trafilatura.extract(raw, include_comments=False, include_tables=False) or ""
    if not text.strip():
        # the boilerplate step reads a tree, which stops 256 elements deep: read the page flat
        text = visible_text(raw)
    meta = trafilatura.extract_metadata(raw)
    title = (meta.title if meta and meta.title else "") or _first_line(text)
    published = None
    if meta and meta.date:
        try:
            published = date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    outlet = meta.sitename if meta and meta.sitename else None
    url = meta.url if meta and meta.url and meta.url.startswith(("http://", "https://")) else None
    return Article(text, title, published, outlet, url)


def parse_article(name: str, data: bytes) -> Article:
    """Decode and, for HTML, strip navigation and boilerplate; raise ArticleError when unusable."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(too_large(len(data)))
    raw = _decode(data)
    is_html = name.lower().endswith((".html", ".htm")) or raw.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    )
    article = _html(raw) if is_html else _plain(raw)
    if not article.text.strip():
        raise ArticleError("empty text")
    return article
