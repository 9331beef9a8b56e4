"""Score a report's findings against a story's gold conflicts and look-alike agreements.

Works on the report as plain data (``Report.model_dump(mode="json")``). A finding counts
when it is at error or warning level and its rule is not of the ``evolving`` kind (a running
figure shown as a change over time is the reading that different as-of times ask for).
A counting finding splits two gold claims when one of its groups holds the first, another
holds the second and no group holds both. A conflict is flagged when some counting finding
splits two of its claims; a look-alike agreement is wrongly flagged likewise.

Which claims a group holds: the contract is ``groups[].claims: [{source, path, line}]``.
Where the groups do not list their claims yet, a group holds the claims of the finding's
``locations`` whose source the group names (exact unless one source sits in two groups).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stories_gold import GoldPair

COUNTED_SEVERITIES = ("error", "warning")
EVOLVING_KIND = "evolving"

Locate = Callable[[dict[str, Any]], set[str]]  # a claim location -> the gold ids it holds


def claim_key(location: dict[str, Any]) -> tuple[str, int]:
    """(file name, line) of a claim location: how the bench finds the claims it wrote."""
    return Path(str(location.get("path", ""))).name, int(location.get("line") or 0)


def groups_name_claims(report: dict[str, Any]) -> bool:
    """True when the report's finding groups list their claims (the contract)."""
    groups = [g for f in report.get("findings", []) for g in f.get("groups") or []]
    return bool(groups) and all("claims" in g for g in groups)


def group_claims(finding: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The claim locations of each group of a finding."""
    groups = finding.get("groups") or []
    if all("claims" in g for g in groups):
        return [list(g.get("claims") or []) for g in groups]
    locations = finding.get("locations") or []
    return [
        [loc for loc in locations if loc.get("source") in set(g.get("sources") or [])]
        for g in groups
    ]


def counts(finding: dict[str, Any], rule_kinds: dict[str, str]) -> bool:
    """True when a finding can flag or split: error or warning, and not an evolving rule."""
    if finding.get("severity") not in COUNTED_SEVERITIES:
        return False
    return rule_kinds.get(str(finding.get("rule")), "") != EVOLVING_KIND


def held(finding: dict[str, Any], locate: Locate) -> list[set[str]]:
    """The gold ids each group of a finding holds."""
    return [set().union(*(locate(c) for c in claims)) for claims in group_claims(finding)]


def splits(groups: list[set[str]], a: str, b: str) -> bool:
    """True when one group holds ``a``, another ``b``, and none holds both."""
    in_a = {i for i, ids in enumerate(groups) if a in ids}
    in_b = {i for i, ids in enumerate(groups) if b in ids}
    return bool(in_a) and bool(in_b) and not in_a & in_b


def split_pair(groups: list[set[str]], claims: Iterable[str]) -> tuple[str, str] | None:
    """The first two of ``claims`` the groups split, if any."""
    ordered = list(dict.fromkeys(claims))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if splits(groups, a, b):
                return a, b
    return None


def describe(finding: dict[str, Any], groups: list[set[str]], kind: str) -> str:
    """A finding in one line: rule, kind, severity and the gold ids of each group."""
    parts = []
    for group, ids in zip(finding.get("groups") or [], groups, strict=False):
        parts.append(f"{group.get('value', '?')} [{', '.join(sorted(ids)) or '-'}]")
    head = f"{finding.get('rule')} {kind or '?'} {finding.get('severity')}"
    return f"{head}: {' | '.join(parts)}"


@dataclass
class PairVerdict:
    """A gold conflict or look-alike agreement and the findings that split it."""

    pair: GoldPair
    by: list[str] = field(default_factory=list)

    @property
    def split(self) -> bool:
        """True when some counting finding splits two of its claims."""
        return bool(self.by)


def judge(
    pairs: Iterable[GoldPair],
    findings: list[dict[str, Any]],
    rule_kinds: dict[str, str],
    locate: Locate,
) -> list[PairVerdict]:
    """For each gold pair, the counting findings that split two of its claims."""
    counted = [(f, held(f, locate)) for f in findings if counts(f, rule_kinds)]
    verdicts = []
    for pair in pairs:
        verdict = PairVerdict(pair)
        for finding, groups in counted:
            hit = split_pair(groups, pair.claims)
            if hit:
                kind = rule_kinds.get(str(finding.get("rule")), "")
                verdict.by.append(f"{describe(finding, groups, kind)} (splits {hit[0]}/{hit[1]})")
        verdicts.append(verdict)
    return verdicts


@dataclass(frozen=True)
class Ratio:
    """n of total."""

    n: int
    total: int

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.n + other.n, self.total + other.total)

    def __str__(self) -> str:
        return f"{self.n}/{self.total}"


def flagged(verdicts: list[PairVerdict], expected: str | None = None) -> Ratio:
    """How many of the pairs (of one expected flag, if given) are split."""
    chosen = [v for v in verdicts if expected is None or v.pair.expected == expected]
    return Ratio(sum(v.split for v in chosen), len(chosen))
