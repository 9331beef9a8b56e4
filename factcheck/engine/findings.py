"""What a rule kind returns: a draft finding with its groups of agreeing sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat
from operator import attrgetter, ne

from factcheck.models.report import Severity
from factcheck.normalize.claims import NormalizedClaim

# read in C over a group's claims, which run to the thousands in a large case
source_of = attrgetter("ref.source")


def one_source(claims: Sequence[NormalizedClaim]) -> bool:
    """True when the claims all come from one source (and there is at least one)."""
    # stops at the first claim of a second source: a row of many sources is not read through
    return bool(claims) and not any(map(ne, map(source_of, claims), repeat(claims[0].ref.source)))


@dataclass(frozen=True)
class Group:
    """Sources that agree with each other on one value."""

    label: str  # the value as people read it: "October 2024"
    key: str  # the normalized value, stable across wording: "2024-10-01..2024-10-31"
    claims: tuple[NormalizedClaim, ...]

    @cached_property
    def sources(self) -> list[str]:
        """The distinct source ids of the group, sorted (read-only: computed once per group)."""
        # first seen first: claims in claim order give their sources sorted already, which
        # the sort then only confirms (a set's order would have it sort thousands of ids)
        return sorted(dict.fromkeys(map(source_of, self.claims)))


@dataclass(frozen=True)
class Draft:
    """A finding before review: the rule kind fills it, the engine adds rule data and an id."""

    topics: tuple[str, ...]
    rows: tuple[str, ...]
    groups: tuple[Group, ...]
    explanation: str
    hint: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    severity: Severity | None = None  # at most this severe: a doubt rather than a conflict
