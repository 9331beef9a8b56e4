"""An article's text, title and date from the bytes of a .txt, .md or .html file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


class ArticleError(ValueError):
    """The file cannot be read as an article (encoding, empty text, no date)."""


@dataclass(frozen=True)
class Article:
    """The text to extract from, with what the file itself says about it."""

    text: str
    title: str
    published: date | None
    outlet: str | None = None  # the site's name, from an HTML page's metadata
    url: str | None = None


def _decode(data: bytes) -> str:
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleError("unknown encoding (not UTF-8 or UTF-16 text)") from None


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = re.sub(r"^[#>\s*]+", "", line).strip()
        if line:
            return line[:200]
    return ""


def _html(raw: str) -> Article:
    import trafilatura

    text = trafilatura.extract(raw, include_comments=False, include_tables=False) or ""
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
    raw = _decode(data)
    is_html = name.lower().endswith((".html", ".htm")) or raw.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    )
    article = _html(raw) if is_html else Article(raw, _first_line(raw), None)
    if not article.text.strip():
        raise ArticleError("empty text")
    return article
