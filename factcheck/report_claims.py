"""The claims of a report's topic rows, in parts: what many claims share, and their own fields.

A large case holds a million claims, which repeat a few thousand distinct statements: each
distinct claim, payload and topic assignment is worked out once, into a dict of a claim view's
fields (a template), and each claim adds only its own fields (source, line, group, …). The
report's rows hold these parts in a :class:`ClaimList`; views are made from them only for a
writer that reads them (the JSON writer writes the parts).
"""

from __future__ import annotations

from itertools import repeat
from operator import attrgetter, is_not
from typing import Any

from factcheck.engine.run import Finding
from factcheck.models.report import ClaimList, ClaimParts
from factcheck.models.source import Claim
from factcheck.normalize.claims import ClaimRef, NormalizedClaim
from factcheck.topics.grouping import Assignment, TopicRow
from factcheck.values.base import Payload

# What a claim view shows of its payload: stated, normalized, low, high, point, unit, also
_PayloadFields = tuple[str, str, str, str, str, str | None, list[str]]
# What it shows of its assignment: match, score, suggestion
_MatchFields = tuple[str, float, str | None]

_ref = attrgetter("ref")
_claim = attrgetter("claim")
_value = attrgetter("value")
_period = attrgetter("period")
_derived = attrgetter("derived_from")
_language = attrgetter("source.language")
_line = attrgetter("line")
_path = attrgetter("path")
_source = attrgetter("source")


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


class ClaimTemplates:
    """The templates of one report's claims, each worked out once for all its rows."""

    def __init__(self, assignments: dict[ClaimRef, Assignment], blank: dict[str, Any]) -> None:
        """``blank``: a dict of every field of a claim view, in sorted order, to copy."""
        self._assignments = assignments
        self._blank = blank
        self._payloads: dict[int, _PayloadFields] = {}
        self._matches: dict[int, _MatchFields] = {}
        self._templates: dict[tuple[int, int], dict[str, Any]] = {}

    def claims(self, row: TopicRow, conflict: Finding | None, apart: bool) -> ClaimList:
        """The claim views of ``row``, made when first read; ``conflict``: the finding whose
        groups number the row's claims."""

        def parts() -> ClaimParts:
            return self._parts(row.claims, conflict)

        return ClaimList(parts=parts, count=len(row.claims), apart=apart)

    def _parts(self, claims: tuple[NormalizedClaim, ...], conflict: Finding | None) -> ClaimParts:
        # column by column, each in C: a row may hold a hundred thousand claims
        group_of: dict[ClaimRef, int] = {}
        if conflict is not None:
            for index, group in enumerate(conflict.draft.groups, 1):
                group_of.update(zip(map(_ref, group.claims), repeat(index)))
        # claims and payloads live as long as the case: their ids stay theirs
        keys = list(zip(map(id, map(_claim, claims)), map(id, map(_value, claims)), strict=True))
        templates = self._templates
        missing = set(keys).difference(templates)
        if missing:
            first = dict(zip(keys, claims, strict=True))
            for key in missing:
                # a claim's assignment follows from the claim alone (its key or named topic)
                ref, claim, _, value, *_ = first[key]
                templates[key] = self._template(claim, value, ref)
        periods = list(map(_period, claims))
        keyed = {
            id(p): p.key if p is not None else None
            for p in dict(zip(map(id, periods), periods, strict=True)).values()
        }
        refs = list(map(_ref, claims))
        return list(map(templates.__getitem__, keys)), (
            map(is_not, map(_derived, claims), repeat(None)),
            map(group_of.get, refs) if group_of else repeat(None, len(refs)),
            map(_language, claims),
            map(_line, refs),
            map(_path, refs),
            map(keyed.__getitem__, map(id, periods)),
            map(_source, refs),
        )

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
