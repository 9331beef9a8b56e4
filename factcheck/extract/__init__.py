"""Draft claim files from articles: recognize dates, amounts, counts and country lists.

Floor plan:

- ``scan/``: the scanning accelerator (jump scans, folded text, rare-character windows,
  anchor prefilters) behind a small API; it knows nothing of languages or values.
- ``recognizers/``: each kind of value (numbers, amounts, qualifiers, countries, dates),
  built from the language data of ``factcheck.lang``; ``recognize`` is their entry point.
- ``pipeline/``: an article from bytes to a draft file: read and parse (``article``), split
  sentences, find catalog words (``catalog``), attach values to topics (``attach``,
  ``periods``), draft (``draft``) and merge with the previous file (``merge``).

``extract_article`` is the one entry point the CLI and the benches call; ``parse_article``
(its first step) serves callers that want an article's text only.

The names below are imported when first asked for: importing one module of the package (the
article reader, the language detector) does not set up every recognizer.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.extract.pipeline.article import Article, ArticleError, parse_article
    from factcheck.extract.pipeline.extract import (
        ArticleInfo,
        Extraction,
        article_id,
        detect_language,
        extract_article,
    )

_HOMES = {
    "Article": "article",
    "ArticleError": "article",
    "parse_article": "article",
    "ArticleInfo": "extract",
    "Extraction": "extract",
    "article_id": "extract",
    "detect_language": "extract",
    "extract_article": "extract",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"factcheck.extract.pipeline.{home}"), name)


__all__ = [
    "Article",
    "ArticleError",
    "ArticleInfo",
    "Extraction",
    "article_id",
    "detect_language",
    "extract_article",
    "parse_article",
]
