"""`factcheck baseline CASE`: write the current findings as a baseline for `check`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.options import CaseArg, RulesOpt
from factcheck.review.defaults import DEFAULT_BASELINE_NAME


def register(app: typer.Typer) -> None:
    """Add the baseline command to ``app``."""
    app.command("baseline")(baseline)


def baseline(
    case: CaseArg,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here ('-' for stdout). Default: the configured baseline, "
            f"else CASE/{DEFAULT_BASELINE_NAME}.",
        ),
    ] = None,
    rules: RulesOpt = None,
) -> None:
    """Write every current finding, sorted by id with a readable summary, as a baseline."""
    from factcheck.analyze import Options, analyze
    from factcheck.cli.output import emit
    from factcheck.review.baseline import baseline_text
    from factcheck.review.config import find_config
    from factcheck.review.inputs import baseline_target

    report = analyze(case, Options(rules_dir=rules))
    text = baseline_text(report)
    if output == Path("-"):
        emit(text, output)
        return
    target = output if output is not None else baseline_target(case, find_config(case).settings)
    emit(text, target)
    typer.echo(f"baseline of {len(report.findings)} findings written to {target}", err=True)
