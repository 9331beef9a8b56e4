"""conversion: a source's own conversion ("€88 million (about $102 million)", "12:50 local
time (06:20 GMT)") should match what it converts, at the reference rate or zone offset."""

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft, Group
from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds.common import AGREEMENT_FIELDS, agreement_draft, make_group
from factcheck.engine.spec import Rule
from factcheck.models.base import StrictModel
from factcheck.values.registry import value_kind


class Params(StrictModel):
    """conversion takes no parameters: "about" in the conversion widens it as usual."""


def check(ctx: RuleContext, rule: Rule) -> list[Draft]:
    """One finding per claim whose own conversion cannot be the same value."""
    drafts = []
    for row in ctx.rows_for(rule.spec):
        kind = value_kind(row.topic.kind)
        for item in ctx.current(row):
            for also in item.value.also:
                pair = [item.value, also]
                parts = kind.partition(pair, ctx.env)
                if len(parts) == 1 and len(parts[0]) == 2:
                    continue
                stated = make_group([item])
                converted = Group(also.stated, also.key, (item,))
                notes = kind.notes(pair, ctx.env)
                explanation = (
                    f"{item.ref.source} gives {item.value.stated} and, as its own conversion, "
                    f"{also.stated}: the two cannot be the same value."
                )
                hint = "; ".join(notes) + "." if notes else None
                drafts.append(agreement_draft(row, [stated, converted], explanation, hint))
    return drafts


KIND = RuleKind(name="conversion", check=check, params=Params, fields=AGREEMENT_FIELDS)
