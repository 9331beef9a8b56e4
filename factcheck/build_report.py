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
from factcheck.values.registry import value_kind

STATUSES = ("new", "resolved", "accepted", "baselined")

_View = TypeVar("_View", bound=BaseModel)
_setattr = object.__setattr__


def _trusted(model: type[_View], **fields: Any) -> _View:
    """A view from values that already have its fields' types, every field given.

    What ``model_construct`` does without its per-field loop (pure Python, slower than the
    validation it skips): the report builds one of these per claim.
    """
    view = model.__new__(model)
    _setattr(view, "__dict__", fields)
    _setattr(view, "__pydantic_fields_set__", set(fields))
    _setattr(view, "__pydantic_extra__", None)
    _setattr(view, "__pydantic_private__", None)
    return view


def _claim_view(ctx: RuleContext, item: NormalizedClaim, group: int | None) -> ClaimView:
    claim = item.claim
    value = item.value
    assignment = ctx.grouping.assignments[item.ref]
    low, high = value.bounds()
    suggestion = None
    if assignment.suggestion:
        topic, score = assignment.suggestion
        suggestion = f"possibly the same topic as {topic} (score {score:g})"
    # every field below already has its model's type (a float score made sure of), so the
    # view is built without a second validation: the one per claim that dominated the report
    return _trusted(
        ClaimView,
        source=item.ref.source,
        language=item.language,
        subject=claim.subject,
        property=claim.property,
        value=value.stated,
        normalized=value.normalized,
        low=low,
        high=high,
        point=value.point(),
        unit=value.unit(),
        qualifier=claim.qualifier,
        period=item.period.key if item.period else None,
        as_of=claim.as_of,
        attribution=claim.attribution,
        quote=claim.quote,
        offsets=claim.offsets,
        note=claim.note,
        path=item.ref.path,
        line=item.ref.line,
        match=assignment.method,
        score=float(assignment.score),
        suggestion=suggestion,
        group=group,
        derived=item.derived_from is not None,
        scope=claim.scope,
        superseded=claim.superseded,
        also=[a.stated for a in value.also],
    )


def _topic_view(ctx: RuleContext, row: TopicRow, mine: list[Finding]) -> TopicView:
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
    claims = [_claim_view(ctx, c, group_of.get(c.ref)) for c in row.claims]
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


def _finding_view(finding: Finding, status: str, decision: Decision | None) -> FindingView:
    draft = finding.draft
    claims = [c for g in draft.groups for c in g.claims]
    locations = sorted(
        {(c.ref.source, c.ref.path, c.ref.line) for c in claims}, key=lambda t: (t[1], t[2])
    )
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
        sources=sorted({c.ref.source for c in claims}),
        message=finding.message,
        explanation=draft.explanation,
        hint=draft.hint,
        groups=[
            GroupView(
                value=g.label,
                normalized=g.key,
                sources=g.sources,
                claims=[
                    _trusted(Location, source=c.ref.source, path=c.ref.path, line=c.ref.line)
                    for c in g.claims
                ],
            )
            for g in draft.groups
        ],
        locations=[_trusted(Location, source=s, path=p, line=n) for s, p, n in locations],
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
    finding_views = [_finding_view(f, *statuses.get(f.id, ("new", None))) for f in findings]
    by_row: dict[str, list[Finding]] = {}
    for finding in findings:
        for row_id in dict.fromkeys(finding.draft.rows):
            by_row.setdefault(row_id, []).append(finding)
    topics = [_topic_view(ctx, row, by_row.get(row.id, [])) for row in ctx.grouping.rows]
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
