"""`factcheck check CASE`: the CI gate; exit 1 on new, unresolved findings at the fail level."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.options import CaseArg, OutputOpt, RulesOpt
from factcheck.review.defaults import DEFAULT_BASELINE_NAME

FORMATS = ("text", "json", "sarif", "junit", "github")
LEVELS = ("error", "warning", "info")


def register(app: typer.Typer) -> None:
    """Add the check command to ``app``."""
    app.command("check")(check)


def check(
    case: CaseArg,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="Baseline file (default: from config, else "
            f"CASE/{DEFAULT_BASELINE_NAME} if present).",
        ),
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", help="Fail on new findings at or above: error, warning, info."),
    ] = None,
    strict: Annotated[
        bool | None,
        typer.Option("--strict/--no-strict", help="Treat stale decisions as errors."),
    ] = None,
    format: Annotated[
        str, typer.Option("--format", "-f", help="text, json, sarif, junit or github.")
    ] = "text",
    output: OutputOpt = None,
    rules: RulesOpt = None,
    allow_empty: Annotated[
        bool,
        typer.Option("--allow-empty", help="Pass a case in which no topic has two sources."),
    ] = False,
) -> None:
    """Fail (exit 1) when a finding at the fail level is neither resolved nor baselined.

    A case with sources but nothing to compare is no pass: it exits 2 unless --allow-empty.
    """
    from factcheck.analyze import Options, analyze
    from factcheck.cli.output import emit
    from factcheck.errors import FactcheckError
    from factcheck.models.report import nothing_to_compare
    from factcheck.review.gate import evaluate, gate_text
    from factcheck.review.inputs import find_review
    from factcheck.safe_text import visible
    from factcheck.writers import WriterOptions, get_writer

    if format not in FORMATS:
        raise FactcheckError(f"unknown format '{format}' (choose from {', '.join(FORMATS)})")
    found = find_review(case, baseline)
    level = found.fail_on(fail_on)
    if level not in LEVELS:
        raise FactcheckError(f"unknown --fail-on level '{level}' (choose from {', '.join(LEVELS)})")
    is_strict = strict if strict is not None else bool(found.settings.strict)
    report = analyze(case, Options(rules_dir=rules, review=found.inputs))
    from factcheck.gctune import freeze_survivors

    freeze_survivors()  # the writer allocates a lot; the case and report need no more scans
    empty = nothing_to_compare(report.summary)
    if empty and not allow_empty:
        raise FactcheckError(f"{case}: {empty} (--allow-empty passes it)")
    gate = evaluate(report, level, is_strict)
    options = WriterOptions(fail_on=level, strict=is_strict)

    if format == "text":
        # the gate's text quotes claim files, like every format people read
        text = visible(gate_text(gate))
        if os.environ.get("GITHUB_ACTIONS") == "true" and output is None:
            text = get_writer("github")(report, options) + text
    else:
        text = get_writer(format)(report, options)
    emit(text, output)
    if not gate.passed:
        # SystemExit, not typer.Exit: in non-standalone mode click returns Exit's code
        # instead of exiting, and the entry point would turn the failure into a 0.
        raise SystemExit(1)
