"""Charts as inline SVG: each source's value as an interval on one axis, drawn directly.

A chart is a handful of lines, dots and labels on one axis; writing that SVG here keeps
reports fast (no plotting library to import and lay out) and byte-identical by construction.
The drawing is 360 units wide: the page scales it to its column, so a label of 10 units
reads near 10 px on a 390 px phone, and the stylesheet caps the width on a desktop.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from factcheck.models.report import ClaimView, TopicView
from factcheck.values.figures import plain
from factcheck.writers.common import stated_in_full

# Colour-blind-safe (Okabe-Ito) colours for agreement groups; grey when there are no groups.
GROUP_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
NEUTRAL = "#4D5B6A"
WIDTH = 360.0
FONT = 10.0
_LABELS = 96.0  # the column of source labels
_ROW = 30.0
_TOP = 8.0
_AXIS = 30.0
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Bar:
    """One claim drawn as an interval; ``high`` is None when the interval is open above."""

    label: str
    stated: str
    low: float
    high: float | None
    color: str
    point: float | None = None


def _day(text: str) -> float:
    return float(dt.date.fromisoformat(text).toordinal())


def _minute(text: str) -> float:
    moment = dt.datetime.fromisoformat(text)
    return moment.toordinal() * 1440.0 + moment.hour * 60 + moment.minute


def _hours(text: str) -> float:
    """'10:33' or '2025-04-28T10:33' as hours after midnight: 10.55."""
    clock = text.rpartition("T")[2]
    hour, _, minute = clock.partition(":")
    return int(hour) + int(minute or 0) / 60


def _scale(topic: TopicView) -> tuple[float, str]:
    biggest = max((abs(float(v)) for c in topic.claims for v in (c.low, c.high) if v), default=0.0)
    for factor, word in _SCALES:
        if biggest >= factor * 10 or (word != "thousand" and biggest >= factor):
            return float(factor), word
    return 1.0, ""


def _color(claim: ClaimView, topic: TopicView) -> str:
    if claim.group is not None:
        return GROUP_COLORS[(claim.group - 1) % len(GROUP_COLORS)]
    return GROUP_COLORS[2] if topic.verdict == "agree" else NEUTRAL


def _time_axis(topic: TopicView) -> str:
    """'instant' when every time of the topic has its date, else 'clock' (hours of the day)."""
    return "instant" if all("T" in c.low for c in topic.claims if c.low) else "clock"


def bars(topic: TopicView) -> tuple[list[Bar], str]:
    """The bars to draw for a topic and the axis label; no bars for sets and text."""
    if topic.axis is None:
        return [], ""
    factor, word = (1.0, "") if topic.axis != "number" else _scale(topic)
    clock = topic.axis == "time" and _time_axis(topic) == "clock"
    found: list[Bar] = []
    for claim in topic.claims:
        if not claim.low:
            continue
        point = None
        if topic.axis == "date":
            low = _day(claim.low)
            # a day is drawn to the end of its last day, so that it has a width
            high: float | None = _day(claim.high) + 1 if claim.high else None
        elif topic.axis == "time":
            read = _hours if clock else _minute
            low = read(claim.low)
            high = read(claim.high) if claim.high else None
            if clock and high is not None and high < low:  # past midnight
                high += 24
        else:
            low = float(claim.low) / factor
            high = float(claim.high) / factor if claim.high else None
            point = float(claim.point) / factor if claim.point else None
        label = f"{claim.source} ({claim.language})"
        per = f" — per {claim.attribution}" if claim.attribution else ""
        found.append(
            Bar(label, stated_in_full(claim) + per, low, high, _color(claim, topic), point)
        )
    if topic.axis == "time":
        return found, "time of day (UTC, hours)" if clock else "UTC"
    if topic.axis == "date":
        return found, ""
    unit = next((c.unit for c in topic.claims if c.unit), "") or ""
    return found, " ".join(p for p in (word, unit) if p)


def _limits(items: list[Bar], minimum_span: float) -> tuple[float, float]:
    lows = [b.low for b in items]
    highs = [b.high for b in items if b.high is not None]
    left, right = min(lows), max(highs + lows)
    span = max(right - left, minimum_span)
    pad = span * 0.08
    open_room = span * 0.2 if any(b.high is None for b in items) else 0.0
    return left - pad, right + pad + open_room


def _shared(items: list[Bar]) -> tuple[float, float] | None:
    """The span every bar covers, if there is one and more than one bar."""
    if len(items) < 2:
        return None
    low = max(b.low for b in items)
    highs = [b.high for b in items if b.high is not None]
    high = min(highs) if highs else None
    if high is not None and high <= low:
        return None
    return low, (high if high is not None else math.inf)


def _nice_ticks(left: float, right: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten) across [left, right]."""
    raw = (right - left) / count
    if raw <= 0:
        return [left]
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(left / step) * step
    return [first + i * step for i in range(int((right - first) / step) + 1)]


def _number_label(value: float) -> str:
    return plain(Decimal(f"{value:.6g}"))


