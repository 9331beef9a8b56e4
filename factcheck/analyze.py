"""analyze(case) -> Report: the one function that composes every stage of the pipeline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factcheck.build_report import build_report
from factcheck.engine.context import RuleContext
from factcheck.engine.ruleset import load_rules, tolerances
from factcheck.engine.run import run_rules
from factcheck.gctune import paused_collection, retain
from factcheck.io.loader import load_case
from factcheck.models.report import Report
from factcheck.normalize.claims import normalize_case, reference_day
from factcheck.review.status import ReviewInputs, apply_review
from factcheck.topics.grouping import group_claims
from factcheck.values.base import CompareEnv
from factcheck.values.rates import RateBook


@dataclass(frozen=True)
class Options:
    """What a caller may change: the rule folder and the review inputs (baseline)."""

    rules_dir: Path | None = None
    review: ReviewInputs | None = None
    # called with a stage's name as each one ends (load, normalize, group, rules, review,
    # report): a benchmark's clock, kept out of the core
    on_stage: Callable[[str], None] | None = None


def analyze(case_dir: Path, options: Options | None = None) -> Report:
    """Load, normalize, group, check and review a case folder; return the report."""
    with paused_collection():
        return _analyze(case_dir, options or Options())


def _analyze(case_dir: Path, options: Options) -> Report:
    done = options.on_stage or (lambda stage: None)
    case = load_case(case_dir)
    rules = load_rules(options.rules_dir, case.spec.rules, case.spec_document)
    done("load")
    claims = normalize_case(case, tolerances(rules))
    done("normalize")
    grouping = group_claims(claims, case.spec)
    env = CompareEnv(RateBook(dict(case.spec.rates), reference_day(case)))
    done("group")
    sources = {item.source.id: item.source for item in case.sources}
    ctx = RuleContext(case.spec, grouping, tuple(claims), sources, env)
    findings = run_rules(ctx, rules)
    done("rules")
    statuses, stale = apply_review(case, findings, options.review)
    done("review")
    report = build_report(case, ctx, findings, statuses, stale)
    retain(case, claims, grouping, ctx, findings)
    done("report")
    return report
