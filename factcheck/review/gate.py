"""The CI gate: which findings fail the check, which are decided, and which decisions are stale."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.models.report import FindingView, Report, StaleView, at_or_above


@dataclass(frozen=True)
class Gate:
    """The outcome of `factcheck check` for one report."""

    fail_on: str
    strict: bool
    failing: list[FindingView]
    new_below: list[FindingView]
    decided: list[FindingView]
    baselined: list[FindingView]
    stale: list[StaleView]

    @property
    def passed(self) -> bool:
        """True when nothing new at the fail level remains (and, if strict, nothing is stale)."""
        return not self.failing and not (self.strict and self.stale)


def is_failing(finding: FindingView, fail_on: str) -> bool:
    """True for a new finding at or above the fail level: what CI stops on."""
    return finding.status == "new" and at_or_above(finding.severity, fail_on)


def failing(report: Report, fail_on: str) -> list[FindingView]:
    """The report's failing findings, in report order."""
    return [f for f in report.findings if is_failing(f, fail_on)]


def evaluate(report: Report, fail_on: str, strict: bool) -> Gate:
    """Sort the report's findings into what fails, what is new below the bar, and the rest."""
    new = [f for f in report.findings if f.status == "new"]
    return Gate(
        fail_on=fail_on,
        strict=strict,
        failing=failing(report, fail_on),
        new_below=[f for f in new if not at_or_above(f.severity, fail_on)],
        decided=[f for f in report.findings if f.status in ("resolved", "accepted")],
        baselined=[f for f in report.findings if f.status == "baselined"],
        stale=list(report.stale),
    )


def _line(finding: FindingView) -> str:
    return f"  {finding.severity.upper()} {finding.rule} {finding.id}  {finding.message}"


def gate_text(gate: Gate) -> str:
    """The plain-text verdict: new, decided, baselined, stale, then one closing line."""
    out: list[str] = []
    out.append(f"new at or above {gate.fail_on} ({len(gate.failing)}):")
    for finding in gate.failing:
        out.append(_line(finding))
        if finding.hint:
            out.append(f"      hint: {finding.hint}")
        out.append("      at " + ", ".join(f"{loc.path}:{loc.line}" for loc in finding.locations))
    if gate.new_below:
        out.append(f"new below {gate.fail_on} ({len(gate.new_below)}, not failing):")
        out.extend(_line(f) for f in gate.new_below)
    out.append(f"resolved or accepted ({len(gate.decided)}):")
    for finding in gate.decided:
        out.append(_line(finding))
        if finding.decision is not None:
            d = finding.decision
            stands = f" (stands by {d.value})" if d.value else ""
            out.append(f"      {d.status} by {d.by} on {d.at}{stands}: {d.note}")
    out.append(f"baselined ({len(gate.baselined)}):")
    out.extend(_line(f) for f in gate.baselined)
    level = "error" if gate.strict else "warning"
    for entry in gate.stale:
        out.append(f"{level}: {entry}")
    out.append(_verdict(gate))
    return "\n".join(out) + "\n"


def _verdict(gate: Gate) -> str:
    if gate.failing:
        ids = ", ".join(f.id for f in gate.failing)
        count = len(gate.failing)
        noun = "finding" if count == 1 else "findings"
        return (
            f"FAILED: {count} new {noun} at or above {gate.fail_on}, neither resolved nor in "
            f"the baseline: {ids} (decide with `factcheck resolve`, or `factcheck baseline`)"
        )
    if gate.strict and gate.stale:
        return f"FAILED: {len(gate.stale)} stale decision(s) under --strict"
    return f"passed: no new finding at or above {gate.fail_on}"
