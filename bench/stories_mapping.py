"""Gold claims as an editor would type them: a case folder in the claim format.

Every gold field that the claim format can hold goes into the claim; a gold claim that does
not validate is dropped from the case (and counted as not expressed) so that the rest can
still be analyzed.

Mapping (gold field -> claim file):
- ``qualifier`` copies over, except ``range``: the value gets ``min``/``max`` and the
  qualifier is ``exact``. ``attribution``, ``note``, ``quote``, ``period``, ``as_of`` (a date
  or a date-time, passed through as text), ``scope`` and ``superseded: true`` copy over;
  ``offsets`` are the quote's first occurrence in the article text after its header line.
- ``role: conversion`` (the article's own bracketed conversion of claim X) is no claim of its
  own: it becomes an entry of X's ``also:`` list (X's kind without ``kind:``, with its own
  qualifier). Its note joins X's note ("conversion: ..."); its quote and attribution have
  no place in an ``also`` entry and are left out (they repeat X's in the gold files).
- dates: ``precision: day|month|year`` -> ``{kind: date, date: ...}``; ``weekday`` ->
  ``{kind: date, weekday: <lower-case English name>}``; a list of dates -> a span
  ``{kind: date, min, max}``; a list of centuries (``unit: century``) -> a span of years
  (18th-19th century -> min 1701, max 1900).
- times ``"HH:MM"`` -> ``{kind: time, time, date (if given), zone (the gold tz, if given)}``.
- ``amount`` + ``currency`` -> ``{kind: amount, amount, currency}``.
- numbers by unit (see the tables below): percent (a unit starting with "percent"; what
  follows, as in "percent of annual GDP", goes into the note), duration (time units, in the
  singular), quantity (measurement units), else count (the unit names what is counted).
  ``{min, max}`` values give ``min``/``max``.
- lists: ISO 3166-1 alpha-2 codes -> ``{kind: set, of: country}``; ISO 3166-2 codes ->
  ``of: region``; anything else (names, numbers) -> ``of: name``, members as text, in the
  order and with the repetitions the gold gives (a list naming two necklaces names two).
  ``list_complete`` -> ``complete``.
- any other string -> ``{kind: text}``. A gold field not listed here makes the claim
  unexpressed, with the field named, rather than being dropped silently.
- every claim: ``subject`` = the story slug's first word, ``property`` = the topic id with
  spaces for underscores, explicit ``topic``.
- the catalog has a topic per gold topic that holds a written claim (a topic whose only
  claims are conversions has nothing to hold): kind of its first claim, label and property
  = the topic words, subject = the story's word, ``evolving: true`` when any of its gold
  claims carries ``as_of``. Sources: id = the article id lower-cased, title = the article's
  file name (no text copied), outlet, language, published (left out when unknown), kind news.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from stories_gold import GoldArticle, GoldClaim, GoldStory
from stories_values import MappingError, qualifier_of, unit_note, value_of

# Gold fields the mapping reads; any other field is reported, not dropped silently.
KNOWN_FIELDS = frozenset(
    {
        "id",
        "topic",
        "value",
        "unit",
        "qualifier",
        "quote",
        "precision",
        "attribution",
        "note",
        "as_of",
        "period",
        "scope",
        "superseded",
        "role",
        "conversion_of",
        "list_complete",
        "amount",
        "currency",
        "tz",
        "date",
    }
)
COPIED_FIELDS = ("period", "as_of", "scope", "attribution", "superseded", "quote")


@dataclass
class WrittenClaim:
    """A claim the bench writes: the gold ids it expresses (its own, then its conversions)."""

    gold_ids: tuple[str, ...]
    topic: str
    data: dict[str, Any]


@dataclass
class SourcePlan:
    """One source file of the case: its header and claims."""

    article: GoldArticle
    file_name: str
    header: dict[str, Any]
    claims: list[WrittenClaim]


@dataclass
class CasePlan:
    """The case folder to write, and the gold claims that could not be expressed."""

    spec: dict[str, Any]
    topics: list[dict[str, Any]]
    sources: list[SourcePlan]
    dropped: dict[str, str] = field(default_factory=dict)  # gold id -> why

    def written(self) -> list[WrittenClaim]:
        """Every claim still in the case."""
        return [c for s in self.sources for c in s.claims]


@dataclass(frozen=True)
class Validators:
    """Check one piece of the case on its own: the error text, or None when it is valid."""

    claim: Callable[[dict[str, Any]], str | None]
    source: Callable[[dict[str, Any]], str | None]
    topic: Callable[[dict[str, Any]], str | None]


def offsets_of(quote: str | None, text: str) -> list[int] | None:
    """Where the quote first occurs in the article text, as [start, end]; None if absent."""
    if not quote:
        return None
    start = text.find(quote)
    return [start, start + len(quote)] if start >= 0 else None


def _join_notes(*notes: str | None) -> str | None:
    kept = [n for n in notes if n]
    return "; ".join(kept) if kept else None


def claim_data(story: GoldStory, claim: GoldClaim, text: str) -> dict[str, Any]:
    """The claim file entry for a gold claim (without conversions); MappingError if none."""
    fields = claim.fields
    unknown = sorted(set(fields) - KNOWN_FIELDS)
    if unknown:
        raise MappingError(f"gold field(s) {', '.join(unknown)} have no place in a claim")
    data: dict[str, Any] = {
        "subject": subject_of(story),
        "property": words_of(claim.topic),
        "topic": claim.topic,
        "value": value_of(fields),
    }
    qualifier = qualifier_of(fields)
    if qualifier:
        data["qualifier"] = qualifier
    for key in COPIED_FIELDS:
        if fields.get(key) not in (None, False, ""):
            data[key] = fields[key] if isinstance(fields[key], bool) else str(fields[key])
    offsets = offsets_of(fields.get("quote"), text)
    if offsets:
        data["offsets"] = offsets
    note = _join_notes(fields.get("note"), unit_note(fields))
    if note:
        data["note"] = note
    return data


def also_entry(conversion: GoldClaim) -> dict[str, Any]:
    """An ``also:`` entry for an article's own conversion: its value without ``kind``."""
    entry = {k: v for k, v in value_of(conversion.fields).items() if k != "kind"}
    qualifier = qualifier_of(conversion.fields)
    if qualifier:
        entry["qualifier"] = qualifier
    return entry


