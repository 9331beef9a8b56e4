"""Normalize every claim of a case: each value kind turns its value into a payload."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from functools import partial
from itertools import compress, repeat
from operator import attrgetter, is_, itemgetter
from typing import Any, NamedTuple

from factcheck.errors import FactcheckError, Problem
from factcheck.io.loader import Case
from factcheck.models.source import Claim, Source
from factcheck.values.base import NormalizeContext, Payload
from factcheck.values.calendar import Moment, Period, parse_moment, parse_period
from factcheck.values.registry import KINDS


# A case holds one of each of the two below per claim, and every stage looks them up, hashes
# and sorts them: as tuples they are built, hashed and compared in C, and hold no dict.
class ClaimRef(NamedTuple):
    """Where a claim lives: source id, position in the file, path and line.

    Source id and index name a claim alone in a case, so the path and line that follow them
    never decide an order or an equality.
    """

    source: str
    index: int  # type: ignore[assignment]  # a field, where a tuple has a method
    path: str
    line: int


# ClaimRef's order (source id, then index) as a sort key of claims: the reference itself,
# which is already a tuple (no new one per claim), and whose path and line never decide
# between two claims (a source id and index name one claim, with its one path and line)
claim_order = attrgetter("ref")


class NormalizedClaim(NamedTuple):
    """A claim with its normalized value (a payload of its kind), period and time."""

    ref: ClaimRef
    claim: Claim
    source: Source
    value: Payload
    period: Period | None = None
    when: Moment | None = None  # when the figure held: its as_of, else the publication
    derived_from: ClaimRef | None = None

    @property
    def kind(self) -> str:
        """The value kind's name."""
        return self.claim.value.kind

    @property
    def language(self) -> str:
        """The source's language."""
        return self.source.language


