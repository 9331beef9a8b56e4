"""The gold files of the story corpus, read into plain records for the stories bench.

A story folder holds articles (``NN_<lang>_<outlet>.txt``, first line a ``# source:``
header) and ``gold.yaml``: per article its language, outlet, publication date and claims,
then the conflicts an editor must (``required``) or may (``optional``) see and the
look-alike agreements (``non_conflicts``) that must not be flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

GOLD_FILE = "gold.yaml"


@dataclass(frozen=True)
class GoldClaim:
    """One labelled figure: its id, article, topic and the gold fields as written."""

    id: str
    article: str
    topic: str
    fields: dict[str, Any]

    @property
    def conversion_of(self) -> str | None:
        """The claim this one converts (an article's own bracketed conversion), if any."""
        if self.fields.get("role") == "conversion":
            holder = self.fields.get("conversion_of")
            return str(holder) if holder else None
        return None


@dataclass(frozen=True)
class GoldArticle:
    """An article of the story and its labelled claims."""

    id: str
    file: str
    language: str
    outlet: str
    published: str | None
    claims: tuple[GoldClaim, ...]


@dataclass(frozen=True)
class GoldPair:
    """A conflict or a look-alike agreement: the claims it ties together."""

    id: str
    topic: str
    claims: tuple[str, ...]
    expected: str = ""  # required | optional for conflicts, "" for non-conflicts


@dataclass(frozen=True)
class GoldStory:
    """A story folder: its gold labels and where its articles are."""

    slug: str
    folder: Path
    description: str
    articles: tuple[GoldArticle, ...]
    conflicts: tuple[GoldPair, ...]
    non_conflicts: tuple[GoldPair, ...]
    claims: dict[str, GoldClaim] = field(default_factory=dict)

    def article_text(self, article: GoldArticle) -> str:
        """The article's text after its header line ("" when the file cannot be read)."""
        try:
            text = (self.folder / article.file).read_text(encoding="utf-8")
        except OSError:
            return ""
        return text.split("\n", 1)[1] if "\n" in text else ""


def find_stories(folder: Path) -> list[Path]:
    """The story folders (those with a gold file) under ``folder``, sorted by name."""
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / GOLD_FILE).is_file())


def _article(data: dict[str, Any]) -> GoldArticle:
    article_id = str(data["id"])
    claims = tuple(
        GoldClaim(str(c["id"]), article_id, str(c.get("topic", "")), dict(c))
        for c in data.get("claims") or []
    )
    published = data.get("published")
    return GoldArticle(
        id=article_id,
        file=str(data["file"]),
        language=str(data["language"]),
        outlet=str(data.get("outlet") or article_id),
        published=str(published) if published else None,
        claims=claims,
    )


def _pairs(items: list[dict[str, Any]] | None, prefix: str) -> tuple[GoldPair, ...]:
    pairs = []
    for index, item in enumerate(items or [], start=1):
        pairs.append(
            GoldPair(
                id=str(item.get("id") or f"{prefix}{index}"),
                topic=str(item.get("topic", "")),
                claims=tuple(str(c) for c in item.get("claims") or []),
                expected=str(item.get("expected_flag", "")),
            )
        )
    return tuple(pairs)


def story_from_data(data: dict[str, Any], folder: Path) -> GoldStory:
    """A story from the parsed gold file (``folder`` is where its articles are)."""
    articles = tuple(_article(a) for a in data.get("articles") or [])
    claims = {c.id: c for a in articles for c in a.claims}
    return GoldStory(
        slug=str(data.get("story") or folder.name),
        folder=folder,
        description=str(data.get("description") or "").strip(),
        articles=articles,
        conflicts=_pairs(data.get("conflicts"), "C"),
        non_conflicts=_pairs(data.get("non_conflicts"), "NC"),
        claims=claims,
    )


def load_story(folder: Path) -> GoldStory:
    """Read ``folder/gold.yaml``; raise ValueError when it cannot be read as a gold file."""
    try:
        data = yaml.safe_load((folder / GOLD_FILE).read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a mapping")
        return story_from_data(data, folder)
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{folder / GOLD_FILE}: cannot read the gold file: {exc}") from None


def natural(text: str) -> list[Any]:
    """Sort key that puts M01.2 before M01.10."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]
