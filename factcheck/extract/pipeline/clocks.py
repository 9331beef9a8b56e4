"""The clock a time is read on when its text names no zone: the clock of the place it is
about ("14.20 ora locale" in a sentence about Myanmar; "12:33" in an article about Spain).

The place is the one clock its sentence names (a country, or a city CLDR names a zone
after), else the clock the article names most. A country with several zones is read on the
clock most of its zones keep (Spain's peninsula, not the Canaries). The draft writes it as
the time's ``place_zone``, which an editor can change, and a disagreement only a whole
number of hours would settle stays a doubt (see ``factcheck.values.time``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from factcheck.extract.recognizers.zone_names import country_zone

# characters between a place and a time whose zone it names ("한국시간 14일", "日本時間14日",
# "12 h 07, heure de Paris"): the place there is the zone's label
_LABEL_GAP = 14
# characters of a time with its date and zone, at most ("12 h 07, heure de Paris")
_LONGEST_TIME = 60


def _named(text: str, places: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The places that say where a text is: no bare codes ("AM" after a time is no country),
    and a region only where its country is named too ("Para" alone is no Brazilian state)."""
    kept = [p for p in places if not (text[p[0] : p[1]].isupper() and p[1] - p[0] <= 3)]
    countries = {code for _, _, code in kept if "-" not in code}
    return [p for p in kept if p[2].split("-")[0] in countries]


class Clocks:
    """The places and cities named in a text, and the clock each stretch of it is read on."""

    def __init__(
        self,
        text: str,
        places: list[tuple[int, int, str]],
        cities: list[tuple[int, int, str]],
        zoned_times: Sequence[tuple[int, int, str]] = (),
    ) -> None:
        """The places of ``text`` that have a clock, less those that only label the zone of
        a time beside them (``zoned_times``: start, end and zone of the times that state one):
        in "현지시간 13일 밤 11시 41분(한국시간 14일 오전 11시 41분)" the story is not in Korea."""
        zoned = [(s, e, country_zone(code)) for s, e, code in _named(text, places)]
        every = sorted([(s, e, z) for s, e, z in zoned if z] + cities)
        labelled = sorted(zoned_times)
        self.places = [p for p in every if not _labels(p, labelled)]
        self.starts = [p[0] for p in self.places]
        tally = Counter(zone for _, _, zone in self.places)
        order: dict[str, int] = {}
        for _, _, zone in self.places:
            order.setdefault(zone, len(order))
        self.home = min(tally, key=lambda z: (-tally[z], order[z])) if tally else None

    def zone(self, start: int, end: int) -> str | None:
        """The clock of the place named between ``start`` and ``end`` when one clock is; else
        the clock of the place the text names most."""
        low, high = bisect_left(self.starts, start), bisect_left(self.starts, end)
        named = {zone for _, _, zone in self.places[low:high]}
        return named.pop() if len(named) == 1 else self.home


def _labels(place: tuple[int, int, str], times: Sequence[tuple[int, int, str]]) -> bool:
    """True when ``place`` names the zone of a time right beside it (``times`` in text
    order, none longer than a clock time and its label)."""
    start, end, zone = place
    low = bisect_left(times, (start - _LABEL_GAP - _LONGEST_TIME,))
    high = bisect_left(times, (end + _LABEL_GAP + 1,))
    return any(
        zone == own and begin - _LABEL_GAP <= end and start <= stop + _LABEL_GAP
        for begin, stop, own in times[low:high]
    )