def _date_ticks(left: float, right: float) -> list[tuple[float, str]]:
    """Ticks on a days axis: days, months or years, whichever gives a few."""
    span = right - left
    if span <= 45:
        step = max(1, round(span / 5))
        days = range(math.ceil(left), int(right) + 1, step)
        return [(float(d), _day_label(dt.date.fromordinal(d))) for d in days]
    months = 1 if span <= 200 else 3 if span <= 800 else 12 if span <= 4000 else 60
    first = dt.date.fromordinal(max(1, math.ceil(left)))
    index = first.year * 12 + first.month - 1
    index = -(-index // months) * months  # the first month on a multiple of the step
    out: list[tuple[float, str]] = []
    while True:
        year, month = divmod(index, 12)
        day = dt.date(year, month + 1, 1)
        if day.toordinal() > right:
            return out
        label = str(year) if months >= 12 else f"{_MONTHS[month]} {year}"
        out.append((float(day.toordinal()), label))
        index += months


def _day_label(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]}"


def _clock(minutes: float) -> str:
    total = round(minutes) % 1440
    return f"{total // 60:02d}:{total % 60:02d}"


def _ticks(axis: str, label: str, left: float, right: float) -> list[tuple[float, str]]:
    if axis == "date":
        return _date_ticks(left, right)
    if axis == "time" and label == "UTC":  # minutes since day one
        step = next(s for s in (1, 5, 10, 15, 30, 60, 120, 360, 720, 1440) if s * 5 >= right - left)
        first = math.ceil(left / step) * step
        count = int((right - first) / step) + 1
        return [(first + i * step, _clock(first + i * step)) for i in range(count)]
    if axis == "time":  # hours of the day
        return [(t, _clock(t * 60)) for t in _nice_ticks(left, right)]
    return [(t, _number_label(t)) for t in _nice_ticks(left, right)]


def _minimum_span(axis: str, label: str) -> float:
    if axis == "date":
        return 30.0
    if axis == "time":
        return 60.0 if label == "UTC" else 1.0
    return 0.0


def _text(x: float, y: float, body: str, anchor: str = "start", fill: str = "#222") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{FONT:g}" text-anchor="{anchor}" '
        f'fill="{fill}">{escape(body)}</text>'
    )


def _width(text: str) -> float:
    """About how wide a label is drawn, in units: an average letter is 0.55 of the font."""
    return len(text) * FONT * 0.55


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def interval_chart(topic: TopicView) -> str | None:
    """The topic's claims as intervals on one axis, as an SVG string; None if nothing to draw."""
    items, axis_label = bars(topic)
    if not items or topic.axis is None:
        return None
    left, right = _limits(items, _minimum_span(topic.axis, axis_label))
    if right - left <= 0:
        left, right = left - 1, right + 1
    plot_left, plot_right = _LABELS, WIDTH - 8
    height = _TOP + _ROW * len(items) + _AXIS + (12 if axis_label else 0)

    def x(value: float) -> float:
        clamped = min(max(value, left), right)
        return plot_left + (clamped - left) / (right - left) * (plot_right - plot_left)

    bottom = _TOP + _ROW * len(items)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {height:g}" '
        f'role="img" font-family="sans-serif">',
        f"<title>{escape(topic.label)}</title>",
    ]
    for value, label in _ticks(topic.axis, axis_label, left, right):
        if left <= value <= right:
            parts.append(
                f'<line x1="{x(value):.1f}" y1="{_TOP:g}" x2="{x(value):.1f}" y2="{bottom:g}" '
                'stroke="#ddd" stroke-width="0.6"/>'
            )
            parts.append(_text(x(value), bottom + 13, label, "middle", "#444"))
    shared = _shared(items)
    if shared is not None:
        low, high = x(shared[0]), x(min(shared[1], right))
        parts.append(
            f'<rect x="{low:.1f}" y="{_TOP:g}" width="{max(high - low, 0.5):.1f}" '
            f'height="{bottom - _TOP:g}" fill="#009E73" fill-opacity="0.12"/>'
        )
    for row, bar in enumerate(items):
        middle = _TOP + _ROW * row + _ROW * 0.62
        parts.append(_text(plot_left - 4, middle + 3.5, _short(bar.label, 16), "end", "#333"))
        start, end = x(bar.low), x(bar.high if bar.high is not None else right)
        if end - start < 1.5:  # an exact figure: a dot
            parts.append(f'<circle cx="{start:.1f}" cy="{middle:.1f}" r="3.5" fill="{bar.color}"/>')
        else:
            parts.append(
                f'<line x1="{start:.1f}" y1="{middle:.1f}" x2="{end:.1f}" y2="{middle:.1f}" '
                f'stroke="{bar.color}" stroke-width="6"/>'
            )
            if bar.point is not None and bar.low <= bar.point <= (bar.high or right):
                parts.append(
                    f'<circle cx="{x(bar.point):.1f}" cy="{middle:.1f}" r="2.4" fill="#fff" '
                    f'stroke="{bar.color}" stroke-width="1.2"/>'
                )
        if bar.high is None:  # open above: an arrow at the edge
            tip = plot_right
            parts.append(
                f'<path d="M{tip - 6:.1f},{middle - 5:.1f} L{tip:.1f},{middle:.1f} '
                f'L{tip - 6:.1f},{middle + 5:.1f} Z" fill="{bar.color}"/>'
            )
        stated = _short(bar.stated, 58)
        if start + _width(stated) <= WIDTH - 2:
            parts.append(_text(start, middle - 6, stated))
        else:  # no room on the right: the label ends at the right edge
            parts.append(_text(WIDTH - 2, middle - 6, stated, "end"))
    if axis_label:
        parts.append(_text((plot_left + plot_right) / 2, bottom + 26, axis_label, "middle", "#444"))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
