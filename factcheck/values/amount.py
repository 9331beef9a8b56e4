"""amount: a sum of money — a figure or range, an optional scale word and an ISO 4217 currency.

Amounts in different currencies compare in the currency most of a row's claims use, at
the rates the case declares, else at the ECB reference rate of each source's publication
day; a finding says which rate it used.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import cache
from operator import attrgetter, itemgetter
from typing import Literal, cast

from pydantic import Field, field_validator

from factcheck.models.base import empty_list
from factcheck.values.base import BaseValue, CompareEnv, NormalizeContext, Span, ValueKind
from factcheck.values.figures import SCALE_FACTORS, format_number, written
from factcheck.values.intervals import Interval, stabbing_groups
from factcheck.values.numeric import AlsoQualifier, Bounded, Figure, numeric_span

Scale = Literal["thousand", "million", "billion", "trillion"]


@cache
def _currency_codes() -> frozenset[str]:
    # kept in the cache folder: importing pycountry and reading its table costs more than
    # loading a small case
    from factcheck.cache.tables import kept

    return frozenset(kept("currency-codes", "iso4217", ("pycountry",), (), _iso_currency_codes))


def _iso_currency_codes() -> list[str]:
    import pycountry

    return sorted(c.alpha_3 for c in pycountry.currencies)


def is_currency_code(code: str) -> bool:
    """True when ``code`` is an active ISO 4217 alphabetic code."""
    return code in _currency_codes()


class AmountFigure(Figure):
    """The figure, scale and currency of an amount (also of its conversions)."""

    FIGURE = "amount"

    amount: Decimal | None = Bounded
    scale: Scale | None = None
    currency: str

    @field_validator("currency")
    @classmethod
    def _iso_currency(cls, value: str) -> str:
        if not is_currency_code(value):
            raise ValueError(f"'{value}' is not an ISO 4217 currency code (e.g. USD, EUR)")
        return value


class AmountAlso(AmountFigure, AlsoQualifier):
    """The source's own conversion of the amount: "€88 million (about $102 million)"."""


class AmountValue(AmountFigure, BaseValue):
    """A sum of money, with the conversions the source itself gives in ``also``."""

    kind: Literal["amount"]
    also: list[AmountAlso] = Field(default_factory=empty_list)


def _span(figure: AmountFigure, qualifier: str, ctx: NormalizeContext) -> Span:
    factor = Decimal(SCALE_FACTORS[figure.scale]) if figure.scale else Decimal(1)
    scale = f" {figure.scale}" if figure.scale else ""
    text = written if not figure.scale else (lambda n: format(n, "f"))
    words = f"{figure.figure_text(text)}{scale} {figure.currency}"
    return numeric_span(
        figure.stated(factor),
        qualifier,
        ctx.tolerance,
        words,
        figure.currency,
        lambda n: f"{format_number(n)} {figure.currency}",
        key_unit=figure.currency,
        on=ctx.day,
    )


def normalize(value: AmountValue, ctx: NormalizeContext) -> Span:
    """The amount as an interval in its own currency; conversions ride along in ``also``."""
    also = tuple(_span(item, item.qualifier, ctx) for item in value.also)
    return replace(_span(value, ctx.qualifier, ctx), also=also)


def base_currency(payloads: Sequence[Span]) -> str | None:
    """The currency most amounts use (alphabetical on a tie): the one others convert into."""
    counts = Counter(map(_canonical, payloads))  # counted in C, one claim at a time
    counts.pop("", None)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _scaled(interval: Interval, rate: Decimal) -> Interval:
    lo = interval.lo * rate if interval.lo is not None else None
    hi = interval.hi * rate if interval.hi is not None else None
    return Interval(lo, hi, interval.lo_open, interval.hi_open)


def _distinct(payloads: Sequence[Span]) -> tuple[list[int], dict[int, Span]]:
    """Each payload's id, and the distinct payloads by id: claims that state the same amount
    share its payload, so what depends on the payload alone is worked out once per id."""
    ids = list(map(id, payloads))
    return ids, dict(zip(ids, payloads, strict=True))


def converted(payloads: Sequence[Span], env: CompareEnv) -> list[Interval | None]:
    """Each amount's interval in the base currency (None where no rate is known)."""
    base = base_currency(payloads)
    ids, distinct = _distinct(payloads)
    # one conversion per payload, and one interval, which the sweep that groups them works
    # out once
    done: dict[int, Interval | None] = {}
    for key, item in distinct.items():
        rate = env.rates.rate(item.canonical, base, item.on) if base and item.interval else None
        done[key] = _scaled(item.interval, rate.value) if rate and item.interval else None
    return list(map(done.__getitem__, ids))


def partition(payloads: Sequence[Span], env: CompareEnv) -> list[list[int]]:
    """Groups of amounts that can all be true once converted into one currency."""
    intervals = converted(payloads, env)
    items = list(zip(intervals, range(len(intervals)), strict=True))
    if not all(intervals):  # an interval is always true: only None is not
        items = [item for item in items if item[0] is not None]
    return [list(map(_second, group)) for group in stabbing_groups(cast(_Items, items))]


_Items = list[tuple[Interval, int]]


def notes(payloads: Sequence[Span], env: CompareEnv) -> list[str]:
    """Which rates the comparison used, and which currencies it could not convert."""
    base = base_currency(payloads)
    out: set[str] = set()
    for item in _distinct(payloads)[1].values():
        if not base or item.canonical == base:
            continue
        rate = env.rates.rate(item.canonical, base, item.on)
        if rate is None:
            out.add(f"no rate from {item.canonical} to {base}: those amounts were left out")
        else:
            out.add(f"{item.canonical} converted to {base} at {rate.value:.4f} ({rate.origin})")
    return sorted(out)


def unconverted(payloads: Sequence[Span], env: CompareEnv) -> list[str]:
    """The currencies ("CLP/USD") no declared or reference rate converts into the row's
    main one: their amounts are left out of its comparison."""
    base = base_currency(payloads)
    if not base:
        return []
    missing = {
        f"{item.canonical}/{base}"
        for item in _distinct(payloads)[1].values()
        if item.canonical and env.rates.rate(item.canonical, base, item.on) is None
    }
    return sorted(missing)


_canonical = attrgetter("canonical")
_second = itemgetter(1)


KIND = ValueKind(
    name="amount",
    model=AmountValue,
    normalize=normalize,
    summary="a sum of money: figure or range, scale word, ISO 4217 currency",
    disagreement=(
        "The amounts for “{label}” cannot all be true, even allowing for rounding to the "
        "last stated digit, for each source's qualifier and for currency conversion."
    ),
    partition=partition,
    notes=notes,
    unconverted=unconverted,
    about_tolerance=Decimal("0.05"),
    additive=True,
)