def tolerances_by_kind(overrides: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """How far "about" reaches per value kind: each kind's default, changed by the rules."""
    return {name: overrides.get(name, kind.about_tolerance) for name, kind in KINDS.items()}


def reference_day(case: Case) -> date | None:
    """The day undated sources are read on: the earliest publication day in the case."""
    days = [m.first_day for s in case.sources if (m := s.source.published_moment) is not None]
    return min(days) if days else None


class _Memo:
    """Results already computed in this case, by the inputs they depend on alone.

    Sources repeat each other's figures, dates and periods (that is what a case compares),
    and every result is immutable, so a repeated input reuses the first result.
    """

    def __init__(
        self,
        tolerances: Mapping[str, Decimal],
        timezone: str | None = None,
        fallback_day: date | None = None,
    ) -> None:
        self.tolerances = tolerances
        self.timezone = timezone
        self.fallback_day = fallback_day
        self.contexts: dict[tuple[str, str, Moment | None], NormalizeContext] = {}
        self.payloads: dict[tuple[object, ...], Payload] = {}
        self.shared: dict[tuple[int, int], Payload] = {}
        self.kept: list[object] = []
        self.periods: dict[tuple[str, Moment | None], Period] = {}
        self.moments: dict[str, Moment] = {}

    def context(self, kind: str, qualifier: str, published: Moment | None) -> NormalizeContext:
        """The context a value of ``kind`` stated with ``qualifier`` is normalized in.

        A claim's context depends on it only through its kind and qualifier: there is one per
        publication time and kind-qualifier pair, not one per claim, and each is one object.
        """
        key = (kind, qualifier, published)
        found = self.contexts.get(key)
        if found is None:
            value_kind = KINDS[kind]
            found = self.contexts[key] = NormalizeContext(
                qualifier=qualifier,
                published=published,
                reference_day=self.fallback_day,
                tolerance=self.tolerances.get(kind, value_kind.about_tolerance),
                timezone=self.timezone,
            )
        return found

    def payload(self, claim: Claim, ctx: NormalizeContext) -> Payload:
        """The claim's value normalized in ``ctx`` (one of :meth:`context`'s).

        Keyed by the value's fields as their repr spells them, not by model equality: 1.5
        and 1.50 are equal figures but stated differently; and by the context's identity,
        which stands for its equality here.
        """
        value = claim.value
        # claims that repeat a stated value share its model (see models.shared): looked up
        # first by identity, which the case keeps alive, before the value is serialized
        shared = (id(value), id(ctx))
        found = self.shared.get(shared)
        if found is not None:
            return found
        # not the value's own JSON: that builds a serializer for each kind, whose models
        # were validated as part of their source's
        key = (type(value), repr(value.__dict__), id(ctx))
        found = self.payloads.get(key)
        if found is None:
            found = self.payloads[key] = KINDS[value.kind].normalize(value, ctx)
        self.shared[shared] = found
        self.kept.append(value)  # its id stays its own while the memo lives
        return found

    def period(self, text: str, published: Moment | None) -> Period:
        """``parse_period`` of ``text`` read at ``published``."""
        key = (text, published)
        found = self.periods.get(key)
        if found is None:
            found = self.periods[key] = parse_period(text, published)
        return found

    def moment(self, text: str) -> Moment:
        """``parse_moment`` of ``text``."""
        found = self.moments.get(text)
        if found is None:
            found = self.moments[text] = parse_moment(text)
        return found


def normalize_claim(
    claim: Claim,
    source: Source,
    ref: ClaimRef,
    tolerances: Mapping[str, Decimal],
    timezone: str | None = None,
    fallback_day: date | None = None,
) -> NormalizedClaim:
    """Normalize one claim of ``source`` (pure)."""
    memo = _Memo(tolerances, timezone, fallback_day)
    published = source.published_moment
    ctx = memo.context(claim.value.kind, claim.qualifier, published)
    return _normalize(claim, source, ref, published, ctx, memo)


def _normalize(
    claim: Claim,
    source: Source,
    ref: ClaimRef,
    published: Moment | None,
    ctx: NormalizeContext,
    memo: _Memo,
) -> NormalizedClaim:
    return NormalizedClaim(
        ref,
        claim,
        source,
        memo.payload(claim, ctx),
        memo.period(claim.period, published) if claim.period else None,
        memo.moment(claim.as_of) if claim.as_of else published,
    )


def normalize_case(case: Case, tolerances: Mapping[str, Decimal]) -> list[NormalizedClaim]:
    """Normalize every claim of every source, in source-id then file order.

    A value the models accept but the calendar cannot hold (a date "about" the year 1,
    "P9999Y" before a publication) is reported at its claim's line, with every other.
    """
    out: list[NormalizedClaim] = []
    problems: list[Problem] = []
    memo = _Memo(tolerances, case.spec.timezone, reference_day(case))
    # A claim's payload, period and time depend on it and its source's publication alone,
    # and sources that state a claim word for word share it (see models.shared): worked out
    # once per claim and publication. Claims live as long as the case, so their ids stay.
    done: dict[Moment | None, dict[int, tuple[Payload, Period | None, Moment | None]]] = {}
    for item in sorted(case.sources, key=lambda s: s.source.id):
        source = item.source
        source_id = source.id
        published = source.published_moment  # parsed once per source, not per claim
        # the source's contexts by kind and qualifier: looked up by two strings per claim
        contexts: dict[tuple[str, str], NormalizeContext] = {}
        seen = done.setdefault(published, {})
        claims = source.claims
        lines = item.claim_lines
        if len(lines) != len(claims):
            raise ValueError("a source's claims and their lines differ in number")
        refs = list(
            map(
                _new_ref,
                zip(repeat(source_id), range(len(claims)), repeat(item.path), lines, strict=False),
            )
        )
        # claims already worked out are looked up in C; the rest are worked out in order
        found: list[Any] = list(map(seen.get, map(id, claims)))
        for index in compress(range(len(found)), map(is_, found, repeat(None))):
            claim = claims[index]
            done_before = seen.get(id(claim))  # the same claim earlier in this source
            if done_before is not None:
                found[index] = done_before
                continue
            try:
                pair = (claim.value.kind, claim.qualifier)
                ctx = contexts.get(pair)
                if ctx is None:
                    ctx = contexts[pair] = memo.context(*pair, published)
                normalized = _normalize(claim, source, refs[index], published, ctx, memo)
            except (ValueError, ArithmeticError, OverflowError):
                message = "the value is outside the calendar or number range factcheck handles"
                problems.append(Problem(item.path, lines[index], message))
                continue
            found[index] = seen[id(claim)] = (normalized.value, normalized.period, normalized.when)
        if problems:
            continue  # the case is reported, not normalized
        rows = zip(
            refs,
            claims,
            repeat(source),
            map(_payload_of, found),
            map(_period_of, found),
            map(_when_of, found),
            repeat(None),
            strict=False,
        )
        out.extend(map(_new_claim, rows))
    if problems:
        raise FactcheckError(problems)
    return out


# claims and their references are built from tuples in C, not one Python call per claim
_new_ref = partial(tuple.__new__, ClaimRef)
_new_claim = partial(tuple.__new__, NormalizedClaim)
_payload_of = itemgetter(0)
_period_of = itemgetter(1)
_when_of = itemgetter(2)
