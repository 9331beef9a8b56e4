"""The report: what every writer renders, and the JSON contract other tools rely on."""

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, Self

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


class ClaimList(list[ClaimView]):
    """A topic row's claim views, made on first read from their fields.

    A large case has a million claims: the JSON writer encodes each claim's fields a batch
    at a time (:meth:`fields`) and lets them go, without a view; every other reader
    (iteration, length, index, comparison, copy) gets the views, made once. A list so that a
    report holds lists, as its models say; pydantic's serializer reads a list's items in C,
    so the models that hold one make its views before they are dumped.
    """

    __slots__ = ("_apart", "_count", "_fields")

    def __init__(
        self,
        items: Iterable[ClaimView] = (),
        /,
        *,
        fields: Callable[[], Iterator[dict[str, Any]]] | None = None,
        count: int = 0,
        apart: bool = False,
    ) -> None:
        """Views ``items`` as a list does, or ``count`` views yet to be made from ``fields``
        (each claim's fields, in a new dict, every field given with its model's type);
        ``apart``: they come from more than one source."""
        super().__init__(items)
        self._fields = fields
        self._count = count
        self._apart = apart

    @property
    def pending(self) -> bool:
        """True while the views are not made yet."""
        return self._fields is not None

    def fields(self) -> Iterator[dict[str, Any]]:
        """Each claim view's fields, in order, whether or not the views are made (then read,
        never changed)."""
        if self._fields is not None:
            return self._fields()
        return map(vars, self)

    def sources_apart(self) -> bool:
        """True when the claims come from more than one source."""
        if self._fields is not None:
            return self._apart
        first = self[0].source if self else None
        return any(view.source != first for view in self)

    def fill(self) -> None:
        """Make the views, once."""
        fields = self._fields
        if fields is None:
            return
        self._fields = None
        list.extend(self, map(_claim_view, fields()))

    def __len__(self) -> int:
        """The number of claims, made or not."""
        return self._count if self._fields is not None else list.__len__(self)

    def __reduce__(self) -> tuple[Any, ...]:
        """Copied and pickled as the views."""
        return (ClaimList, (list(self),))


def _filled(name: str) -> Callable[..., Any]:
    method = getattr(list, name)

    def call(self: ClaimList, *args: Any, **kwargs: Any) -> Any:
        self.fill()
        for arg in args:  # another claim list compared or added: list reads its items in C
            if isinstance(arg, ClaimList):
                arg.fill()
        return method(self, *args, **kwargs)

    call.__name__ = name
    call.__doc__ = method.__doc__
    return call


for _name in (
    "__iter__", "__getitem__", "__contains__", "__reversed__", "__eq__", "__ne__", "__lt__",
    "__le__", "__gt__", "__ge__", "__repr__", "__add__", "__mul__", "__rmul__", "__iadd__",
    "__imul__", "__setitem__", "__delitem__", "append", "extend", "insert", "pop", "remove",
    "index", "count", "copy", "sort", "reverse", "clear",
):  # fmt: skip
    setattr(ClaimList, _name, _filled(_name))

_new_view = ClaimView.__new__
_setattr = object.__setattr__


def _claim_view(fields: dict[str, Any]) -> ClaimView:
    """A claim view of ``fields``, which have their model's types already: what
    ``model_construct`` does without its per-field loop."""
    view = _new_view(ClaimView)
    _setattr(view, "__dict__", fields)
    _setattr(view, "__pydantic_fields_set__", _CLAIM_FIELDS)
    _setattr(view, "__pydantic_extra__", None)
    _setattr(view, "__pydantic_private__", None)
    return view


_CLAIM_FIELDS = set(ClaimView.model_fields)


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

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        """As pydantic dumps it, once the claim views are made."""
        _fill(self.claims)
        return super().model_dump(**kwargs)

    def model_dump_json(self, **kwargs: Any) -> str:
        """As pydantic dumps it, once the claim views are made."""
        _fill(self.claims)
        return super().model_dump_json(**kwargs)


def _fill(claims: list[ClaimView]) -> None:
    if isinstance(claims, ClaimList):
        claims.fill()


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
    # currencies ("FROM/TO") with no rate into their row's main one: left out of comparison
    unconverted: list[str] = []


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

    def with_views(self) -> Self:
        """The report, once every claim view is made (for a reader that walks the lists in
        C, as pydantic's serializer and orjson do)."""
        for topic in self.topics:
            _fill(topic.claims)
        return self

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        """As pydantic dumps it, once the claim views are made."""
        return super(Report, self.with_views()).model_dump(**kwargs)

    def model_dump_json(self, **kwargs: Any) -> str:
        """As pydantic dumps it, once the claim views are made."""
        return super(Report, self.with_views()).model_dump_json(**kwargs)


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


def unconverted_note(summary: Summary) -> str | None:
    """Which amounts were not compared for want of a rate, and how to compare them; None
    when every amount was."""
    if not summary.unconverted:
        return None
    pairs = ", ".join(summary.unconverted)
    example = summary.unconverted[0]
    return (
        f"amounts in a currency no reference rate converts were left out of comparison "
        f"({pairs}): declare a rate in case.yaml to compare them (rates: {{{example}: …}})."
    )
