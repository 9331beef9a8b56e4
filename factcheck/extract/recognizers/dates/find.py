"""The dates recognizer: atoms scanned first (lexicon templates), then joined into periods."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from factcheck.extract.recognizers.dates.grammar import grammar
from factcheck.extract.recognizers.dates.holidays import scan_holidays
from factcheck.extract.recognizers.dates.joins import (
    apply_modifiers,
    apply_ranges,
    month_alone,
    this_month,
)
from factcheck.extract.recognizers.dates.scans import (
    DateMatch,
    Scan,
    scan_absolute,
    scan_bare,
    scan_counted,
    scan_periods,
    scan_relative,
    scan_today,
    scan_weekday_days,
    scan_years,
)
from factcheck.extract.recognizers.dates.when import When

__all__ = ["DateMatch", "find_dates", "grammar"]


def find_dates(text: str, lang: str, published: date | None = None) -> list[DateMatch]:
    """Dates and periods in ``text``; relative ones resolve against ``published``."""
    g = grammar(lang)
    scan = Scan(text, g)
    scan_periods(scan, g)
    scan_holidays(scan, g)
    scan_absolute(scan, g, lang)
    scan_weekday_days(scan, g, published)
    scan_relative(scan, g, published)
    scan_counted(scan, g, published)
    scan_today(scan, g, published)
    scan_years(scan, g)
    scan_bare(scan, g, lang)
    apply_modifiers(scan, g)
    periods = apply_ranges(scan, g, published)
    out = list(periods)
    for m in scan.found:
        if not m.bare:
            out.append(m)
        elif published and month_alone(m, scan.text, g):
            out.append(this_month(m, scan.text, published))
        elif m.first and m.first.month and m.first.day and published:
            when = When(published.year, m.first.month, m.first.day)
            if when.valid():
                out.append(
                    replace(
                        m,
                        first=when,
                        last=when,
                        bare=False,
                        claim={"date": when.iso()},
                        pattern="day-month",
                    )
                )
    out.sort(key=lambda d: (d.start, d.end))
    return out
