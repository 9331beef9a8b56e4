"""Builders for small source documents used across the top-level tests."""

from __future__ import annotations


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
