"""Assemble the Report the writers render, from the grouped claims and the findings."""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from factcheck import __version__
from factcheck.engine.context import RuleContext
from factcheck.engine.registry import KINDS
from factcheck.engine.run import Finding
from factcheck.io.loader import Case, LoadedSource
from factcheck.models.report import (
    SEVERITY_RANK,
    ClaimView,
    Decision,
    FindingView,
    GroupView,
    Location,
    Report,
    SourceView,
    StaleView,
    Summary,
    TopicView,
)
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import TopicRow
from factcheck.values.base import Payload
from factcheck.values.registry import value_kind

STATUSES = ("new", "resolved", "accepted", "baselined")

_View = TypeVar("_View", bound=BaseModel)
_setattr = object.__setattr__


# every field is given, so every view of a model has the same set of fields set: one set per
# model is shared (views are frozen, and pydantic copies the set before it changes one)
_FIELDS_SET: dict[type[BaseModel], set[str]] = {}


def _trusted(model: type[_View], **fields: Any) -> _View:
    """A view from values that already have its fields' types, every field given.

    What ``model_construct`` does without its per-field loop (pure Python, slower than the
    validation it skips): the report builds one of these per claim.
    """
    view = model.__new__(model)
    fields_set = _FIELDS_SET.get(model)
    if fields_set is None:
        fields_set = _FIELDS_SET[model] = set(model.model_fields)
    _setattr(view, "__dict__", fields)
    _setattr(view, "__pydantic_fields_set__", fields_set)
    _setattr(view, "__pydantic_extra__", None)
    _setattr(view, "__pydantic_private__", None)
    return view


# What a claim view shows of its payload: stated, normalized, low, high, point, unit, also
_PayloadFields = tuple[str, str, str, str, str, str | None, tuple[str, ...]]


def _payload_fields(value: Payload, seen: dict[int, _PayloadFields]) -> _PayloadFields:
    """The view fields of a payload, worked out once: claims that state the same value share
    one payload (see normalize), and its bounds and figure are formatted per call."""
    found = seen.get(id(value))  # payloads live as long as the case: their ids stay theirs
    if found is None:
        low, high = value.bounds()
        found = seen[id(value)] = (
            value.stated,
            value.normalized,
            low,
            high,
            value.point(),
            value.unit(),
            tuple(a.stated for a in value.also),
        )
    return found


def _claim_view(
    ctx: RuleContext,
    item: NormalizedClaim,
    group: int | None,
    seen: dict[int, _PayloadFields],
) -> ClaimView:
    claim = item.claim
    ref = item.ref
    assignment = ctx.grouping.assignments[ref]
    stated, normalized, low, high, point, unit, also = _payload_fields(item.value, seen)
    suggestion = None
    if assignment.suggestion:
        topic, score = assignment.suggestion
        suggestion = f"possibly the same topic as {topic} (score {score:g})"
    # every field below already has its model's type (a float score made sure of), so the
    # view is built without a second validation: the one per claim that dominated the report
    return _trusted(
        ClaimView,
        source=ref.source,
        language=item.source.language,
        subject=claim.subject,
        property=claim.property,
        value=stated,
        normalized=normalized,
        low=low,
        high=high,
        point=point,
        unit=unit,
        qualifier=claim.qualifier,
        period=item.period.key if item.period else None,
        as_of=claim.as_of,
        attribution=claim.attribution,
        quote=claim.quote,
        offsets=claim.offsets,
        note=claim.note,
        path=ref.path,
        line=ref.line,
        match=assignment.method,
        score=float(assignment.score),
        suggestion=suggestion,
        group=group,
        derived=item.derived_from is not None,
        scope=claim.scope,
        superseded=claim.superseded,
        also=list(also),
    )


def _topic_view(
    ctx: RuleContext, row: TopicRow, mine: list[Finding], seen: dict[int, _PayloadFields]
) -> TopicView:
    conflict = next((f for f in mine if KINDS[f.rule.spec.kind].agreement), None)
    group_of: dict[object, int] = {}
    if conflict is not None:
        for index, group in enumerate(conflict.draft.groups):
            for claim in group.claims:
                group_of[claim.ref] = index + 1
    sources = {c.ref.source for c in row.claims}
    verdict: Literal["agree", "conflict", "single", "unchecked"] = (
        "conflict" if conflict else ("single" if len(sources) == 1 else "agree")
    )
    if verdict == "agree" and not row.topic.checked:
        verdict = "unchecked"
    claims = [_claim_view(ctx, c, group_of.get(c.ref), seen) for c in row.claims]
    return TopicView(
        id=row.id,
        topic=row.topic.id,
        label=row.topic.label,
        kind=row.topic.kind,
        period=row.period.key if row.period else None,
        catalogued=row.topic.catalogued,
        verdict=verdict,
        findings=[f.id for f in mine],
        claims=claims,
        scope=row.scope,
        evolving=row.topic.evolving,
        axis=value_kind(row.topic.kind).axis,
    )


