"""Does an extracted claim, as the report shows it, carry a gold figure?

The report's claim rows give each claim's value as stated (``value``), as normalized
(``normalized``, ``low``, ``high``) and its figure (``point``) with its ``unit``; the row's
topic gives the kind. A gold figure matches when the kinds are of one family (count,
quantity, duration and percent are all numbers) and:
- numbers and amounts: the stated figure equals the gold one after converting units (same
  currency for amounts), or, with no stated figure, the gold figure (a range: both ends)
  lies inside the claim's interval;
- dates: the claim's interval equals the gold date's at its precision (a span: from the
  first day of its start to the last of its end); a weekday: the claim names that weekday;
- times: the claim states the same clock reading (hours and minutes);
- sets: the same members (codes for countries and regions, case-folded names otherwise);
- text: the same text, case-folded.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from stories_gold import GoldStory
from stories_values import gold_value

FAMILY: dict[str, str] = {
    "count": "number",
    "quantity": "number",
    "duration": "number",
    "percent": "number",
    "amount": "amount",
    "date": "date",
    "time": "time",
    "set": "set",
    "text": "text",
}

# Units the matcher converts: name -> (dimension, size in the dimension's base unit).
UNITS: dict[str, tuple[str, float]] = {
    "m": ("length", 1.0),
    "metre": ("length", 1.0),
    "km": ("length", 1000.0),
    "kilometre": ("length", 1000.0),
    "mi": ("length", 1609.344),
    "mile": ("length", 1609.344),
    "ft": ("length", 0.3048),
    "foot": ("length", 0.3048),
    "s": ("time", 1.0),
    "second": ("time", 1.0),
    "min": ("time", 60.0),
    "minute": ("time", 60.0),
    "h": ("time", 3600.0),
    "hour": ("time", 3600.0),
    "day": ("time", 86400.0),
    "week": ("time", 604800.0),
    "month": ("time", 2629800.0),
    "year": ("time", 31557600.0),
    "W": ("power", 1.0),
    "kW": ("power", 1e3),
    "MW": ("power", 1e6),
    "GW": ("power", 1e9),
    "Wh": ("energy", 1.0),
    "kWh": ("energy", 1e3),
    "MWh": ("energy", 1e6),
    "GWh": ("energy", 1e9),
    "g": ("mass", 1e-3),
    "kg": ("mass", 1.0),
    "t": ("mass", 1e3),
    "percent": ("ratio", 1.0),
    "%": ("ratio", 1.0),
    "magnitude": ("magnitude", 1.0),
    "Mw": ("magnitude", 1.0),
}
TOLERANCE = 0.005  # relative: unit conversions of rounded figures

_CLOCK_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[:.hH時시]\s*(\d{2})(?!\d)\s*(p\.?\s?m\.?|PM)?")
_CODE_RE = re.compile(r"\b[A-Z]{2}(?:-[A-Z0-9]{1,3})?\b")
_BRACES_RE = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True)
class View:
    """An extracted claim as the report shows it, with its topic's kind and id."""

    kind: str
    topic: str
    fields: dict[str, Any]

    def text(self, key: str) -> str:
        """A field as text ("" when absent)."""
        value = self.fields.get(key)
        return "" if value is None else str(value)

    def number(self, key: str) -> float | None:
        """A field as a number (None when absent or not a number)."""
        try:
            return float(Decimal(self.text(key)))
        except (InvalidOperation, ValueError):
            return None


def _unit(name: str | None) -> tuple[str, float] | None:
    if not name:
        return None
    key = name.strip()
    if key in UNITS:
        return UNITS[key]
    singular = key.lower().rstrip("s") if len(key) > 3 else key.lower()
    return UNITS.get(key.lower()) or UNITS.get(singular)


def unit_factor(gold_unit: str | None, claim_unit: str | None) -> float | None:
    """Multiply a gold figure by this to get it in the claim's unit; None: not comparable."""
    gold, claim = _unit(gold_unit), _unit(claim_unit)
    if gold is None or claim is None:
        return 1.0
    if gold[0] != claim[0]:
        return None
    return gold[1] / claim[1]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b)) or a == b


def _numbers_match(low: float, high: float, view: View) -> bool:
    point, lower, upper = view.number("point"), view.number("low"), view.number("high")
    if point is not None and low == high:
        return _close(point, low)
    if lower is None and upper is None:
        return point is not None and (_close(point, low) or _close(point, high))
    below = lower is None or lower <= low or _close(lower, low)
    above = upper is None or high <= upper or _close(high, upper)
    return below and above


def _gold_numbers(value: dict[str, Any], key: str) -> tuple[float, float]:
    if "min" in value:
        return float(value["min"]), float(value["max"])
    return float(value[key]), float(value[key])


def _base_match(low: float, high: float, gold_unit: str, view: View) -> bool:
    """A measure the report gives in base units (pint's canonical form): the gold figure
    converted there by the tool's own unit registry."""
    from factcheck.values.quantity import to_base

    try:
        (lo, unit), (hi, _) = (
            to_base(Decimal(str(low)), gold_unit),
            to_base(Decimal(str(high)), gold_unit),
        )
    except ValueError:
        return False
    return unit == view.text("unit") and _numbers_match(float(lo), float(hi), view)


