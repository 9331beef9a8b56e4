"""set-agreement: complete lists must be equal; partial lists must fit them and their counts."""

from __future__ import annotations

from factcheck.engine.context import ComparableSet, RuleContext
from factcheck.engine.findings import Draft, Group
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_check
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.values.set import Members


class Params(StrictModel):
    """set-agreement takes no parameters."""


def _complete(group: Group) -> frozenset[str] | None:
    for item in group.claims:
        if isinstance(item.value, Members) and item.value.complete:
            return item.value.members
    return None


def _hint(ctx: RuleContext, part: ComparableSet, groups: list[Group]) -> list[str]:
    """Say which members only one complete list names."""
    complete = [m for g in groups if (m := _complete(g)) is not None]
    if len(complete) < 2:
        return []
    a, b = complete[0], complete[1]
    notes = []
    if b - a:
        notes.append(f"only the second list names {', '.join(sorted(b - a))}")
    if a - b:
        notes.append(f"only the first list names {', '.join(sorted(a - b))}")
    return notes


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per set row whose lists cannot all be right."""
    return agreement_check(ctx, rule, _hint)


KIND = RuleKind(
    name="set-agreement",
    check=check,
    params=Params,
    fields=AGREEMENT_FIELDS,
    agreement=True,
)
