"""Assemble the Report the writers render, from the grouped claims and the findings."""

from __future__ import annotations

from collections import Counter
from itertools import chain, repeat
from operator import attrgetter, ne
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from factcheck import __version__
from factcheck.engine.context import RuleContext
from factcheck.engine.findings import one_source
from factcheck.engine.registry import KINDS
from factcheck.engine.run import Finding
from factcheck.io.loader import Case, LoadedSource
from factcheck.models.report import (
    SEVERITY_RANK,
    ClaimList,
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
from factcheck.report_claims import ClaimTemplates
from factcheck.topics.grouping import TopicRow
from factcheck.values.base import no_unconverted
from factcheck.values.registry import value_kind

STATUSES = ("new", "resolved", "accepted", "baselined")

_View = TypeVar("_View", bound=BaseModel)
_setattr = object.__setattr__
_ref = attrgetter("ref")


# every field is given, so every view of a model has the same set of fields set: one set per
# model is shared (views are frozen, and pydantic copies the set before it changes one)
_FIELDS_SET: dict[type[BaseModel], set[str]] = {}


def _fields_set(model: type[BaseModel]) -> set[str]:
    found = _FIELDS_SET.get(model)
    if found is None:
        found = _FIELDS_SET[model] = set(model.model_fields)
    return found


# One instance dict per model whose every field is set: a copy of it shares its keys with
# it (CPython's key-sharing dict holds only the values), a third of the size of a dict built
# whole, for a view of which a large report holds millions.
_BLANKS: dict[type[BaseModel], dict[str, Any]] = {}


def _blank(model: type[BaseModel]) -> dict[str, Any]:
    """A dict of every field of ``model`` to copy and fill in, field by field."""
    found = _BLANKS.get(model)
    if found is None:
        holder = model.__new__(model)
        # in sorted order, the order the JSON writer writes them in: orjson's sort of each
        # view's keys then finds them sorted already
        for name in sorted(model.model_fields):
            _setattr(holder, name, None)
        found = _BLANKS[model] = holder.__dict__
    return found


def _view(model: type[_View], fields_set: set[str], fields: dict[str, Any]) -> _View:
    """A view from values that already have its fields' types, every field given: what
    ``model_construct`` does without its per-field loop (pure Python, slower than the
    validation it skips)."""
    view = model.__new__(model)
    _setattr(view, "__dict__", fields)
    _setattr(view, "__pydantic_fields_set__", fields_set)
    _setattr(view, "__pydantic_extra__", None)
    _setattr(view, "__pydantic_private__", None)
    return view


def _topic_view(row: TopicRow, mine: list[Finding], templates: ClaimTemplates) -> TopicView:
    conflict = next((f for f in mine if KINDS[f.rule.spec.kind].agreement), None)
    single = one_source(row.claims)
    verdict: Literal["agree", "conflict", "single", "unchecked"] = (
        "conflict" if conflict else ("single" if single else "agree")
    )
    if verdict == "agree" and not row.topic.checked:
        verdict = "unchecked"
    # every field has its model's type already: validation would check each of the row's
    # claim views again, a hundred thousand in a large case
    fields = _blank(TopicView).copy()
    fields["id"] = row.id
    fields["topic"] = row.topic.id
    fields["label"] = row.topic.label
    fields["kind"] = row.topic.kind
    fields["period"] = row.period.key if row.period else None
    fields["catalogued"] = row.topic.catalogued
    fields["verdict"] = verdict
    fields["findings"] = [f.id for f in mine]
    fields["claims"] = templates.claims(row, conflict, apart=bool(row.claims) and not single)
    fields["scope"] = row.scope
    fields["evolving"] = row.topic.evolving
    fields["axis"] = value_kind(row.topic.kind).axis
    return _view(TopicView, _fields_set(TopicView), fields)


def _locations(
    claims: tuple[NormalizedClaim, ...],
    places: dict[tuple[str, int, str], Location],
    located: dict[tuple[str, int, str], Location],
) -> list[Location]:
    """The claims' places, one view per place however many claims and findings name it (a
    line of JSON Lines holds a whole source); each is also entered in ``located`` by (path,
    line, source)."""
    fields_set = _fields_set(Location)
    blank = _blank(Location)
    out = []
    for claim in claims:
        ref = claim.ref
        key = (ref.path, ref.line, ref.source)
        found = places.get(key)
        if found is None:
            fields = blank.copy()
            fields["source"] = ref.source
            fields["path"] = ref.path
            fields["line"] = ref.line
            found = places[key] = _view(Location, fields_set, fields)
        located[key] = found
        out.append(found)
    return out


def _finding_view(
    finding: Finding,
    status: str,
    decision: Decision | None,
    places: dict[tuple[str, int, str], Location],
) -> FindingView:
    draft = finding.draft
    # one per line (a line holds one source's claims), in file order
    located: dict[tuple[str, int, str], Location] = {}
    groups = [_locations(g.claims, places, located) for g in draft.groups]
    spec = finding.rule.spec
    # every field has its model's type already: a large finding's groups list a hundred
    # thousand places, which validation would check again one by one
    group_set = _fields_set(GroupView)
    group_blank = _blank(GroupView)
    group_views = []
    for group, claims in zip(draft.groups, groups, strict=True):
        fields = group_blank.copy()
        fields["value"] = group.label
        fields["normalized"] = group.key
        fields["sources"] = list(group.sources)
        fields["claims"] = claims
        group_views.append(_view(GroupView, group_set, fields))
    fields = _blank(FindingView).copy()
    fields["id"] = finding.id
    fields["rule"] = spec.id
    fields["name"] = spec.name
    fields["kind"] = spec.kind
    fields["conflict"] = KINDS[spec.kind].conflict
    fields["severity"] = finding.severity
    fields["status"] = status
    fields["topics"] = list(draft.topics)
    fields["rows"] = list(draft.rows)
    # each group's sources are sorted: their runs merge, where a set's order is sorted anew
    fields["sources"] = sorted(dict.fromkeys(chain.from_iterable(g.sources for g in draft.groups)))
    fields["message"] = finding.message
    fields["explanation"] = draft.explanation
    fields["hint"] = draft.hint
    fields["groups"] = group_views
    fields["locations"] = [located[key] for key in sorted(located)]
    fields["decision"] = decision
    return _view(FindingView, _fields_set(FindingView), fields)


def _source_view(item: LoadedSource) -> SourceView:
    source = item.source
    # from a validated source: validating the view would first build its model's validator
    return SourceView.model_construct(
        id=source.id,
        title=source.title,
        outlet=source.outlet,
        url=source.url,
        language=source.language,
        published=source.published or "",
        kind=source.kind,
        cites=list(source.cites),
        path=item.path,
        claims=len(source.claims),
    )


def _sources_apart(claims: list[ClaimView]) -> bool:
    """True when the claims come from more than one source (read up to a second one)."""
    if isinstance(claims, ClaimList):
        return claims.sources_apart()
    return bool(claims) and any(map(ne, map(_source, claims), repeat(claims[0].source)))


_source = attrgetter("source")


def summarize(
    sources: list[SourceView],
    topics: list[TopicView],
    findings: list[FindingView],
    unconverted: list[str] | None = None,
) -> Summary:
    """Counts for the top of a report, from exactly the items it shows, and the currencies
    (``unconverted``, "FROM/TO") whose amounts no rate let it compare."""
    severity: Counter[str] = Counter(f.severity for f in findings)
    status: Counter[str] = Counter(f.status for f in findings)
    # every field given with its type: validating would first build the model's validator
    return Summary.model_construct(
        sources=len(sources),
        languages=sorted({s.language for s in sources}),
        claims=sum(len(t.claims) for t in topics),
        topics=len({t.topic for t in topics}),
        rows=len(topics),
        comparable=sum(1 for t in topics if _sources_apart(t.claims)),
        unchecked=sum(1 for t in topics if t.verdict == "unchecked"),
        findings={"total": len(findings)},
        by_severity={k: severity.get(k, 0) for k in SEVERITY_RANK},
        by_status={k: status.get(k, 0) for k in STATUSES},
        unconverted=unconverted or [],
    )


def unconverted_units(ctx: RuleContext) -> list[str]:
    """Every "FROM/TO" of the case's rows that nothing converts (a currency with no rate)."""
    found: set[str] = set()
    for row in ctx.grouping.rows:
        kind = value_kind(row.topic.kind)
        if kind.unconverted is not no_unconverted:
            found.update(kind.unconverted([c.value for c in row.claims], ctx.env))
    return sorted(found)


def build_report(
    case: Case,
    ctx: RuleContext,
    findings: list[Finding],
    statuses: dict[str, tuple[str, Decision | None]],
    stale: list[StaleView],
) -> Report:
    """The full report; ``statuses`` maps finding id to (status, editor's decision)."""
    places: dict[tuple[str, int, str], Location] = {}
    finding_views = [_finding_view(f, *statuses.get(f.id, ("new", None)), places) for f in findings]
    by_row: dict[str, list[Finding]] = {}
    for finding in findings:
        for row_id in dict.fromkeys(finding.draft.rows):
            by_row.setdefault(row_id, []).append(finding)
    templates = ClaimTemplates(ctx.grouping.assignments, _blank(ClaimView))
    topics = [_topic_view(row, by_row.get(row.id, []), templates) for row in ctx.grouping.rows]
    sources = sorted(case.sources, key=lambda s: s.source.id)
    source_views = [_source_view(s) for s in sources]
    # every part is a view of its model already: validating the whole would first build
    # the validator of every view model, a good part of comparing a small case
    fields = _blank(Report).copy()
    fields["tool"] = "factcheck"
    fields["version"] = __version__
    fields["case"] = str(case.root)
    fields["title"] = case.spec.title
    fields["description"] = case.spec.description
    fields["sources"] = source_views
    fields["topics"] = topics
    fields["findings"] = finding_views
    fields["stale"] = stale
    fields["summary"] = summarize(source_views, topics, finding_views, unconverted_units(ctx))
    return _view(Report, _fields_set(Report), fields)