def _number_match(value: dict[str, Any], view: View) -> bool:
    key = {"count": "count", "amount": "amount"}.get(value["kind"], "value")
    low, high = _gold_numbers(value, key)
    if value["kind"] == "amount":
        if view.text("unit").upper() != str(value["currency"]).upper():
            return False
        return _numbers_match(low, high, view)
    gold_unit = "percent" if value["kind"] == "percent" else value.get("unit")
    if value["kind"] == "quantity" and gold_unit and _unit(view.text("unit")) is None:
        return _base_match(low, high, str(gold_unit), view)
    factor = unit_factor(gold_unit, view.text("unit") or None)
    if factor is None:
        return False
    if _numbers_match(low * factor, high * factor, view):
        return True
    return value["kind"] == "percent" and _numbers_match(low / 100, high / 100, view)


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def date_interval(text: str, end: bool = False) -> str:
    """The first (or, with ``end``, last) day a date at year, month or day precision covers."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"
    year = parts[0]
    month = parts[1] if len(parts) == 2 else (12 if end else 1)
    day = _month_end(year, month) if end else 1
    return f"{year:04d}-{month:02d}-{day:02d}"


def _date_match(value: dict[str, Any], view: View) -> bool:
    if "weekday" in value:
        stated = f"{view.text('value')} {view.text('normalized')}".lower()
        return str(value["weekday"]) in stated
    start, stop = (value["min"], value["max"]) if "min" in value else (value["date"],) * 2
    low, high = view.text("low")[:10], view.text("high")[:10]
    return any(
        (low, high) == (date_interval(a), date_interval(b, end=True))
        for a, b in century_readings(str(start), str(stop))
    )


def century_readings(start: str, stop: str) -> list[tuple[str, str]]:
    """The years a span of whole centuries covers, counted both ways in use: the 19th
    century as 1801-1900 or as 1800-1899; any other span as it is."""
    if not (start.isdigit() and stop.isdigit() and len(start) == len(stop) == 4):
        return [(start, stop)]
    first, last = int(start), int(stop)
    if first % 100 == 1 and last % 100 == 0:
        return [(start, stop), (f"{first - 1:04d}", f"{last - 1:04d}")]
    if first % 100 == 0 and last % 100 == 99:
        return [(start, stop), (f"{first + 1:04d}", f"{last + 1:04d}")]
    return [(start, stop)]


def clock_readings(text: str) -> set[tuple[int, int]]:
    """The (hour, minute) readings a text states, p.m. read on a 24-hour clock."""
    readings = set()
    for hour, minute, pm in _CLOCK_RE.findall(text):
        h = int(hour) + (12 if pm and int(hour) < 12 else 0)
        readings.add((h, int(minute)))
    return readings


# a time stated to the hour, as a claim writes it ("06", "about 15"): its minute is 00
_HOUR_RE = re.compile(r"^(?:[a-z ]+ )?(\d{2})(?![\d:])")


def _time_match(value: dict[str, Any], view: View) -> bool:
    hour, minute = (int(p) for p in str(value["time"]).split(":"))
    stated = " ".join(view.text(k) for k in ("value", "point", "normalized"))
    whole = _HOUR_RE.match(view.text("value"))
    if whole is not None and (int(whole.group(1)), 0) == (hour, minute):
        return True
    return (hour, minute) in clock_readings(stated)


def _members(view: View, of: str) -> set[str]:
    text = view.text("normalized") or view.text("value")
    if of in ("country", "region"):
        return set(_CODE_RE.findall(text))
    inside = _BRACES_RE.search(text)
    body = inside.group(1) if inside else text
    return {m.strip().casefold() for m in body.split(",") if m.strip()}


def _set_match(value: dict[str, Any], view: View) -> bool:
    of = str(value.get("of", "name"))
    members = [str(m) for m in value["members"]]
    gold = set(members) if of in ("country", "region") else {m.casefold() for m in members}
    return _members(view, of) == gold


def matches(value: dict[str, Any], view: View) -> bool:
    """True when the extracted claim ``view`` carries the gold ``value`` (claim format)."""
    family = FAMILY.get(value["kind"])
    if family is None or FAMILY.get(view.kind) != family:
        return False
    if family in ("number", "amount"):
        return _number_match(value, view)
    if family == "date":
        return _date_match(value, view)
    if family == "time":
        return _time_match(value, view)
    if family == "set":
        return _set_match(value, view)
    return view.text("value").casefold() == str(value.get("text", "")).casefold()


def figure_matches(
    story: GoldStory, sources: dict[str, str], views: dict[tuple[str, int], View]
) -> dict[str, set[tuple[str, int]]]:
    """Gold claim id -> the extracted claims (file name, line) that carry its figure."""
    by_source: dict[str, list[tuple[tuple[str, int], View]]] = {}
    for key, view in views.items():
        by_source.setdefault(view.text("source"), []).append((key, view))
    found: dict[str, set[tuple[str, int]]] = {}
    for article in story.articles:
        mine = by_source.get(sources.get(article.file, ""), [])
        for claim in article.claims:
            value = gold_value(claim)
            keys = {k for k, v in mine if value is not None and matches(value, v)}
            if keys:
                found[claim.id] = keys
    return found


def right_topic(
    story: GoldStory, found: dict[str, set[tuple[str, int]]], views: dict[tuple[str, int], View]
) -> set[str]:
    """Found gold claims whose claims sit in the topic most of their gold topic's land in."""
    by_topic: dict[str, list[str]] = {}
    for gold_id in sorted(found):
        by_topic.setdefault(story.claims[gold_id].topic, []).append(gold_id)
    right = set()
    for members in by_topic.values():
        landed = {g: {views[k].topic for k in found[g]} for g in members}
        votes = Counter(t for topics in landed.values() for t in topics)
        winner = min(votes, key=lambda t: (-votes[t], t))  # a tie goes to the first by name
        right |= {g for g, topics in landed.items() if winner in topics}
    return right
