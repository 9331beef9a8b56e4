"""`factcheck compare CASE`: who says what, per topic, with the findings first."""

from __future__ import annotations

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
    from factcheck.cli.compare_run import run_compare

    run_compare(case, format, topic, severity, rules, baseline, output)
