"""The one place where rule kinds are registered, by the name rule files use in ``kind:``."""

from __future__ import annotations

from factcheck.engine.kind import RuleKind
from factcheck.engine.kinds import (
    agreement,
    amount_agreement,
    cited_repeat,
    conversion,
    count_agreement,
    count_vs_set,
    date_agreement,
    evolving,
    figure_mismatch,
    figure_slip,
    order,
    part_whole,
    set_agreement,
    single_source,
    slip_across,
    superseded,
    text_agreement,
    weekday_of_date,
)

KINDS: dict[str, RuleKind] = {
    module.KIND.name: module.KIND
    for module in (
        date_agreement,
        amount_agreement,
        count_agreement,
        set_agreement,
        text_agreement,
        weekday_of_date,
        agreement,
        count_vs_set,
        order,
        part_whole,
        figure_mismatch,
        figure_slip,
        slip_across,
        evolving,
        superseded,
        conversion,
        single_source,
        cited_repeat,
    )
}
