"""Re-running extract: keep every claim already in the file, add only the new ones."""

from __future__ import annotations

from typing import Any

from factcheck.extract.draft import Draft
from factcheck.io.yamlio import dump_yaml

_HEADER = (
    "# Draft written by `factcheck extract`: review every claim. Claims you keep or edit stay\n"
    "# as they are when extract runs again; it only adds values it has not seen before.\n"
)
_CANDIDATES = (
    "# Values that fit no topic of the catalog. To keep one, move it under claims:, set\n"
    "# subject, property and topic, and drop the comment marks.\n"
)


def claim_key(claim: dict[str, Any]) -> tuple[Any, ...]:
    """What identifies a drafted value across runs: its offsets and value kind."""
    offsets = claim.get("offsets") or ()
    kind = (claim.get("value") or {}).get("kind")
    return (tuple(offsets), kind)


def merge(existing: dict[str, Any] | None, draft: Draft) -> tuple[dict[str, Any], int, int]:
    """The file's data after the run, how many claims were kept and how many added."""
    if existing is None:
        return draft.source, 0, len(draft.source["claims"])
    data = dict(existing)
    kept = list(data.get("claims") or [])
    seen = {claim_key(c) for c in kept if isinstance(c, dict)}
    new = [c for c in draft.source["claims"] if claim_key(c) not in seen]
    claims = kept + new
    claims.sort(key=lambda c: tuple(c.get("offsets") or [1 << 62]) if isinstance(c, dict) else ())
    data["claims"] = claims
    return data, len(kept), len(new)


def render(data: dict[str, Any], candidates: list[dict[str, Any]]) -> str:
    """The YAML text of a draft file; unassigned candidates follow as a commented list."""
    seen = {claim_key(c) for c in data.get("claims") or [] if isinstance(c, dict)}
    rest = [c for c in candidates if claim_key(c) not in seen]
    text = _HEADER + dump_yaml(data)
    if rest:
        lines = dump_yaml(rest).splitlines()
        text += "\n" + _CANDIDATES + "".join(f"# {line}\n" for line in lines)
    return text
