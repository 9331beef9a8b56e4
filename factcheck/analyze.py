"""analyze(case) -> Report: the one function that composes every stage of the pipeline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factcheck.build_report import build_report
from factcheck.engine.context import RuleContext
from factcheck.engine.ruleset import Rule, load_rules
from factcheck.engine.run import run_rules
from factcheck.errors import FactcheckError, Problem
from factcheck.io.loader import Case, load_case
from factcheck.models.report import Report
from factcheck.normalize.claims import NormalizedClaim, Tolerances, normalize_case
from factcheck.normalize.currencies import currency_problems
from factcheck.review.status import ReviewInputs, apply_review
from factcheck.topics.grouping import Grouping, group_claims


@dataclass(frozen=True)
class Options:
    """What a caller may change: the rule folder and the review inputs (baseline)."""

    rules_dir: Path | None = None
    review: ReviewInputs | None = None
    # called with a stage's name as each one ends (load, normalize, group, rules, review,
    # report): a benchmark's clock, kept out of the core
    on_stage: Callable[[str], None] | None = None


def tolerances_from(rules: list[Rule]) -> Tolerances:
    """How far "about" reaches, as the amount and count agreement rules configure it."""
    defaults = Tolerances()
    amount, count = defaults.amount, defaults.count
    for rule in rules:
        if rule.spec.kind == "amount-agreement":
            amount = rule.params.about_tolerance  # type: ignore[attr-defined]
        elif rule.spec.kind == "count-agreement":
            count = rule.params.about_tolerance  # type: ignore[attr-defined]
    return Tolerances(amount=amount, count=count)


def _check_currencies(claims: list[NormalizedClaim], grouping: Grouping, case: Case) -> None:
    by_topic: dict[str, list[tuple[str, str, int]]] = {}
    for item in claims:
        if item.kind == "amount" and item.quantity and item.quantity.unit:
            topic = grouping.assignments[item.ref].topic
            by_topic.setdefault(topic, []).append(
                (item.quantity.unit, item.ref.path, item.ref.line)
            )
    problems = [Problem(p, n, m) for p, n, m in currency_problems(by_topic, case.spec.rates)]
    if problems:
        raise FactcheckError(problems)


def analyze(case_dir: Path, options: Options | None = None) -> Report:
    """Load, normalize, group, check and review a case folder; return the report."""
    options = options or Options()
    done = options.on_stage or (lambda stage: None)
    case = load_case(case_dir)
    rules = load_rules(options.rules_dir, case.spec.rules, case.spec_document)
    done("load")
    claims = normalize_case(case, tolerances_from(rules))
    done("normalize")
    grouping = group_claims(claims, case.spec)
    _check_currencies(claims, grouping, case)
    done("group")
    sources = {item.source.id: item.source for item in case.sources}
    ctx = RuleContext(case.spec, grouping, tuple(claims), sources)
    findings = run_rules(ctx, rules)
    done("rules")
    statuses, stale = apply_review(case, findings, options.review)
    done("review")
    report = build_report(case, ctx, findings, statuses, stale)
    done("report")
    return report
