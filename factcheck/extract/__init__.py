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
"""

from factcheck.extract.pipeline.article import Article, ArticleError, parse_article
from factcheck.extract.pipeline.extract import (
    ArticleInfo,
    Extraction,
    article_id,
    detect_language,
    extract_article,
)

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
