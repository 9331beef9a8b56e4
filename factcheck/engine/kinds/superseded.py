"""superseded-figure: a source still gives as current a figure another source labels as revised.

A claim marked ``superseded: true`` ("first put at 140, later corrected to 144") is shown
but not compared as its source's figure; another source stating that earlier figure as
its own is worth a warning whose hint says who revised it.
"""

from functools import cached_property
from itertools import compress, repeat
from operator import and_, attrgetter, ne

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft, source_of
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, make_group
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.normalize.claims import NormalizedClaim


class Params(StrictModel):
    """superseded-figure takes no parameters."""


def _not_earlier(item: NormalizedClaim, revisions: list[NormalizedClaim]) -> bool:
    """For a running figure: the claim holds no earlier than the revision (undated: unknown)."""
    if item.when is None:
        return False
    return any(r.when is None or item.when.end > r.when.start for r in revisions)


class _Together:
    """:meth:`RuleContext.together` for one row's kind, asked once per pair of payloads.

    Whether two claims can both be true depends on their values alone, and sources repeating
    one another share them: each superseded figure is held against every current claim of
    its row, where a row of thousands of claims states a few dozen values.
    """

    def __init__(self, ctx: RuleContext, kind: str) -> None:
        self.ctx = ctx
        self.kind = kind
        self.known: dict[tuple[int, int], bool] = {}  # by the payloads' ids; the row keeps them

    def __call__(self, first: NormalizedClaim, second: NormalizedClaim) -> bool:
        key = (id(first.value), id(second.value))
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = self.ctx.together(self.kind, first, second)
        return found


class _Class:
    """A row's current claims of one compare class, with what each superseded figure of the
    class reads of them: their payloads and sources, read once."""

    def __init__(self) -> None:
        self.claims: list[NormalizedClaim] = []
        self.by_source: dict[str, list[NormalizedClaim]] = {}

    def add(self, item: NormalizedClaim) -> None:
        self.claims.append(item)
        self.by_source.setdefault(item.ref.source, []).append(item)

    @cached_property
    def values(self) -> list[int]:
        """Each claim's payload, by id."""
        return list(map(id, map(_value, self.claims)))

    @cached_property
    def distinct(self) -> dict[int, NormalizedClaim]:
        """A claim of each distinct payload, by the payload's id."""
        return dict(zip(self.values, self.claims, strict=True))

    @cached_property
    def sources(self) -> list[str]:
        """Each claim's source."""
        return list(map(source_of, self.claims))


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One warning per superseded figure that another source still gives as current."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        if not ctx.has_superseded(row):
            continue
        together = _Together(ctx, row.topic.kind)
        by_class: dict[str, _Class] = {}
        for item in ctx.current(row):
            by_class.setdefault(item.value.compare_class, _Class()).add(item)
        for old in (c for c in row.claims if c.claim.superseded and c.value.placed):
            same_class = by_class.get(old.value.compare_class)
            source = old.ref.source
            revisions = same_class.by_source.get(source, []) if same_class else []
            if not same_class or not revisions:
                continue
            # whether a claim still gives the earlier figure depends on its payload alone
            # (and, for a running figure, on when it holds): worked out once per payload
            repeats = {
                key: together(item, old) and not any(together(item, r) for r in revisions)
                for key, item in same_class.distinct.items()
            }
            others = map(ne, same_class.sources, repeat(source))
            flags = map(and_, others, map(repeats.__getitem__, same_class.values))
            stale = list(compress(same_class.claims, flags))
            if row.topic.evolving:
                stale = [c for c in stale if _not_earlier(c, revisions)]
            if not stale:
                continue
            groups = (make_group(stale), make_group(revisions))
            explanation = (
                f"{', '.join(groups[0].sources)} give {groups[0].label} for “{row.topic.label}”, "
                f"a figure {source} reports as superseded."
            )
            hint = (
                f"{source} says {old.value.stated} was an earlier figure, revised to "
                f"{groups[1].label}."
            )
            drafts.append(agreement_draft(row, groups, explanation, hint))
    return drafts


_value = attrgetter("value")


KIND = RuleKind(name="superseded-figure", check=check, params=Params, fields=AGREEMENT_FIELDS)
