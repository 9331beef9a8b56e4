"""Builders for small source documents used across the top-level tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from factcheck.analyze import analyze
from factcheck.models.report import Report


def source_doc(source_id: str, claims: list[dict], **meta: object) -> dict:
    """A minimal valid source document with the given claims."""
    doc = {
        "id": source_id,
        "title": f"Article {source_id}",
        "outlet": f"Outlet {source_id}",
        "language": "en",
        "published": "2025-10-22",
    }
    doc.update(meta)
    doc["claims"] = claims
    return doc


def analysed(
    folder: Path, catalog: dict[str, Any], sources: dict[str, list[dict]], published: str
) -> Report:
    """The report on a case written into ``folder``: ``catalog`` as its case.yaml and one
    source per name of ``sources``, holding those claims, published on ``published``."""
    case = folder / "case"
    (case / "sources").mkdir(parents=True)
    (case / "case.yaml").write_text(yaml.safe_dump(catalog), encoding="utf-8")
    for name, claims in sources.items():
        doc = source_doc(name, claims, published=published)
        (case / "sources" / f"{name}.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    return analyze(case)
