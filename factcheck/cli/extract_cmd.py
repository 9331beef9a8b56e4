"""`factcheck extract ARTICLE... --case CASE`: the command line of extract (the run itself is
:mod:`factcheck.cli.extract_run`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the extract command to ``app``."""
    app.command("extract")(extract)


def extract(
    articles: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="ARTICLE...",
            help="Articles: .txt, .md or .html files, or folders of .txt and .html files.",
            # each file is checked as it is read, so one bad file costs only itself
            readable=False,
        ),
    ] = None,
    case: Annotated[
        Path | None,
        typer.Option(
            "--case",
            help="The case folder: created when it does not exist. With --corpus: its "
            "catalog, if any, is read (nothing is written to it).",
        ),
    ] = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            help="CSV or YAML with file, url, outlet, language, published per article.",
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="Title of a new case (else the first article's).")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of the articles (else detected).")
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date (YYYY, YYYY-MM or YYYY-MM-DD) for files with none.",
        ),
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="The outlet, for files that do not say.")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", help="The article's address.")] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help="A corpus of articles, .jsonl or .parquet, with fields id, text, language, "
            "published, outlet, url: extracted into --out instead of a case.",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="With --corpus: the claims, .jsonl or .parquet."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="With --corpus: local processes (all cores)."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="With --corpus: run on the Dask cluster whose scheduler is at this address.",
        ),
    ] = None,
) -> None:
    """Draft source files in CASE/sources/ from articles, and propose CASE's topic catalog;
    or, with --corpus, extract a whole corpus into claims sorted by topic."""
    from factcheck.cli.extract_run import ExtractOptions, run_extract

    options = ExtractOptions(
        manifest, title, lang, published, outlet, url, corpus, out, workers, scheduler
    )
    code = run_extract(articles, case, options)
    if code:
        raise typer.Exit(code)
