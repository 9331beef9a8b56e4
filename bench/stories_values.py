"""A gold claim's value in the claim format: numbers by unit, dates, times, lists and text.

The mapping itself (which kind a unit gives, how a list of codes becomes a set) is described in
stories_mapping's docstring; this module holds it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from stories_gold import GoldClaim

# Measurement units a quantity takes (pint's names): the gold's spelling -> the claim's.
MEASURE_UNITS: dict[str, str] = {
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "m": "m",
    "metres": "m",
    "meters": "m",
    "mi": "mi",
    "mile": "mi",
    "miles": "mi",
    "ft": "ft",
    "feet": "ft",
    "km2": "km²",
    "gw": "GW",
    "mw": "MW",
    "kw": "kW",
    "gwh": "GWh",
    "mwh": "MWh",
    "kwh": "kWh",
    "kg": "kg",
    "t": "t",
    "tonnes": "t",
    "°c": "°C",
    "km/h": "km/h",
    "magnitude": "magnitude",
}

# Time units a duration takes, in the singular.
DURATION_UNITS: dict[str, str] = {
    unit + suffix: unit
    for unit in ("second", "minute", "hour", "day", "week", "month", "year")
    for suffix in ("", "s")
}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_REGION_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_TIME_RE = re.compile(r"^\d{1,2}:\d{2}$")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class MappingError(ValueError):
    """A gold claim the claim format cannot hold."""


def _figure(number: Any) -> int | float:
    value = Decimal(str(number))
    return int(value) if value == value.to_integral_value() else float(number)


def _text(number: Any) -> str:
    return str(_figure(number)) if isinstance(number, int | float) else str(number)


def _numbers(value: Any, figure_key: str) -> dict[str, Any]:
    if isinstance(value, dict):
        if set(value) != {"min", "max"}:
            raise MappingError(f"a range needs exactly min and max, not {sorted(value)}")
        return {"min": _figure(value["min"]), "max": _figure(value["max"])}
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MappingError(f"'{value}' is not a number")
    return {figure_key: _figure(value)}


def number_kind(unit: str | None) -> tuple[str, str | None]:
    """The value kind a figure with this gold unit takes, and the unit the claim carries."""
    if not unit:
        return "count", None
    key = unit.strip().lower()
    if key.startswith("percent"):
        return "percent", None
    if key in DURATION_UNITS:
        return "duration", DURATION_UNITS[key]
    if key in MEASURE_UNITS:
        return "quantity", MEASURE_UNITS[key]
    return "count", unit.strip()


def _number_value(fields: dict[str, Any]) -> dict[str, Any]:
    kind, unit = number_kind(fields.get("unit"))
    key = {"count": "count", "percent": "value"}.get(kind, "value")
    value: dict[str, Any] = {"kind": kind, **_numbers(fields.get("value"), key)}
    if unit:
        value["unit"] = unit
    return value


def _century_span(centuries: list[Any]) -> dict[str, Any]:
    numbers = sorted(int(c) for c in centuries)
    return {
        "kind": "date",
        "min": f"{(numbers[0] - 1) * 100 + 1:04d}",
        "max": f"{numbers[-1] * 100:04d}",
    }


def _list_value(fields: dict[str, Any]) -> dict[str, Any]:
    items = list(fields["value"])
    if not items:
        raise MappingError("an empty list")
    if str(fields.get("unit", "")).lower() == "century":
        return _century_span(items)
    texts = [_text(i) for i in items]
    if fields.get("precision") in ("day", "month", "year") or all(_DATE_RE.match(t) for t in texts):
        ordered = sorted(texts)
        return {"kind": "date", "min": ordered[0], "max": ordered[-1]}
    if all(_COUNTRY_RE.match(t) for t in texts):
        of = "country"
    elif all(_REGION_RE.match(t) for t in texts):
        of = "region"
    else:
        of = "name"
    value: dict[str, Any] = {"kind": "set", "of": of, "members": texts}
    if "list_complete" in fields:
        value["complete"] = bool(fields["list_complete"])
    return value


def _text_value(fields: dict[str, Any]) -> dict[str, Any]:
    text = str(fields["value"])
    precision = fields.get("precision")
    if precision == "weekday":
        if text.lower() not in WEEKDAYS:
            raise MappingError(f"'{text}' is not an English weekday name")
        return {"kind": "date", "weekday": text.lower()}
    if precision in ("day", "month", "year") or _DATE_RE.match(text):
        return {"kind": "date", "date": text}
    if _TIME_RE.match(text):
        value: dict[str, Any] = {"kind": "time", "time": text}
        if fields.get("date"):
            value["date"] = str(fields["date"])
        if fields.get("tz"):
            value["zone"] = str(fields["tz"])
        return value
    return {"kind": "text", "text": text}


def value_of(fields: dict[str, Any]) -> dict[str, Any]:
    """The claim's ``value`` for a gold claim's fields; MappingError when it has none."""
    if "amount" in fields:
        if not fields.get("currency"):
            raise MappingError("an amount without a currency")
        return {
            "kind": "amount",
            "amount": _figure(fields["amount"]),
            "currency": str(fields["currency"]),
        }
    value = fields.get("value")
    if isinstance(value, list):
        return _list_value(fields)
    if isinstance(value, str):
        return _text_value(fields)
    if value is None:
        raise MappingError("no value")
    return _number_value(fields)


def qualifier_of(fields: dict[str, Any]) -> str | None:
    """The claim's qualifier: the gold one, ``exact`` for a range, None when not given."""
    qualifier = fields.get("qualifier")
    if qualifier == "range":
        return "exact"
    return str(qualifier) if qualifier else None


def unit_note(fields: dict[str, Any]) -> str | None:
    """What a percent unit adds after "percent" ("of annual GDP"), as a note; else None."""
    unit = str(fields.get("unit") or "").strip()
    rest = unit[len("percent") :].strip() if unit.lower().startswith("percent") else ""
    return f"unit as labelled: {unit}" if rest else None


def gold_value(claim: GoldClaim) -> dict[str, Any] | None:
    """The value a gold claim states, in the claim format; None when it has none."""
    try:
        return value_of(claim.fields)
    except MappingError:
        return None