def subject_of(story: GoldStory) -> str:
    """The subject every claim of the story carries: the first word of its slug."""
    return story.slug.split("-")[0]


def words_of(topic: str) -> str:
    """A topic id in words: underscores as spaces."""
    return topic.replace("_", " ").replace(".", " ")


def _add_conversion(holder: WrittenClaim, conversion: GoldClaim) -> None:
    holder.data.setdefault("value", {}).setdefault("also", []).append(also_entry(conversion))
    note = conversion.fields.get("note")
    if note:
        holder.data["note"] = _join_notes(holder.data.get("note"), f"conversion: {note}")
    holder.gold_ids = (*holder.gold_ids, conversion.id)


def _source_plan(story: GoldStory, article: GoldArticle, plan: CasePlan) -> SourcePlan:
    text = story.article_text(article)
    header: dict[str, Any] = {
        "id": article.id.lower(),
        "title": Path(article.file).stem,
        "outlet": article.outlet,
        "language": article.language,
    }
    if article.published:
        header["published"] = article.published
    header["kind"] = "news"
    written: dict[str, WrittenClaim] = {}
    for claim in article.claims:
        if claim.conversion_of and claim.conversion_of in story.claims:
            continue
        try:
            written[claim.id] = WrittenClaim(
                (claim.id,), claim.topic, claim_data(story, claim, text)
            )
        except MappingError as exc:
            plan.dropped[claim.id] = f"not expressible: {exc}"
    for claim in article.claims:
        holder_id = claim.conversion_of
        if holder_id is None or holder_id not in story.claims:
            continue
        if holder_id not in written:
            plan.dropped[claim.id] = f"its claim {holder_id} is not expressed"
            continue
        try:
            _add_conversion(written[holder_id], claim)
        except MappingError as exc:
            plan.dropped[claim.id] = f"not expressible: {exc}"
    return SourcePlan(article, f"{article.id.lower()}.yaml", header, list(written.values()))


