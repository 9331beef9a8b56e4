"""`factcheck compare CASE`: who says what, per topic, with the findings first."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Annotated

import typer

from factcheck.cli.options import BaselineOpt, CaseArg, OutputOpt, RulesOpt


def register(app: typer.Typer) -> None:
    """Add the compare command to ``app``."""
    app.command("compare")(compare)


def compare(
    case: CaseArg,
    format: Annotated[
        str,
        typer.Option("--format", "-f", help="Output format: terminal, json, or any report format."),
    ] = "terminal",
    topic: Annotated[
        list[str] | None,
        typer.Option("--topic", "-t", help="Only topics matching this id or glob (repeatable)."),
    ] = None,
    severity: Annotated[
        list[str] | None,
        typer.Option("--severity", "-s", help="Only findings of this severity (repeatable)."),
    ] = None,
    rules: RulesOpt = None,
    baseline: BaselineOpt = None,
    output: OutputOpt = None,
) -> None:
    """Show, per topic, what each source says, and the discrepancies found."""
    from factcheck.analyze import Options, analyze
    from factcheck.cli.output import emit, terminal_options
    from factcheck.errors import FactcheckError
    from factcheck.gctune import freeze_survivors
    from factcheck.models.report import nothing_to_compare, unchecked_note
    from factcheck.report_filter import filter_report
    from factcheck.review.inputs import find_review
    from factcheck.writers import WriterOptions, get_writer

    for level in severity or []:
        if level not in ("error", "warning", "info"):
            raise FactcheckError(f"unknown severity '{level}' (choose from error, warning, info)")
    writer = get_writer(format)
    found = find_review(case, baseline)
    report = analyze(case, Options(rules_dir=rules, review=found.inputs))
    freeze_survivors()  # the writer allocates a lot; the case and report need no more scans
    report = filter_report(report, topic, severity)
    options = terminal_options() if format == "terminal" and output is None else WriterOptions()
    # CI formats (junit, github) mark what `check` would fail on, at the configured level.
    options = replace(options, fail_on=found.fail_on())
    emit(writer(report, options), output)
    empty = nothing_to_compare(report.summary)
    if empty:
        print(f"note: {case}: {empty}", file=sys.stderr)
    unchecked = unchecked_note(report.summary)
    if unchecked:
        print(f"note: {case}: {unchecked}", file=sys.stderr)
