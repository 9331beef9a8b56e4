"""A duration told in parts, one unit after a larger one: "7 minutes and 30 seconds",
"4 hours 20 minutes", "2時間9分56秒", "7분 30초". Read as one duration, not as a duration of
7 minutes and another of 30 seconds that would each be compared with what other sources say.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import cache

from factcheck.extract.recognizers.measures import MeasureMatch
from factcheck.extract.recognizers.words import alternation
from factcheck.lang.lexicon import load

# the units whose lengths are fixed multiples of one another: in seconds, and a year in
# months ("1 year and 6 months"); a month is no fixed number of days
_SECONDS = {"week": 604800, "day": 86400, "hour": 3600, "minute": 60, "second": 1}
_MONTHS = {"year": 12, "month": 1}
# decimals a compound may take in its larger unit: 7.5 minutes, not 4.3333 hours
_DECIMALS = 2


def join_durations(text: str, lang: str, found: list[MeasureMatch]) -> list[MeasureMatch]:
    """``found`` (in text order) with each run of durations in falling units, joined by
    nothing but a space, a comma or the language's word for "and", read as one."""
    between = _between(lang)
    out: list[MeasureMatch] = []
    for match in sorted(found, key=lambda m: m.start):
        last = out[-1] if out else None
        if (
            last is not None
            and _continues(last, match)
            and between.fullmatch(text, last.end, match.start)
        ):
            out[-1] = _joined(last, match)
        else:
            out.append(match)
    return out


def _continues(first: MeasureMatch, then: MeasureMatch) -> bool:
    """Whether ``then`` may be the next part of a duration ``first`` begins."""
    if first.kind != "duration" or then.kind != "duration":
        return False
    if first.high is not None or then.high is not None:
        return False
    scale = _scale_of(first.unit)
    return scale is not None and then.unit in scale and scale[first.unit] > scale[then.unit]


def _scale_of(unit: str) -> dict[str, int] | None:
    """The units ``unit`` is a fixed multiple of, with their lengths."""
    return next((scale for scale in (_SECONDS, _MONTHS) if unit in scale), None)


def _joined(first: MeasureMatch, then: MeasureMatch) -> MeasureMatch:
    """The two parts as one duration, in the larger unit where that takes few decimals."""
    scale = _scale_of(first.unit) or _SECONDS
    least = first.value * scale[first.unit] + then.value * scale[then.unit]
    for unit in (first.unit, then.unit):
        value = least / scale[unit]
        if value == value.quantize(Decimal(1).scaleb(-_DECIMALS)):
            value = value.normalize()
            break
    return replace(
        then,
        start=first.start,
        value=value,
        unit=unit,
        pattern="compound-duration",
        stated=value,
        factor=Decimal(1),
    )


@cache
def _between(lang: str) -> re.Pattern[str]:
    """What may stand between two parts of a duration in ``lang``: a space, a comma, the
    language's words joining two figures ("and", "et", "und"), its words joining the parts
    of a duration only (零 of "1年零6个月"), or nothing."""
    joiners = [w for w in load(lang).section("numbers").get("joiners") or [] if w != "-"]
    words = rf"(?:{alternation(joiners)})\s+" if joiners else "(?!)"
    # a word that joins the parts of a duration only, glued to them ("1年零6个月")
    glued = [str(w) for w in load(lang).section("units").get("duration_joiners") or []]
    if glued:
        words = rf"{words}|(?:{alternation(glued)})\s*"
    return re.compile(rf"[^\S\n]*(?:,[^\S\n]*)?(?:{words})?", re.I)
