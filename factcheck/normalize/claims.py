"""Normalize every claim of a case: values to intervals, countries to codes, periods to days."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from factcheck.errors import FactcheckError, Problem
from factcheck.io.loader import Case
from factcheck.models.source import Claim, Source
from factcheck.models.values import AmountValue, CountValue, DateValue, SetValue, TextValue
from factcheck.normalize.dates import (
    CalendarDate,
    Period,
    date_interval,
    parse_period,
    resolve_date,
)
from factcheck.normalize.intervals import Interval
from factcheck.normalize.places import country_code
from factcheck.normalize.quantities import StatedQuantity, quantity_interval, stated_quantity
from factcheck.topics.similarity import match_key


@dataclass(frozen=True, order=True)
class ClaimRef:
    """Where a claim lives: source id, position in the file, path and line."""

    source: str
    index: int
    path: str = field(compare=False)
    line: int = field(compare=False)


@dataclass(frozen=True)
class Tolerances:
    """How far "about" reaches, as a fraction of the value, per value kind."""

    amount: Decimal = Decimal("0.05")
    count: Decimal = Decimal("0.1")


@dataclass(frozen=True)
class NormalizedClaim:
    """A claim with its comparable form: an interval, a set of codes or a text key."""

    ref: ClaimRef
    claim: Claim
    source: Source
    interval: Interval | None = None
    date: CalendarDate | None = None
    quantity: StatedQuantity | None = None
    members: frozenset[str] = frozenset()
    cardinality: Interval | None = None
    text_key: str | None = None
    period: Period | None = None
    derived_from: ClaimRef | None = None

    @property
    def kind(self) -> str:
        """The value kind: date, amount, count, set or text."""
        return self.claim.value.kind

    @property
    def language(self) -> str:
        """The source's language."""
        return self.source.language


def _period(claim: Claim, published: date) -> Period | None:
    return parse_period(claim.period, published) if claim.period else None


def normalize_claim(
    claim: Claim, source: Source, ref: ClaimRef, tolerances: Tolerances
) -> NormalizedClaim:
    """Normalize one claim of ``source`` (pure)."""
    value = claim.value
    period = _period(claim, source.published)
    base = {"ref": ref, "claim": claim, "source": source, "period": period}
    if isinstance(value, DateValue):
        stated = resolve_date(value, source.published)
        return NormalizedClaim(**base, date=stated, interval=date_interval(stated, claim.qualifier))
    if isinstance(value, AmountValue | CountValue):
        quantity = stated_quantity(value)
        tolerance = tolerances.amount if isinstance(value, AmountValue) else tolerances.count
        interval = quantity_interval(quantity, claim.qualifier, tolerance)
        return NormalizedClaim(**base, quantity=quantity, interval=interval)
    if isinstance(value, SetValue):
        members = frozenset(code for m in value.members if (code := country_code(m)))
        return NormalizedClaim(
            **base, members=members, cardinality=_cardinality(value, claim, members)
        )
    assert isinstance(value, TextValue)
    return NormalizedClaim(**base, text_key=match_key(value.text))


def _cardinality(value: SetValue, claim: Claim, members: frozenset[str]) -> Interval:
    """How many members the whole set has: exactly len for a complete list, else bounded below."""
    size = Decimal(len(members))
    if value.complete:
        return Interval(size, size)
    if value.count is None:
        return Interval(size, None)
    stated = StatedQuantity(Decimal(value.count), Decimal(0))
    bound = quantity_interval(stated, claim.qualifier, Tolerances().count)
    return bound.intersect(Interval(size, None)) or Interval(size, None)


def normalize_case(case: Case, tolerances: Tolerances) -> list[NormalizedClaim]:
    """Normalize every claim of every source, in source-id then file order.

    A value the models accept but the calendar cannot hold (a date "about" the year 1,
    "P9999Y" before a publication) is reported at its claim's line, with every other.
    """
    out: list[NormalizedClaim] = []
    problems: list[Problem] = []
    for item in sorted(case.sources, key=lambda s: s.source.id):
        pairs = zip(item.source.claims, item.claim_lines, strict=True)
        for index, (claim, line) in enumerate(pairs):
            ref = ClaimRef(item.source.id, index, item.path, line)
            try:
                out.append(normalize_claim(claim, item.source, ref, tolerances))
            except (ValueError, ArithmeticError, OverflowError):
                message = "the value is outside the calendar or number range factcheck handles"
                problems.append(Problem(item.path, line, message))
    if problems:
        raise FactcheckError(problems)
    return out
