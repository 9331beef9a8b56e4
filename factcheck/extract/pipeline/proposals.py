"""The catalog topic discovery proposes, written into case.yaml for an editor to review.

New topics are added as ``proposed: true`` entries at the end of the catalog; topics already
in the file, proposed or not, are never rewritten, so what an editor changed there stays.
A topic an editor deletes stays deleted: the file's 'proposed' line records every topic
extract has proposed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import yaml

from factcheck.extract.pipeline.draft import ProposedTopic
from factcheck.extract.pipeline.draft_yaml import dump_draft

# libyaml's loader: the same data and marks as PyYAML's own, several times sooner
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LEDGER = "# proposed: "
_LEDGER_RE = re.compile(r"^# proposed: (.*)$", re.MULTILINE)
_NOTE = (
    "# Topics marked proposed were found by `factcheck extract` in the articles. Check each\n"
    "# one (label, kind, evolving), then delete its 'proposed' line to confirm it. A topic\n"
    "# marked by_kind was grouped by the kind of value alone, with no word naming it: its\n"
    "# figures may be about different things, and it is not checked until confirmed.\n"
)


def merge_proposals(
    topics: Iterable[ProposedTopic],
) -> dict[str, ProposedTopic]:
    """Every article's proposals of a run, one per topic id, words pooled."""
    out: dict[str, ProposedTopic] = {}
    for topic in topics:
        if topic.id in out:
            out[topic.id].merge(topic)
        else:
            out[topic.id] = ProposedTopic(
                topic.id, topic.kind, topic.label, topic.evolving, set(topic.words)
            )
    return out


def _entry(topic: ProposedTopic) -> dict[str, object]:
    words = sorted(topic.words)[:12] or [topic.label.lower()]
    entry: dict[str, object] = {"id": topic.id, "kind": topic.kind, "label": topic.label}
    if topic.evolving:
        entry["evolving"] = True
    entry["proposed"] = True
    if not topic.words:
        entry["by_kind"] = True
    entry["subjects"] = [topic.label]
    entry["properties"] = words
    return entry


def _items(topics: list[ProposedTopic], indent: str) -> str:
    text = dump_draft([_entry(t) for t in topics])
    return "".join(f"{indent}{line}\n" for line in text.splitlines())


def _ledger(text: str) -> set[str]:
    match = _LEDGER_RE.search(text)
    return set(match.group(1).split()) if match else set()


def updated_case_text(
    existing: str | None, title: str, proposals: dict[str, ProposedTopic]
) -> tuple[str, int]:
    """case.yaml with the proposals it lacks added; (new text, topics added).

    ``existing`` is the file's text (None when the case is new). Topics the file holds, and
    topics proposed before that an editor has since deleted, are left alone.
    """
    if existing is None:
        fresh = sorted(proposals.values(), key=lambda t: t.id)
        head = dump_draft({"title": title}) + _NOTE
        body = "topics:\n" + _items(fresh, "  ") if fresh else "topics: []\n"
        ledger = _LEDGER + " ".join(t.id for t in fresh) + "\n"
        return head + body + ledger, len(fresh)
    data = yaml.load(existing, Loader=_LOADER) or {}
    present = {str(t.get("id")) for t in (data.get("topics") or []) if isinstance(t, dict)}
    before = _ledger(existing)
    new = sorted(
        (t for t in proposals.values() if t.id not in present and t.id not in before),
        key=lambda t: t.id,
    )
    if not new:
        return existing, 0
    text = _LEDGER_RE.sub("", existing).rstrip("\n") + "\n"
    text = _insert_topics(text, new)
    ledger = " ".join(sorted(before | {t.id for t in new}))
    return text.rstrip("\n") + "\n" + _LEDGER + ledger + "\n", len(new)


def _insert_topics(text: str, new: list[ProposedTopic]) -> str:
    """Add ``new`` to the file's topics list, after its last item (or as a new list)."""
    root = yaml.compose(text, Loader=_LOADER)
    pair = None
    if isinstance(root, yaml.MappingNode):
        pair = next((kv for kv in root.value if getattr(kv[0], "value", None) == "topics"), None)
    if pair is None:
        return text + _NOTE + "topics:\n" + _items(new, "  ")
    key, node = pair
    if isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        first = node.value[0]
        indent = " " * max(0, first.start_mark.column - 2)
        lines = text.splitlines(keepends=True)
        end = node.end_mark.line if node.end_mark.column == 0 else node.end_mark.line + 1
        return "".join(lines[:end]) + _items(new, indent) + "".join(lines[end:])
    # "topics: [...]" or "topics:" with nothing: the list is rewritten in block style
    items = yaml.load(text[node.start_mark.index : node.end_mark.index], Loader=_LOADER) or []
    old = "".join(f"  {line}\n" for line in dump_draft(items).splitlines()) if items else ""
    block = "topics:\n" + old + _items(new, "  ")
    return text[: key.start_mark.index] + block.rstrip("\n") + text[node.end_mark.index :]
