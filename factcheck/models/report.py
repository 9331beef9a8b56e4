"""The report: what every writer renders, and the JSON contract other tools rely on."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Status = Literal["new", "resolved", "accepted", "baselined"]
Severity = Literal["error", "warning", "info"]

# Most severe first: sorting, fail levels ("at or above error") and summaries use this order.
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


def at_or_above(severity: str, level: str) -> bool:
    """True when ``severity`` is at least as severe as ``level`` (error > warning > info)."""
    return SEVERITY_RANK[severity] <= SEVERITY_RANK[level]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)


class ClaimView(_Out):
    """One claim as a topic row shows it."""

    source: str
    language: str
    subject: str
    property: str
    value: str
    normalized: str
    low: str
    high: str
    point: str = ""  # the figure as stated (plain number), inside [low, high]; "" for dates
    unit: str | None
    qualifier: str
    period: str | None
    as_of: str | None
    attribution: str | None
    quote: str | None
    offsets: tuple[int, int] | None
    note: str | None
    path: str
    line: int
    match: str
    score: float
    suggestion: str | None
    group: int | None
    derived: bool = False
    scope: str | None = None
    superseded: bool = False  # the source itself labels the figure as earlier or corrected
    also: list[str] = []  # the source's own conversions of the value, as stated


class TopicView(_Out):
    """A topic over one period: its claims and verdict."""

    id: str
    topic: str
    label: str
    kind: str
    period: str | None
    catalogued: bool
    # unchecked: a topic extract proposed from the kind of value alone, not yet confirmed
    verdict: Literal["agree", "conflict", "single", "unchecked"]
    findings: list[str]
    claims: list[ClaimView]
    scope: str | None = None
    evolving: bool = False
    axis: Literal["number", "date", "time"] | None = None  # what a chart of it draws on


class Location(_Out):
    """A claim line in a source file."""

    source: str
    path: str
    line: int


class GroupView(_Out):
    """Sources that agree with each other on one value, and the claims that say it."""

    value: str
    normalized: str
    sources: list[str]
    claims: list[Location] = []


class Decision(_Out):
    """An editor's decision on a finding."""

    status: str
    note: str
    by: str
    at: str
    value: str | None = None


class FindingView(_Out):
    """A finding with its evidence, explanation, hint and review status."""

    id: str
    rule: str
    name: str
    kind: str = ""  # the rule kind: date-agreement, evolving, …
    conflict: bool = True  # False when the finding notes a change over time or a fact
    severity: Literal["error", "warning", "info"]
    status: Status
    topics: list[str]
    rows: list[str]
    sources: list[str]
    message: str
    explanation: str
    hint: str | None
    groups: list[GroupView]
    locations: list[Location]
    decision: Decision | None = None


class StaleView(_Out):
    """A decision or baseline entry whose finding no longer exists, where it is written."""

    id: str
    kind: Literal["resolution", "baseline entry"]
    path: str
    line: int

    def __str__(self) -> str:
        """`path:line: stale resolution abc: no such finding any more`."""
        return f"{self.path}:{self.line}: stale {self.kind} {self.id}: no such finding any more"


class SourceView(_Out):
    """A source's metadata."""

    id: str
    title: str
    outlet: str
    url: str | None
    language: str
    published: str
    kind: str
    cites: list[str]
    path: str
    claims: int


class Summary(_Out):
    """Counts for the top of every report."""

    sources: int
    languages: list[str]
    claims: int
    topics: int
    rows: int
    comparable: int = 0  # rows whose claims come from two sources or more
    unchecked: int = 0  # of those, rows of proposed topics no word named: confirm to check them
    findings: dict[str, int]
    by_severity: dict[str, int]
    by_status: dict[str, int]


class Report(_Out):
    """Everything the analysis found about a case."""

    tool: str
    version: str
    case: str
    title: str
    description: str | None = None
    sources: list[SourceView]
    topics: list[TopicView]
    findings: list[FindingView]
    stale: list[StaleView] = []
    summary: Summary


def nothing_to_compare(summary: Summary) -> str | None:
    """Why a case with sources has nothing to compare, in one line; None when it has."""
    if summary.sources == 0 or summary.comparable > 0:
        return None
    return (
        f"nothing to compare: {summary.claims} claims in {summary.sources} sources, and no topic "
        "holds claims from two of them. Drafts keep the values extract could not place as "
        "commented candidates at the end of each source file: move the ones you want under "
        "claims:, or give claims a shared topic."
    )


def unchecked_note(summary: Summary) -> str | None:
    """What a reader must do about topics not checked, in one line; None when there are none."""
    if not summary.unchecked:
        return None
    one = summary.unchecked == 1
    rows, verb = ("topic holds", "is") if one else ("topics hold", "are")
    return (
        f"{summary.unchecked} proposed {rows} figures grouped by the kind of value alone "
        f"(by_kind: true in case.yaml) and {verb} not checked: confirm or split them there."
    )
