"""The one place where rule kinds are registered, by the name rule files use in ``kind:``."""

from __future__ import annotations

from types import ModuleType

from factcheck.engine.kinds import (
    amount_agreement,
    cited_repeat,
    count_agreement,
    count_vs_set,
    date_agreement,
    order,
    part_whole,
    set_agreement,
    single_source,
    text_agreement,
)

KINDS: dict[str, ModuleType] = {
    "date-agreement": date_agreement,
    "amount-agreement": amount_agreement,
    "count-agreement": count_agreement,
    "set-agreement": set_agreement,
    "text-agreement": text_agreement,
    "count-vs-set": count_vs_set,
    "order": order,
    "part-whole": part_whole,
    "single-source": single_source,
    "cited-repeat": cited_repeat,
}
