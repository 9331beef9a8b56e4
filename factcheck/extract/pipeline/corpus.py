"""Corpus mode's core: articles as records (id, text, language, published, outlet, url) to
claims keyed by topic, one JSON line each. Pure functions over plain data; reading the
corpus, running the batches and writing the claims are the caller's (``factcheck.cli``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from factcheck.extract.pipeline.article import MAX_ARTICLE_BYTES, ArticleError
from factcheck.extract.pipeline.extract import ArticleInfo, draft_article
from factcheck.models.case import CaseSpec

# the fields an article record may have; only ``text`` is required
FIELDS = ("id", "text", "language", "published", "outlet", "url")
# the fields of a claim record, in the order they are written; absent ones are left out
CLAIM_FIELDS = (
    "topic",
    "article",
    "subject",
    "property",
    "value",
    "qualifier",
    "period",
    "as_of",
    "quote",
    "offsets",
    "note",
    "outlet",
    "language",
    "published",
    "url",
)

# A claim's place in the output: topic, article id, the article's line in the corpus and the
# claim's order in the article. Unique, so the output's order never depends on who ran what.
Key = tuple[str, str, int, int]


@dataclass(frozen=True)
class CorpusArticle:
    """One article of a corpus and the line (JSON Lines) or row (Parquet) it came from."""

    line: int
    id: str
    text: str
    language: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass
class BatchResult:
    """The claims of a batch of articles, keyed, and the articles that could not be read."""

    claims: list[tuple[Key, str]] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, message)
    articles: int = 0
    characters: int = 0
    candidates: int = 0  # values that fit no topic: not written


def _optional_text(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"'{name}' must be text, not {type(value).__name__}")
    return str(value)


def corpus_article(record: object, line: int) -> CorpusArticle:
    """The article a corpus record holds; ValueError saying what is wrong with it.

    ``text`` is required and must not be empty; ``id`` defaults to ``line-N``; the other
    fields are optional (the language is then detected, the date read from a dateline).
    """
    if not isinstance(record, dict):
        raise ValueError(f"an article record is a JSON object, not {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise ValueError("no 'text' field (each article needs id and text)")
    if not isinstance(text, str):
        raise ValueError(f"'text' must be text, not {type(text).__name__}")
    if not text.strip():
        raise ValueError("'text' is empty")
    if len(text) > MAX_ARTICLE_BYTES:
        raise ValueError(f"'text' holds {len(text):,} characters, past the limit for an article")
    ident = _optional_text(record, "id") or f"line-{line}"
    return CorpusArticle(
        line,
        ident,
        text,
        _optional_text(record, "language"),
        _optional_text(record, "published"),
        _optional_text(record, "outlet"),
        _optional_text(record, "url"),
    )


def encode_json(value: Any) -> str:
    """``value`` as compact JSON; a Decimal is written as a number with its stated digits."""
    if isinstance(value, dict):
        items = (
            f"{json.dumps(str(k), ensure_ascii=False)}:{encode_json(v)}" for k, v in value.items()
        )
        return "{" + ",".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(encode_json(v) for v in value) + "]"
    if isinstance(value, Decimal):
        return format(value, "f") if value == value.to_integral_value() else str(value)
    return json.dumps(value, ensure_ascii=False)


@lru_cache(maxsize=4)
def catalog_spec(catalog: str) -> CaseSpec:
    """The catalog (a case's spec as JSON) validated, once per process and catalog."""
    return CaseSpec.model_validate_json(catalog)


def article_claims(article: CorpusArticle, catalog: CaseSpec) -> tuple[list[tuple[Key, str]], int]:
    """The claims of ``article`` as keyed JSON lines, and how many values fit no topic.

    Each claim is what a draft holds (subject, property, value, qualifier, period, quote,
    offsets, note) with its topic, the article's id and the article's outlet, language,
    publication date and address. Raises ArticleError when the article cannot be read.
    """
    info = ArticleInfo(
        name=f"{article.id}.txt",
        id=article.id,
        language=article.language,
        published=article.published,
        outlet=article.outlet,
        url=article.url,
    )
    draft = draft_article(article.text, info, catalog)
    source = draft.source
    meta = {
        "outlet": source.get("outlet"),
        "language": source.get("language"),
        "published": source.get("published"),
        "url": source.get("url"),
    }
    out: list[tuple[Key, str]] = []
    for index, claim in enumerate(source["claims"]):
        topic = str(claim.get("topic") or "")
        record = {**claim, "topic": topic, "article": article.id, **meta}
        ordered = {k: record[k] for k in CLAIM_FIELDS if record.get(k) is not None}
        out.append(((topic, article.id, article.line, index), encode_json(ordered)))
    return out, len(draft.candidates)


def batch_claims(batch: list[CorpusArticle], catalog: str) -> BatchResult:
    """The claims of every article of ``batch`` against ``catalog`` (a CaseSpec as JSON),
    sorted by key. An article that cannot be read is a problem of its line, not the batch's.
    """
    spec = catalog_spec(catalog)
    result = BatchResult()
    for article in batch:
        try:
            claims, candidates = article_claims(article, spec)
        except ArticleError as exc:
            result.problems.append((article.line, str(exc)))
            continue
        except Exception as exc:  # a bug on one article costs only that article
            result.problems.append((article.line, f"cannot extract: {exc}"))
            continue
        result.claims.extend(claims)
        result.articles += 1
        result.characters += len(article.text)
        result.candidates += candidates
    result.claims.sort()
    return result
