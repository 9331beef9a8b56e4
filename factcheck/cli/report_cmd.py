"""`factcheck report CASE`: a discrepancy report editors can publish (html, md, csv, json)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.options import BaselineOpt, CaseArg, RulesOpt

FORMATS = ("html", "md", "csv", "json")


def register(app: typer.Typer) -> None:
    """Add the report command to ``app``."""
    app.command("report")(report)


def report(
    case: CaseArg,
    format: Annotated[
        str, typer.Option("--format", "-f", help="Report format: html, md, csv or json.")
    ] = "html",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here ('-' for stdout). Default: CASE/report.html for html, else stdout.",
        ),
    ] = None,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start the CSV with a UTF-8 byte order mark.")
    ] = False,
    timestamp: Annotated[
        str | None,
        typer.Option("--timestamp", help="Stamp the report with this text (e.g. a date)."),
    ] = None,
    rules: RulesOpt = None,
    baseline: BaselineOpt = None,
) -> None:
    """Write the case's discrepancy report: summary, findings, per-topic tables, sources."""
    from factcheck.analyze import Options, analyze
    from factcheck.cli.output import emit
    from factcheck.errors import FactcheckError
    from factcheck.review.inputs import review_inputs
    from factcheck.writers import WriterOptions, get_writer

    if format not in FORMATS:
        raise FactcheckError(f"unknown report format '{format}' (choose from {', '.join(FORMATS)})")
    if bom and format != "csv":
        raise FactcheckError("--bom applies to --format csv only")
    if output is None and format == "html":
        output = case / "report.html"
    writer = get_writer(format)
    result = analyze(case, Options(rules_dir=rules, review=review_inputs(case, baseline)))
    from factcheck.gctune import freeze_survivors

    freeze_survivors()  # the writer allocates a lot; the case and report need no more scans
    text = writer(result, WriterOptions(bom=bom, timestamp=timestamp))
    emit(text, output, bom=bom)
    if output is not None and output.is_file():
        # on stderr: stdout stays for the report itself (-o -) and for pipes
        typer.echo(f"wrote {output}", err=True)
