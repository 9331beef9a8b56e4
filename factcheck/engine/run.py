"""Run every rule over the grouped case and return sorted findings with stable ids."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.engine.context import RuleContext
from factcheck.engine.findings import Draft
from factcheck.engine.ids import assign_ids, fingerprint_key
from factcheck.engine.registry import KINDS
from factcheck.engine.spec import Rule
from factcheck.models.report import SEVERITY_RANK, Severity


@dataclass(frozen=True)
class Finding:
    """A draft finding with its rule, message and stable id."""

    id: str
    rule: Rule
    draft: Draft
    message: str

    @property
    def severity(self) -> Severity:
        """The rule's severity, or the lower one its kind gave this finding."""
        own = self.draft.severity
        rule = self.rule.spec.severity
        return own if own is not None and SEVERITY_RANK[own] > SEVERITY_RANK[rule] else rule


def run_rules(ctx: RuleContext, rules: list[Rule]) -> list[Finding]:
    """Apply each rule's kind; sort by severity, topic and rule; give every finding its id."""
    produced: list[tuple[Rule, Draft]] = []
    for rule in rules:
        for draft in KINDS[rule.spec.kind].check(ctx, rule):
            produced.append((rule, draft))
    keyed = sorted(
        ((fingerprint_key(rule.spec.id, draft), rule, draft) for rule, draft in produced),
        key=lambda item: item[0],
    )
    ids = assign_ids([key for key, _, _ in keyed])
    findings = [
        Finding(finding_id, rule, draft, rule.spec.message.format_map(_Fields(draft.fields)))
        for finding_id, (_, rule, draft) in zip(ids, keyed, strict=True)
    ]
    return sorted(
        findings,
        key=lambda f: (SEVERITY_RANK[f.severity], f.draft.rows, f.rule.spec.id, f.id),
    )


class _Fields(dict[str, str]):
    """Template fields; a field a kind did not fill renders empty instead of failing."""

    def __missing__(self, key: str) -> str:
        return ""
