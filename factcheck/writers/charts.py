"""Charts as inline SVG: each source's value as an interval on one axis (matplotlib, lazily)."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

from factcheck.models.report import ClaimView, TopicView
from factcheck.writers.common import stated_in_full

# Colour-blind-safe (Okabe-Ito) colours for agreement groups; grey when there are no groups.
GROUP_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
NEUTRAL = "#4D5B6A"
# The page scales a chart to its column: 5 inches (360 units) at 10 pt keeps labels near
# 10 px on a 390 px phone, and the stylesheet caps the width so they stay near 16 px on a
# desktop. A wider figure shrinks every label on a phone below what can be read.
WIDTH_INCHES = 5.0
FONT_PT = 10.0
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


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
    from matplotlib.dates import date2num

    return float(date2num(dt.date.fromisoformat(text)))


def _instant(text: str) -> float:
    from matplotlib.dates import date2num

    return float(date2num(dt.datetime.fromisoformat(text)))


def _hours(text: str) -> float:
    """'10:33' or '2025-04-28T10:33' as hours after midnight: 10.55."""
    clock = text.rpartition("T")[2]
    hour, _, minute = clock.partition(":")
    return int(hour) + int(minute or 0) / 60


def _time_reader(topic: TopicView) -> tuple[Any, str]:
    """How a time topic's bounds become x values: instants when all are dated, else hours."""
    dated = all("T" in c.low for c in topic.claims if c.low)
    return (_instant, "") if dated else (_hours, "time of day (UTC, hours)")


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


def bars(topic: TopicView) -> tuple[list[Bar], str]:
    """The bars to draw for a topic and the axis label; no bars for sets and text."""
    if topic.axis is None:
        return [], ""
    factor, word = (1.0, "") if topic.axis != "number" else _scale(topic)
    read_time, time_label = _time_reader(topic) if topic.axis == "time" else (None, "")
    found: list[Bar] = []
    for claim in topic.claims:
        if not claim.low:
            continue
        point = None
        if topic.axis == "date":
            low = _day(claim.low)
            # A month is drawn to the end of its last day, so that it has a width.
            high: float | None = _day(claim.high) + 1 if claim.high else None
        elif read_time is not None:
            low = read_time(claim.low)
            high = read_time(claim.high) if claim.high else None
            if high is not None and high < low:  # past midnight
                high += 24
        else:
            low = float(claim.low) / factor
            high = float(claim.high) / factor if claim.high else None
            point = float(claim.point) / factor if claim.point else None
        label = f"{claim.source} ({claim.language})"
        per = f" — per {claim.attribution}" if claim.attribution else ""
        stated = stated_in_full(claim) + per
        found.append(Bar(label, stated, low, high, _color(claim, topic), point))
    unit = next((c.unit for c in topic.claims if c.unit), "") or ""
    if topic.axis == "time":
        return found, time_label
    axis = " ".join(p for p in (word, unit) if p) if topic.axis == "number" else ""
    return found, axis


def _limits(items: list[Bar], is_date: bool) -> tuple[float, float]:
    lows = [b.low for b in items]
    highs = [b.high for b in items if b.high is not None]
    left, right = min(lows), max(highs + lows)
    span = right - left or (60.0 if is_date else max(abs(right), 1.0) * 0.2)
    pad = span * 0.12
    open_room = span * 0.25 if any(b.high is None for b in items) else 0.0
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
    return low, (high if high is not None else float("inf"))


def _draw(ax: Any, items: list[Bar], is_date: bool) -> None:
    left, right = _limits(items, is_date)
    ax.set_xlim(left, right)
    shared = _shared(items)
    if shared:
        ax.axvspan(shared[0], min(shared[1], right), color="#009E73", alpha=0.12, lw=0)
    for row, bar in enumerate(items):
        end = bar.high if bar.high is not None else right
        if end == bar.low:
            # An exact whole number has no width: draw it as a dot.
            ax.plot([end], [row], marker="o", color=bar.color, markersize=8)
        else:
            ax.plot([bar.low, end], [row, row], color=bar.color, lw=6, solid_capstyle="butt")
            if bar.point is not None and bar.low <= bar.point <= end:
                # the figure as stated, inside the span its rounding and qualifier allow
                ax.plot(
                    [bar.point],
                    [row],
                    marker="o",
                    color="white",
                    markersize=5,
                    markeredgecolor=bar.color,
                    markeredgewidth=1.5,
                )
        if bar.high is None:
            ax.plot([end], [row], marker=">", color=bar.color, markersize=9, clip_on=False)
        ax.text(
            bar.low,
            row - 0.28,
            bar.stated,
            fontsize=FONT_PT,
            color="#222",
            va="bottom",
            parse_math=False,
        )
    ax.set_yticks(range(len(items)), [b.label for b in items], fontsize=FONT_PT)
    ax.set_ylim(len(items) - 0.4, -0.9)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#ddd", lw=0.6)
    ax.set_axisbelow(True)


def _svg(fig: Any, salt: str) -> str:
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = salt
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    # Inline SVG needs neither the XML prolog nor the DOCTYPE.
    return re.sub(r"^.*?(?=<svg)", "", text, flags=re.S).strip() + "\n"


def interval_chart(topic: TopicView) -> str | None:
    """The topic's claims as intervals on one axis, as an SVG string; None if nothing to draw."""
    items, axis = bars(topic)
    if not items:
        return None
    import matplotlib

    if matplotlib.get_backend().lower() != "agg":
        matplotlib.use("Agg")
    from matplotlib.figure import Figure

    with matplotlib.rc_context(
        {"svg.fonttype": "none", "font.family": "sans-serif", "font.size": FONT_PT}
    ):
        fig = Figure(figsize=(WIDTH_INCHES, 0.8 + 0.6 * len(items)), layout="constrained")
        ax = fig.add_subplot()
        is_date = topic.axis == "date" or (topic.axis == "time" and not axis)
        _draw(ax, items, is_date)
        if is_date:
            from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

            locator = AutoDateLocator(maxticks=7)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        elif axis:
            ax.set_xlabel(axis, fontsize=FONT_PT)
        if topic.axis == "number" and not axis:
            from matplotlib.ticker import MaxNLocator

            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        return _svg(fig, f"factcheck:{topic.id}")
