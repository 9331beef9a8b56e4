"""What `factcheck compare` does once its arguments are parsed, free of the parser's imports."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

SEVERITIES = ("error", "warning", "info")


def run_compare(
    case: Path,
    format: str = "terminal",
    topic: list[str] | None = None,
    severity: list[str] | None = None,
    rules: Path | None = None,
    baseline: Path | None = None,
    output: Path | None = None,
) -> None:
    """Analyze ``case`` and write the report in ``format`` to ``output`` (stdout when None)."""
    from factcheck.cache import methods, patterns
    from factcheck.cli.compare_deferred import defer_plugin_lookup
    from factcheck.gctune import freeze_survivors, paused_collection, retain

    defer_plugin_lookup()
    # the patterns the modules below compile as they are imported (the YAML reader's, the
    # value kinds', the writers') come from the cache folder after the first run
    patterns.install()
    # what importing them builds (modules, classes, their validators) lives as long as the
    # process: the collector's scans meanwhile (a few percent of a small case) find none
    with paused_collection():
        from factcheck.analyze import Options, analyze
        from factcheck.cli.output import emit, emit_utf8, emit_utf8_stream, terminal_options
        from factcheck.errors import FactcheckError
        from factcheck.models.report import (
            nothing_to_compare,
            unchecked_note,
            unconverted_note,
        )
        from factcheck.report_filter import filter_report
        from factcheck.review.inputs import find_review
        from factcheck.writers import (
            WriterOptions,
            get_utf8_stream_writer,
            get_utf8_writer,
            get_writer,
        )

    for level in severity or []:
        if level not in SEVERITIES:
            choices = ", ".join(SEVERITIES)
            raise FactcheckError(f"unknown severity '{level}' (choose from {choices})")
    writer = get_writer(format)
    found = find_review(case, baseline)
    report = analyze(case, Options(rules_dir=rules, review=found.inputs))
    freeze_survivors()  # the writer allocates a lot; the case and report need no more scans
    report = filter_report(report, topic, severity)
    options = terminal_options() if format == "terminal" and output is None else WriterOptions()
    # CI formats (junit, github) mark what `check` would fail on, at the configured level.
    options = replace(options, fail_on=found.fail_on())
    stream = get_utf8_stream_writer(format)
    if stream is None or not emit_utf8_stream(lambda out: stream(report, options, out), output):
        utf8 = get_utf8_writer(format)
        data = utf8(report, options) if utf8 is not None else None
        if data is None or not emit_utf8(data, output):
            emit(writer(report, options), output)
        del data  # a large report's bytes need not outlive their writing
    retain(report)
    patterns.flush()
    methods.flush()
    empty = nothing_to_compare(report.summary)
    if empty:
        print(f"note: {case}: {empty}", file=sys.stderr)
    for note in (unchecked_note(report.summary), unconverted_note(report.summary)):
        if note:
            print(f"note: {case}: {note}", file=sys.stderr)
