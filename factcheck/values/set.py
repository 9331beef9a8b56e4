"""set: a list of members — countries (ISO 3166-1), regions (ISO 3166-2) or free names.

A complete list must equal the others; a partial one (``complete: false``) must fit within
them and within its own stated number. Countries and regions are matched by code or by
name in any supported language; free names by folded text and fuzzy similarity.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Literal, Self

from pydantic import Field, ValidationInfo, field_validator, model_validator

from factcheck.values.base import BaseValue, CompareEnv, NormalizeContext, Payload, ValueKind
from factcheck.values.figures import qualify, stated_figure
from factcheck.values.intervals import Interval
from factcheck.values.numeric import qualifier_word
from factcheck.values.places import country_code, region_names, top_region_code
from factcheck.values.text import fold, match_key

MemberKind = Literal["country", "region", "name"]
NAME_SIMILARITY = 88  # rapidfuzz ratio at which two free names are one member


@cache
def _regions() -> dict[str, str]:
    import pycountry

    index: dict[str, str] = {}
    # top-level subdivisions first: "Murcia" is the region before it is the province
    ordered = sorted(pycountry.subdivisions, key=lambda r: (r.parent_code is not None, r.code))
    for region in ordered:
        index[region.code.casefold()] = region.code
        for name in region_names(region.name):
            index.setdefault(fold(name), region.code)
    return index


def region_code(name: str) -> str | None:
    """ISO 3166-2 code of a subdivision given by code (ES-AN), by its own name, or by a
    top-level region's name in a supported language ("Catalunha")."""
    index = _regions()
    return index.get(name.casefold()) or index.get(fold(name)) or top_region_code(name)


def _member(name: str, of: str) -> str | None:
    if of == "country":
        return country_code(name)
    if of == "region":
        return region_code(name)
    return match_key(name) or None


class SetValue(BaseValue):
    """A list of members, complete or partial, with the number the source states for it."""

    kind: Literal["set"]
    of: MemberKind = "country"
    members: list[str] = Field(min_length=1)
    complete: bool = True
    count: int | None = Field(default=None, ge=0)

    @field_validator("members", mode="before")
    @classmethod
    def _texts(cls, value: object) -> object:
        return [str(m) for m in value] if isinstance(value, list) else value

    @field_validator("members")
    @classmethod
    def _known_members(cls, value: list[str], info: ValidationInfo) -> list[str]:
        of = info.data.get("of", "country")
        unknown = [m for m in value if _member(m, of) is None]
        if unknown:
            names = ", ".join(f"'{m}'" for m in unknown)
            hint = {
                "country": "(use a name or an ISO 3166 code)",
                "region": "(use an ISO 3166-2 code like ES-AN or its name)",
                "name": "(a name needs letters or digits)",
            }[of]
            raise ValueError(f"unknown {of} {names} {hint}")
        return value

    @model_validator(mode="after")
    def _complete_count(self) -> Self:
        if not self.complete or self.count is None:
            return self  # nothing to check: most lists state no count
        distinct = len({_member(m, self.of) for m in self.members})
        if self.count != distinct:
            raise ValueError(
                f"a complete list of {distinct} members cannot have count {self.count}: "
                "set complete: false if the list names only some of them"
            )
        return self


@dataclass(frozen=True, kw_only=True)
class Members(Payload):
    """Member codes (or folded names), whether the list is complete, and its size's bounds."""

    members: frozenset[str]
    complete: bool
    cardinality: Interval
    count: int | None = None
    of: str = "country"

    def bounds(self) -> tuple[str, str]:
        """The number of members the whole set may have."""
        lo, hi = self.cardinality.lo, self.cardinality.hi
        return (str(int(lo)) if lo is not None else ""), (str(int(hi)) if hi is not None else "")


def _cardinality(value: SetValue, qualifier: str, size: int) -> Interval:
    """How many members the whole set has: exactly its size when complete, else bounded below."""
    if value.complete:
        return Interval(Decimal(size), Decimal(size))
    floor = Interval(Decimal(size), None)
    if value.count is None:
        return floor
    bound = qualify(stated_figure(Decimal(value.count), discrete=True), qualifier, Decimal("0.1"))
    return bound.intersect(floor) or floor