def _topics(story: GoldStory, sources: list[SourcePlan]) -> list[dict[str, Any]]:
    evolving = {c.topic for c in story.claims.values() if c.fields.get("as_of")}
    kinds: dict[str, str] = {}
    for claim in (c for s in sources for c in s.claims):
        kinds.setdefault(claim.topic, claim.data["value"]["kind"])
    topics = []
    for topic in sorted(kinds):
        entry: dict[str, Any] = {
            "id": topic,
            "kind": kinds[topic],
            "label": words_of(topic),
            "subjects": [subject_of(story)],
            "properties": [words_of(topic)],
        }
        if topic in evolving:
            entry["evolving"] = True
        topics.append(entry)
    return topics


def build_plan(story: GoldStory) -> CasePlan:
    """The case an editor would type from the story's gold claims."""
    plan = CasePlan(spec={"title": story.slug}, topics=[], sources=[])
    if story.description:
        plan.spec["description"] = story.description
    plan.sources = [_source_plan(story, a, plan) for a in story.articles]
    plan.topics = _topics(story, plan.sources)
    return plan


def drop_claim(plan: CasePlan, claim: WrittenClaim, reason: str) -> None:
    """Take a claim out of the case; its gold ids (and conversions) count as not expressed."""
    for source in plan.sources:
        source.claims = [c for c in source.claims if c is not claim]
    for gold_id in claim.gold_ids:
        plan.dropped.setdefault(gold_id, reason)


def drop_topic(plan: CasePlan, topic_id: str, reason: str) -> None:
    """Take a catalog topic and every claim in it out of the case."""
    plan.topics = [t for t in plan.topics if t["id"] != topic_id]
    for claim in [c for c in plan.written() if c.topic == topic_id]:
        drop_claim(plan, claim, f"topic {topic_id}: {reason}")


def validate_plan(plan: CasePlan, check: Validators) -> None:
    """Drop every topic, source and claim that does not validate on its own.

    A source whose header does not validate is left out with all its claims.
    """
    for topic in list(plan.topics):
        error = check.topic(topic)
        if error:
            drop_topic(plan, topic["id"], error)
    for source in list(plan.sources):
        error = check.source({**source.header, "claims": []})
        if error:
            for claim in list(source.claims):
                drop_claim(plan, claim, f"source {source.header['id']}: {error}")
            plan.sources.remove(source)  # a file that cannot load would stop the whole case
            continue
        for claim in list(source.claims):
            claim_error = check.claim(claim.data)
            if claim_error:
                drop_claim(plan, claim, claim_error)


def _flow(data: dict[str, Any]) -> str:
    text = yaml.safe_dump(
        data, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10**9
    )
    return text.strip()


@dataclass(frozen=True)
class Written:
    """Where the bench wrote each claim and topic: (file name, line) -> what is there."""

    claims: dict[tuple[str, int], WrittenClaim]
    topics: dict[int, str]  # line in case.yaml -> topic id


def _block(data: dict[str, Any]) -> list[str]:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**9)
    return text.splitlines()


def case_text(plan: CasePlan) -> tuple[str, dict[int, str]]:
    """case.yaml: the title and description, one topic per line; and each topic's line."""
    lines = _block(plan.spec)
    topic_lines: dict[int, str] = {}
    lines.append("topics:" if plan.topics else "topics: []")
    for topic in plan.topics:
        lines.append(f"  - {_flow(topic)}")
        topic_lines[len(lines)] = topic["id"]
    return "\n".join(lines) + "\n", topic_lines


def source_text(source: SourcePlan) -> tuple[str, dict[int, WrittenClaim]]:
    """A source file: the header, then one claim per line; and each claim's line."""
    lines = _block(source.header)
    claim_lines: dict[int, WrittenClaim] = {}
    lines.append("claims:" if source.claims else "claims: []")
    for claim in source.claims:
        lines.append(f"  - {_flow(claim.data)}")
        claim_lines[len(lines)] = claim
    return "\n".join(lines) + "\n", claim_lines


def write_case(plan: CasePlan, folder: Path) -> Written:
    """Write the case into ``folder`` (emptied of earlier sources); say where everything is."""
    sources = folder / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for old in sources.glob("*.yaml"):
        old.unlink()
    text, topic_lines = case_text(plan)
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    claims: dict[tuple[str, int], WrittenClaim] = {}
    for source in plan.sources:
        text, claim_lines = source_text(source)
        (sources / source.file_name).write_text(text, encoding="utf-8")
        claims.update({(source.file_name, n): c for n, c in claim_lines.items()})
    return Written(claims, topic_lines)
