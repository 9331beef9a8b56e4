"""Stable finding ids: a hash of what disagrees, never of file order, lines or wording."""

from __future__ import annotations

import hashlib
import json

import orjson

from factcheck.engine.findings import Draft

ID_LENGTH = 10


def fingerprint_key(rule_id: str, draft: Draft) -> str:
    """The canonical text a finding's id is a hash of: rule, rows and the values with sources."""
    groups = sorted([group.key, group.sources] for group in draft.groups)
    payload = {
        "rule": rule_id,
        "rows": sorted(draft.rows),
        "topics": sorted(draft.topics),
        "groups": groups,
    }
    # orjson writes the same text as the standard encoder below for every string but one
    # with a lone surrogate, which it refuses; a large finding's groups list a million ids
    try:
        return orjson.dumps(payload, option=orjson.OPT_SORT_KEYS).decode()
    except orjson.JSONEncodeError:
        return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def assign_ids(keys: list[str]) -> list[str]:
    """Hash each key; identical keys get an occurrence index so every id stays unique."""
    seen: dict[str, int] = {}
    ids = []
    for key in keys:
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        digest = hashlib.sha256(f"{key}#{occurrence}".encode()).hexdigest()
        ids.append(digest[:ID_LENGTH])
    return ids