def _location(claim: NormalizedClaim, places: dict[int, Location]) -> Location:
    """The claim's place, one view per claim however many findings name it."""
    found = places.get(id(claim))  # claims live as long as the case: their ids stay theirs
    if found is None:
        ref = claim.ref
        found = places[id(claim)] = _trusted(
            Location, source=ref.source, path=ref.path, line=ref.line
        )
    return found


def _finding_view(
    finding: Finding, status: str, decision: Decision | None, places: dict[int, Location]
) -> FindingView:
    draft = finding.draft
    groups = [[_location(c, places) for c in g.claims] for g in draft.groups]
    # one per line (a line holds one source's claims), in file order
    located = {(loc.path, loc.line, loc.source): loc for group in groups for loc in group}
    return FindingView(
        id=finding.id,
        rule=finding.rule.spec.id,
        name=finding.rule.spec.name,
        kind=finding.rule.spec.kind,
        conflict=KINDS[finding.rule.spec.kind].conflict,
        severity=finding.severity,
        status=status,  # type: ignore[arg-type]
        topics=list(draft.topics),
        rows=list(draft.rows),
        sources=sorted(set().union(*(g.sources for g in draft.groups))),
        message=finding.message,
        explanation=draft.explanation,
        hint=draft.hint,
        groups=[
            GroupView(value=g.label, normalized=g.key, sources=g.sources, claims=claims)
            for g, claims in zip(draft.groups, groups, strict=True)
        ],
        locations=[located[key] for key in sorted(located)],
        decision=decision,
    )


def _source_view(item: LoadedSource) -> SourceView:
    source = item.source
    return SourceView(
        id=source.id,
        title=source.title,
        outlet=source.outlet,
        url=source.url,
        language=source.language,
        published=source.published or "",
        kind=source.kind,
        cites=source.cites,
        path=item.path,
        claims=len(source.claims),
    )


def summarize(
    sources: list[SourceView], topics: list[TopicView], findings: list[FindingView]
) -> Summary:
    """Counts for the top of a report, from exactly the items it shows."""
    severity: Counter[str] = Counter(f.severity for f in findings)
    status: Counter[str] = Counter(f.status for f in findings)
    return Summary(
        sources=len(sources),
        languages=sorted({s.language for s in sources}),
        claims=sum(len(t.claims) for t in topics),
        topics=len({t.topic for t in topics}),
        rows=len(topics),
        comparable=sum(1 for t in topics if len({c.source for c in t.claims}) > 1),
        unchecked=sum(1 for t in topics if t.verdict == "unchecked"),
        findings={"total": len(findings)},
        by_severity={k: severity.get(k, 0) for k in SEVERITY_RANK},
        by_status={k: status.get(k, 0) for k in STATUSES},
    )


def build_report(
    case: Case,
    ctx: RuleContext,
    findings: list[Finding],
    statuses: dict[str, tuple[str, Decision | None]],
    stale: list[StaleView],
) -> Report:
    """The full report; ``statuses`` maps finding id to (status, editor's decision)."""
    places: dict[int, Location] = {}
    finding_views = [_finding_view(f, *statuses.get(f.id, ("new", None)), places) for f in findings]
    by_row: dict[str, list[Finding]] = {}
    for finding in findings:
        for row_id in dict.fromkeys(finding.draft.rows):
            by_row.setdefault(row_id, []).append(finding)
    seen: dict[int, _PayloadFields] = {}
    topics = [_topic_view(ctx, row, by_row.get(row.id, []), seen) for row in ctx.grouping.rows]
    sources = sorted(case.sources, key=lambda s: s.source.id)
    source_views = [_source_view(s) for s in sources]
    return Report(
        tool="factcheck",
        version=__version__,
        case=str(case.root),
        title=case.spec.title,
        description=case.spec.description,
        sources=source_views,
        topics=topics,
        findings=finding_views,
        stale=stale,
        summary=summarize(source_views, topics, finding_views),
    )
