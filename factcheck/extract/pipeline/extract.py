"""The article pipeline in one call: read, parse, recognize, attach, draft and merge."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from factcheck.extract.pipeline.article import Article, parse_article
from factcheck.extract.pipeline.dateline import dateline
from factcheck.extract.pipeline.draft import ArticleMeta, Draft, build_draft
from factcheck.extract.pipeline.merge import updated_draft
from factcheck.lang import GENERIC, language_tag, reading
from factcheck.models.case import CaseSpec


@dataclass(frozen=True)
class ArticleInfo:
    """What the caller knows about an article besides its content; None means "find out".

    ``published``, ``outlet`` and ``url`` win over what the file says (a manifest's values);
    the ``default_`` ones apply only where neither gives one (command-line options).
    ``published`` is a year, month, day or date-time.
    """

    name: str  # the file name: its suffix tells HTML, its stem gives the draft's id
    id: str | None = None
    language: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    default_published: str | None = None
    default_outlet: str | None = None
    default_url: str | None = None
    # the latest publication day of the articles extracted with this one: completes the days
    # of the month an article with no date of its own states
    story_day: str | None = None


@dataclass(frozen=True)
class Extraction:
    """An article's draft, the draft file's new text, and what the run did to the file."""

    id: str
    draft: Draft
    text: str
    kept: int
    added: int
    deleted: int

    @property
    def unassigned(self) -> int:
        """How many values fit no topic (kept as commented candidates)."""
        return len(self.draft.candidates)

    def summary(self) -> str:
        """One line saying what the run did to the draft file."""
        line = (
            f"kept {self.kept} claims as they were, added {self.added} new, left out "
            f"{self.deleted} deleted by an editor, {self.unassigned} unassigned"
        )
        language = str(self.draft.source["language"])
        if reading(language) == GENERIC:
            line += f"; no language data for '{language}': only language-independent figures read"
        return line


def article_id(name: str) -> str:
    """The draft id (and file stem) of the article file ``name``."""
    slug = re.sub(r"[^a-z0-9._-]+", "-", PurePath(name).stem.lower()).strip("-._")
    return slug or "article"


def detect_language(text: str, given: str | None = None) -> str:
    """The language of ``text``: ``given`` (a language tag, kept as written) or detected. A
    language with no folder is kept as well: its text is read for language-independent figures.
    """
    if given:
        return language_tag(given)
    from factcheck.extract.pipeline.langid_model import told_language

    return told_language(text)


@dataclass(frozen=True)
class ReadArticle:
    """An article parsed and its language told: where drafting starts. A process that reads
    articles to share them out by language hands this on, so nothing is read twice."""

    article: Article
    language: str


def read_article(content: bytes | str, info: ArticleInfo) -> ReadArticle:
    """Parse ``content`` and tell its language (``info.language`` where given). Raises
    ArticleError when the article cannot be used (encoding, empty text)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    article = parse_article(info.name, data)
    return ReadArticle(article, detect_language(article.text, info.language))


def draft_article(
    content: bytes | str | ReadArticle, info: ArticleInfo, catalog: CaseSpec
) -> Draft:
    """The draft of one article against ``catalog``: its source data, claims and candidates,
    without a draft file's text. ``content`` is the file's bytes or text, or the article as
    ``read_article`` gave it for the same ``info``. Raises ArticleError when the article
    cannot be used (encoding, empty text, language). With no publication date the figures
    are still drafted; relative dates stay unresolved and the draft says so.
    """
    read = content if isinstance(content, ReadArticle) else read_article(content, info)
    article, language = read.article, read.language
    # the article's own date counts only where the caller gives none: its dateline, read
    # by the date grammar, is looked for only then
    own = None
    if not info.published:
        own = (
            article.published.isoformat()
            if article.published
            else dateline(article.text, reading(language))
        )
    meta = ArticleMeta(
        id=info.id or article_id(info.name),
        title=article.title or PurePath(info.name).stem,
        outlet=info.outlet or article.outlet or info.default_outlet or "unknown outlet",
        language=language,
        published=info.published or own or info.default_published,
        article=info.name,
        url=info.url or article.url or info.default_url,
        story_day=info.story_day,
    )
    return build_draft(article.text, meta, catalog)


def extract_article(
    content: bytes | str | ReadArticle,
    info: ArticleInfo,
    catalog: CaseSpec,
    previous: str | None = None,
) -> Extraction:
    """Draft the claims of one article against ``catalog``, merged into ``previous`` (the
    draft file's current text, None when there is none). Raises ArticleError when the article
    cannot be used (encoding, empty text, language). With no publication date the figures
    are still drafted; relative dates stay unresolved and the draft says so.
    """
    draft = draft_article(content, info, catalog)
    text, kept, added, deleted = updated_draft(previous, draft)
    return Extraction(str(draft.source["id"]), draft, text, kept, added, deleted)
