"""Re-running extract: keep every claim already in the file, add only the new ones."""

from __future__ import annotations

import re
from typing import Any

from factcheck.extract.pipeline.draft import Draft
from factcheck.extract.pipeline.draft_yaml import dump_draft

_HEADER = (
    "# Draft written by `factcheck extract`: review every claim. Claims you keep or edit stay\n"
    "# as they are when extract runs again, and claims you delete stay deleted: it only adds\n"
    "# values it has not drafted before (the 'drafted' line records them; leave it as it is).\n"
)
_LEDGER = "# drafted: "
# unassigned values listed for an editor: an article holds a few dozen; a text with thousands
# is no article, and listing them all would make the draft unreadable and slow to write
MAX_CANDIDATES = 1000
_LEDGER_RE = re.compile(r"^# drafted: (.*)$", re.MULTILINE)
_CANDIDATES = (
    "# Values that fit no topic of the catalog. To keep one, move it under claims:, set\n"
    "# subject, property and topic, and drop the comment marks.\n"
)


def claim_key(claim: dict[str, Any]) -> tuple[Any, ...]:
    """What identifies a drafted value across runs: its offsets and value kind."""
    offsets = claim.get("offsets") or ()
    kind = (claim.get("value") or {}).get("kind")
    return (tuple(offsets), kind)


def ledger_text(keys: set[tuple[Any, ...]]) -> str:
    """The 'drafted' marker: every value extract has proposed, as start-end:kind, sorted."""
    items = sorted(f"{k[0][0]}-{k[0][1]}:{k[1]}" for k in keys if len(k[0]) == 2)
    return " ".join(items)


def read_ledger(text: str | None) -> set[tuple[Any, ...]]:
    """The values a draft file says extract proposed before (none for a file without it)."""
    match = _LEDGER_RE.search(text or "")
    keys: set[tuple[Any, ...]] = set()
    for item in match.group(1).split() if match else []:
        span, _, kind = item.partition(":")
        start, _, end = span.partition("-")
        if start.isdigit() and end.isdigit() and kind:
            keys.add(((int(start), int(end)), kind))
    return keys


def merge(
    existing: dict[str, Any] | None, draft: Draft, drafted_before: set[tuple[Any, ...]]
) -> tuple[dict[str, Any], int, int, int]:
    """The file's data after the run: claims kept, added, and left out as deleted by an editor.

    A value drafted before that is no longer among the claims was removed by an editor, so
    it is not proposed again.
    """
    if existing is None:
        return draft.source, 0, len(draft.source["claims"]), 0
    data = dict(existing)
    kept = list(data.get("claims") or [])
    seen = {claim_key(c) for c in kept if isinstance(c, dict)}
    fresh = [c for c in draft.source["claims"] if claim_key(c) not in seen]
    new = [c for c in fresh if claim_key(c) not in drafted_before]
    claims = kept + new
    claims.sort(key=lambda c: tuple(c.get("offsets") or [1 << 62]) if isinstance(c, dict) else ())
    data["claims"] = claims
    return data, len(kept), len(new), len(fresh) - len(new)


def render(
    data: dict[str, Any], candidates: list[dict[str, Any]], drafted: set[tuple[Any, ...]]
) -> str:
    """The YAML text of a draft file; unassigned candidates follow as a commented list."""
    seen = {claim_key(c) for c in data.get("claims") or [] if isinstance(c, dict)}
    rest = [c for c in candidates if claim_key(c) not in seen]
    text = _HEADER + _LEDGER + ledger_text(drafted) + "\n" + dump_draft(data)
    if rest:
        lines = dump_draft(rest[:MAX_CANDIDATES]).splitlines()
        text += "\n" + _CANDIDATES + "".join(f"# {line}\n" for line in lines)
    if len(rest) > MAX_CANDIDATES:
        more = len(rest) - MAX_CANDIDATES
        text += f"# ... and {more:,} more (the first {MAX_CANDIDATES:,} are listed)\n"
    return text


def updated_draft(previous_text: str | None, draft: Draft) -> tuple[str, int, int, int]:
    """The draft file's new text from its previous text (None if new) and this run's draft.

    Also returns how many claims were kept as they were, added, and left out because an
    editor deleted them.
    """
    import yaml  # type: ignore[import-untyped]

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's: the same data, sooner
    existing = yaml.load(previous_text, Loader=loader) if previous_text else None
    before = read_ledger(previous_text)
    data, kept, added, deleted = merge(existing, draft, before)
    proposed = {claim_key(c) for c in draft.source["claims"]}
    return render(data, draft.candidates, before | proposed), kept, added, deleted
