"""One text drafted for a test: the claims ``build_draft`` gives it, with no catalog."""

from __future__ import annotations

from typing import Any

from factcheck.extract.pipeline.draft import ArticleMeta, build_draft
from factcheck.models.case import CaseSpec


def drafted_claims(
    text: str, lang: str, source: str = "a", published: str = "2026-06-04"
) -> list[dict[str, Any]]:
    """The claims drafted from ``text`` in ``lang``, as source ``source`` published then."""
    meta = ArticleMeta(source, "t", "outlet", lang, published, "a.txt")
    return list(build_draft(text, meta, CaseSpec(title="t")).source["claims"])


def count_topics(text: str, lang: str) -> dict[int, str]:
    """Each drafted count with the topic it was given."""
    claims = drafted_claims(text, lang)
    return {c["value"]["count"]: c["topic"] for c in claims if c["value"]["kind"] == "count"}


def topic_quotes(text: str, lang: str, published: str = "2026-06-04") -> dict[str, list[str]]:
    """Each drafted topic id with the figures (quotes) drafted into it."""
    out: dict[str, list[str]] = {}
    for claim in drafted_claims(text, lang, published=published):
        out.setdefault(claim["topic"], []).append(claim["quote"])
    return out
