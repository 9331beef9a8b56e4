"""What a rule kind provides, in one typed declaration the registry lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.models.base import StrictModel

if TYPE_CHECKING:
    from factcheck.engine.context import RuleContext
    from factcheck.engine.findings import Draft
    from factcheck.engine.spec import Rule


@dataclass(frozen=True)
class RuleKind:
    """A rule kind: its check, its parameters and message fields, and what its findings mean."""

    name: str
    check: Callable[[RuleContext, Rule], list[Draft]]
    params: type[StrictModel]
    fields: tuple[str, ...]
    # its groups say who agrees with whom on a row (topic verdicts and chart colours use them)
    agreement: bool = False
    # its findings say that sources disagree; False for a change over time or a note
    conflict: bool = True
    # the parameter that sets how far "about" reaches for the value kind the rule applies to
    tolerance: str | None = None
