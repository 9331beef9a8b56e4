"""ISO 4217 currency codes and conversion by the rates a case declares."""

from __future__ import annotations

from decimal import Decimal
from functools import cache


@cache
def _codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def is_currency_code(code: str) -> bool:
    """True when ``code`` is an active ISO 4217 alphabetic code."""
    return code in _codes()


def conversion_rate(rates: dict[str, Decimal], source: str, target: str) -> Decimal | None:
    """Rate to turn ``source`` amounts into ``target``, from the case's rates, else None."""
    if source == target:
        return Decimal(1)
    direct = rates.get(f"{source}/{target}")
    if direct is not None:
        return direct
    inverse = rates.get(f"{target}/{source}")
    return Decimal(1) / inverse if inverse is not None else None


def currency_problems(
    topics: dict[str, list[tuple[str, str, int]]], rates: dict[str, Decimal]
) -> list[tuple[str, int, str]]:
    """Claims whose currency cannot be compared with the rest of their topic.

    ``topics`` maps a topic id to (currency, path, line) per amount claim; the answer is
    (path, line, message) per claim that has no declared rate into the topic's main currency.
    """
    problems = []
    for topic, entries in sorted(topics.items()):
        counts: dict[str, int] = {}
        for currency, _, _ in entries:
            counts[currency] = counts.get(currency, 0) + 1
        base = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for currency, path, line in entries:
            if conversion_rate(rates, currency, base) is None:
                problems.append(
                    (
                        path,
                        line,
                        f"amount in {currency} cannot be compared with {base} in topic {topic}: "
                        f"add a rate to case.yaml (rates: {{{currency}/{base}: …}})",
                    )
                )
    return problems
