"""Whose figures a proposed topic holds: the name each is given with, and who gives it.

A topic extract proposed may hold the seats of several parties or the profits of several
companies, and one source giving several of them agrees with another somewhere whatever
each says of one party. Where the sources tell the figures apart by the name each is given
with (its claim's subject: "Movimento Insular", "Juntos Pela Ilha"), the figures of one name
are compared across sources, and figures of different names are not. A name counts only
where two sources give it, and names are in play only where one source gives figures of
two of them in the topic; else the topic is compared as a whole.

Figures given by different claimants (a crowd counted by the police and by its organizers,
the claim's ``attribution``) are two counts: where a source sets two claimants' figures side
by side in a topic, or the topic holds figures of two kinds of claimant (officials and
organizers), those of each claimant are compared, and figures no claimant is named for
among themselves. Two spokespeople each quoted by one source on a toll are still compared.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from operator import attrgetter

from factcheck.lang import languages, section
from factcheck.normalize.claims import NormalizedClaim
from factcheck.topics.grouping import TopicRow
from factcheck.values.date import DateSpan
from factcheck.values.text import match_key

_source = attrgetter("ref.source")


def _holders(claims: list[NormalizedClaim], label: str) -> list[str | None] | None:
    """Each claim's name where names tell the topic's figures apart, else None; a claim
    whose subject is the topic's ``label`` names none."""
    unnamed = match_key(label)
    keys: list[str | None] = [match_key(c.claim.subject) for c in claims]
    same = _same_names({key for key in keys if key and key != unnamed})
    keys = [None if key == unnamed or not key else same[key] for key in keys]
    sources: dict[str | None, set[str]] = {}
    for key, item in zip(keys, claims, strict=True):
        sources.setdefault(key, set()).add(item.ref.source)
    shared = {key for key, given in sources.items() if key and len(given) > 1}
    per_source: dict[str, set[str]] = {}
    for key, item in zip(keys, claims, strict=True):
        if key is not None and key in shared:
            per_source.setdefault(item.ref.source, set()).add(key)
    if not any(len(names) > 1 for names in per_source.values()):
        return None
    return [key if key in shared else None for key in keys]


def _same_names(keys: set[str]) -> dict[str, str]:
    """Each name as the shortest name it holds word for word: "Energiekonzern Norvik Energy"
    and "Norvik Energy" are "Norvik Energy" where a source names it so; a name holding two
    names is one of its own."""
    out: dict[str, str] = {}
    for key in sorted(keys, key=lambda k: (len(k.split()), k)):
        padded = f" {key} "
        held = {out[k] for k in out if f" {k} " in padded}
        # a name holding two others is neither ("Hansa Van Rijn", the group of both)
        out[key] = held.pop() if len(held) == 1 else key
    return out


# the kinds of figure that are estimates: a crowd, a toll, a sum; a day or a time is a fact
# whoever gives it, and two claimants giving two days disagree
_ESTIMATES = frozenset({"count", "amount", "quantity", "percent"})


def _claimants(claims: list[NormalizedClaim], kind: str) -> list[str | None] | None:
    """Each claim's claimant where a source sets two claimants' figures side by side in the
    topic ("40,000 according to police, 150,000 according to the union"), else None: two
    officials each quoted by one source on a toll are as often giving the same count."""
    if kind not in _ESTIMATES:
        return None
    keys = [match_key(c.claim.attribution) if c.claim.attribution else None for c in claims]
    given: dict[str, set[str]] = {}
    for key, item in zip(keys, claims, strict=True):
        if key:
            given.setdefault(item.ref.source, set()).add(key)
    if any(len(named) > 1 for named in given.values()):
        return keys
    # the kinds of claimant every language names (officials, organizers) are two counts
    # wherever they meet: a crowd by the police and by its organizers
    kinds = {key for key in keys if key in claimant_kinds()}
    return keys if len(kinds) > 1 else None


@cache
def claimant_kinds() -> frozenset[str]:
    """The kinds of claimant the languages name (attach.yaml ``claimants``), as keyed."""
    return frozenset(
        match_key(str(kind))
        for lang in languages()
        for kind in section(lang, "attach", "claimants") or {}
    )


def whose_clusters(row: TopicRow, claims: list[NormalizedClaim]) -> list[list[NormalizedClaim]]:
    """The claims of ``row`` in the subsets to compare: by claimant, then by name, in a
    proposed topic where those tell figures apart (subsets of one source are left out),
    else all of them at once. Where some figures are given with no name, the claimant's
    figures are also compared as a whole, as a topic with no names is."""
    if not row.topic.proposed or len(claims) < 2:
        return [claims]
    claimants = _claimants(claims, row.topic.kind)
    by_claimant: dict[str | None, list[NormalizedClaim]] = {}
    for at, item in enumerate(claims):
        by_claimant.setdefault(claimants[at] if claimants else None, []).append(item)
    subsets = []
    for part in by_claimant.values():
        holders = _holders(part, row.topic.label)
        if holders is None:
            subsets.append(part)
            continue
        by_name: dict[str | None, list[NormalizedClaim]] = {}
        for at, item in enumerate(part):
            by_name.setdefault(holders[at], []).append(item)
        subsets += [named for name, named in by_name.items() if name is not None]
        if None in by_name:
            subsets.append(part)
    return [part for part in subsets if len(set(map(_source, part))) > 1]


def lede_days(row: TopicRow, claims: list[NormalizedClaim]) -> list[list[NormalizedClaim]]:
    """The claims of ``row`` to compare, and in a proposed topic of dates where a source
    opens its story with a weekday alone ("broke in on Saturday"), that weekday with the
    day most sources open theirs with: a source giving several dates (the day of a theft,
    the day of the arrests) agrees with a weekday somewhere whatever it is, but the day a
    story opens with is the event's."""
    if not row.topic.proposed or row.topic.kind != "date":
        return [claims]
    first: dict[str, NormalizedClaim] = {}
    first_day: dict[str, NormalizedClaim] = {}
    for item in sorted(claims, key=_order):
        first.setdefault(item.ref.source, item)
        if _DAY.fullmatch(item.value.normalized):
            first_day.setdefault(item.ref.source, item)
    # a weekday two sources open with is as likely a day of its own (a launch put off on
    # Tuesday, made on Thursday); a slip is one source's
    opening = Counter(item.value.key for item in first.values() if _weekday_only(item))
    weekdays = [i for i in first.values() if _weekday_only(i) and opening[i.value.key] == 1]
    days = Counter(item.value.normalized for item in first_day.values())
    ranked = days.most_common(2)
    if (
        not weekdays
        or not ranked
        or ranked[0][1] < 2
        or (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
    ):
        return [claims]
    day = ranked[0][0]
    opened = [item for item in first_day.values() if item.value.normalized == day]
    return [claims, weekdays + opened]


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _order(item: NormalizedClaim) -> tuple[str, int]:
    return item.ref.source, item.ref.index


def _weekday_only(item: NormalizedClaim) -> bool:
    value = item.value
    return isinstance(value, DateSpan) and value.interval is None and len(value.weekdays) < 7
