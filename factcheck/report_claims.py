"""The claims of a report's topic rows: each claim view's fields, made as they are read.

A large case holds a million claims, which repeat a few thousand distinct statements: each
distinct claim, payload and topic assignment is worked out once, into a dict of a claim view's
fields (a template), which each claim copies and adds its own fields to (source, line, group,
…). The report's rows hold these in a :class:`ClaimList`: views are made only for a writer
that reads them, and the JSON writer encodes the fields a batch at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import repeat
from operator import attrgetter
from typing import Any

from factcheck.engine.run import Finding
from factcheck.models.report import ClaimList
from factcheck.models.source import Claim
from factcheck.normalize.claims import ClaimRef, NormalizedClaim
from factcheck.topics.grouping import Assignment, TopicRow
from factcheck.values.base import Payload

# What a claim view shows of its payload: stated, normalized, low, high, point, unit, also
_PayloadFields = tuple[str, str, str, str, str, str | None, list[str]]
# What it shows of its assignment: match, score, suggestion
_MatchFields = tuple[str, float, str | None]

_ref = attrgetter("ref")


def _payload_fields(value: Payload) -> _PayloadFields:
    """The view fields of a payload: claims that state the same value share one payload (see
    normalize), and its bounds and figure are formatted per call. Views that share a
    payload share its ``also`` list too (views are read, never changed)."""
    low, high = value.bounds()
    also = [a.stated for a in value.also]
    return value.stated, value.normalized, low, high, value.point(), value.unit(), also


def _match_fields(assignment: Assignment) -> _MatchFields:
    suggestion = None
    if assignment.suggestion:
        topic, score = assignment.suggestion
        suggestion = f"possibly the same topic as {topic} (score {score:g})"
    return assignment.method, float(assignment.score), suggestion


class SortedFields:
    """Claim view fields whose keys are each in sorted order, as a writer that sorts keys
    would write them: it may leave out the sort."""

    __slots__ = ("_fields",)

    def __init__(self, fields: Iterator[dict[str, Any]]) -> None:
        """``fields``: each claim's fields."""
        self._fields = fields

    def __iter__(self) -> Iterator[dict[str, Any]]:
        """The fields themselves, read without a call here per claim."""
        return self._fields

    def __next__(self) -> dict[str, Any]:
        """The next claim's fields."""
        return next(self._fields)


class ClaimTemplates:
    """The templates of one report's claims, each worked out once for all its rows."""

    def __init__(self, assignments: dict[ClaimRef, Assignment], blank: dict[str, Any]) -> None:
        """``blank``: a dict of every field of a claim view, in sorted order, to copy."""
        self._assignments = assignments
        # in sorted order, so that the fields of every claim are (see SortedFields)
        self._blank = dict(sorted(blank.items())) if list(blank) != sorted(blank) else blank
        self._payloads: dict[int, _PayloadFields] = {}
        self._matches: dict[int, _MatchFields] = {}
        self._templates: dict[tuple[int, int], dict[str, Any]] = {}

    def claims(self, row: TopicRow, conflict: Finding | None, apart: bool) -> ClaimList:
        """The claim views of ``row``, made when first read; ``conflict``: the finding whose
        groups number the row's claims."""

        def fields() -> SortedFields:
            return SortedFields(self._fields(row.claims, conflict))

        return ClaimList(fields=fields, count=len(row.claims), apart=apart)

    def _fields(
        self, claims: tuple[NormalizedClaim, ...], conflict: Finding | None
    ) -> Iterator[dict[str, Any]]:
        """Each claim's view fields: its template's, with its own filled in."""
        group_of: dict[ClaimRef, int] = {}
        if conflict is not None:
            for index, group in enumerate(conflict.draft.groups, 1):
                group_of.update(zip(map(_ref, group.claims), repeat(index)))
        templates = self._templates
        get = templates.get
        for ref, claim, source, value, period, _, derived_from in claims:
            # claims and payloads live as long as the case: their ids stay theirs; a claim's
            # assignment follows from the claim alone (its key or its named topic)
            key = (id(claim), id(value))
            template = get(key)
            if template is None:
                template = templates[key] = self._template(claim, value, ref)
            fields = template.copy()
            fields["source"] = ref.source
            fields["language"] = source.language
            fields["period"] = period.key if period else None
            fields["path"] = ref.path
            fields["line"] = ref.line
            fields["group"] = group_of.get(ref) if group_of else None
            fields["derived"] = derived_from is not None
            yield fields

    def _template(self, claim: Claim, value: Payload, ref: ClaimRef) -> dict[str, Any]:
        """The fields of a claim view that a claim, its payload and its assignment give."""
        shown = self._payloads.get(id(value))
        if shown is None:
            shown = self._payloads[id(value)] = _payload_fields(value)
        assignment = self._assignments[ref]
        matched = self._matches.get(id(assignment))
        if matched is None:
            matched = self._matches[id(assignment)] = _match_fields(assignment)
        stated, normalized, low, high, point, unit, also = shown
        match, score, suggestion = matched
        fields = self._blank.copy()
        fields["subject"] = claim.subject
        fields["property"] = claim.property
        fields["value"] = stated
        fields["normalized"] = normalized
        fields["low"] = low
        fields["high"] = high
        fields["point"] = point
        fields["unit"] = unit
        fields["qualifier"] = claim.qualifier
        fields["as_of"] = claim.as_of
        fields["attribution"] = claim.attribution
        fields["quote"] = claim.quote
        fields["offsets"] = claim.offsets
        fields["note"] = claim.note
        fields["match"] = match
        fields["score"] = score
        fields["suggestion"] = suggestion
        fields["scope"] = claim.scope
        fields["superseded"] = claim.superseded
        fields["also"] = also
        return fields