def normalize(value: SetValue, ctx: NormalizeContext) -> Members:
    """The members as codes (or folded names), and the size the whole set may have."""
    members = frozenset(code for m in value.members if (code := _member(m, value.of)))
    listed = ", ".join(sorted(members)) if value.of != "name" else ", ".join(value.members)
    if value.complete:
        stated = f"{len(members)}: {listed}"
    else:
        words = qualifier_word(ctx.qualifier)
        total = f" of {words}{value.count}" if value.count is not None else ""
        stated = f"{len(members)} named{total}: {listed}"
    key = "{" + ", ".join(sorted(members)) + "}" + ("" if value.complete else " (partial)")
    return Members(
        stated=stated,
        normalized=key,
        key=key,
        compare_class=value.of,
        members=members,
        complete=value.complete,
        cardinality=_cardinality(value, ctx.qualifier, len(members)),
        count=value.count,
        of=value.of,
    )


def _canonical_names(payloads: Sequence[Members]) -> list[frozenset[str]]:
    """Free names spelled a little differently across sources, mapped onto one spelling."""
    # claims stating the same list share its payload, which maps the same way each time it
    # comes (the spellings chosen before it are still there, and it chose or matched its own
    # then): each distinct payload is mapped once, in the order they first come
    ids = list(map(id, payloads))
    chosen: list[str] = []
    out: dict[int, frozenset[str]] = {}
    for key, item in dict(zip(ids, payloads, strict=True)).items():
        if item.of != "name":
            out[key] = item.members
            continue
        from rapidfuzz import fuzz  # on use: lists of countries or regions never need it

        mapped = set()
        for name in sorted(item.members):
            same = next((c for c in chosen if fuzz.ratio(c, name) >= NAME_SIMILARITY), None)
            if same is None:
                chosen.append(same := name)
            mapped.add(same)
        out[key] = frozenset(mapped)
    return list(map(out.__getitem__, ids))


def _fits(members: frozenset[str], cardinality: Interval, whole: frozenset[str]) -> bool:
    """A partial list fits a complete one when it names only its members and its count allows."""
    size = Decimal(len(whole))
    return members <= whole and cardinality.overlaps(Interval(size, size))


class _Loose:
    """Partial lists that fit together: their union, and the smallest stated upper bound."""

    def __init__(self) -> None:
        self.members: set[str] = set()
        self.limit: Decimal | None = None
        self.items: list[int] = []

    def admits(self, members: frozenset[str], cardinality: Interval) -> bool:
        size = Decimal(len(self.members | members))
        return all(size <= limit for limit in (self.limit, cardinality.hi) if limit is not None)

    def add(self, index: int, members: frozenset[str], cardinality: Interval) -> None:
        self.members |= members
        if cardinality.hi is not None:
            self.limit = cardinality.hi if self.limit is None else min(self.limit, cardinality.hi)
        self.items.append(index)


def partition(payloads: Sequence[Members], env: CompareEnv) -> list[list[int]]:
    """One group per distinct complete list, with the partial lists that fit it attached."""
    names = _canonical_names(payloads)
    complete: dict[frozenset[str], list[int]] = {}
    partials = []
    for index, item in enumerate(payloads):
        if item.complete:
            complete.setdefault(names[index], []).append(index)
        else:
            partials.append(index)
    groups = sorted(complete.items(), key=lambda kv: (-len(kv[1]), sorted(kv[0])))
    loose: list[_Loose] = []
    # beside complete lists, where a partial one goes depends on its payload alone
    homes: dict[int, list[int] | None] = {}
    for index in partials:
        members, cardinality = names[index], payloads[index].cardinality
        key = id(payloads[index])
        if key in homes:
            home = homes[key]
        else:
            home = next((g for whole, g in groups if _fits(members, cardinality, whole)), None)
            homes[key] = home
        if home is not None:
            home.append(index)
            continue
        # beside a complete list, a partial one that does not fit it stands on its own
        bucket = (
            None if groups else next((b for b in loose if b.admits(members, cardinality)), None)
        )
        if bucket is None:
            loose.append(bucket := _Loose())
        bucket.add(index, members, cardinality)
    return [g for _, g in groups] + [b.items for b in loose]


KIND = ValueKind(
    name="set",
    model=SetValue,
    normalize=normalize,
    summary="a list of countries, regions or names; complete or partial, with a stated number",
    disagreement=(
        "The lists for “{label}” cannot all be right: they name different members, or a "
        "partial list names members a complete list lacks, or its stated number does not fit."
    ),
    partition=partition,
    axis=None,
)
