"""The typer application: every command registered, and the run that maps errors to exit codes."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from factcheck.cli import commands
from factcheck.cli.guard import guarded

app = typer.Typer(
    name="factcheck",
    help="Cross-verify factual claims across news sources and flag discrepancies.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # plain help: rich's help layout imports rich, markdown-it and pygments, which took
    # more than half of `factcheck --help`
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
commands.register_all(app)


def _show_version(value: bool) -> None:
    if value:
        from factcheck import __version__

        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_show_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Cross-verify factual claims across news sources and flag discrepancies."""


def _usage_error_types() -> tuple[type[BaseException], ...]:
    """Click's exception base, wherever this typer version keeps it (vendored or not)."""
    found: list[type[BaseException]] = []
    for module in ("typer._click.exceptions", "click.exceptions"):
        try:
            found.append(__import__(module, fromlist=["ClickException"]).ClickException)
        except (ImportError, AttributeError):
            continue
    return tuple(found)


def run() -> None:
    """Run the CLI; bad input or usage exits 2 with one line (see :func:`guarded`)."""
    guarded(_parse_and_call)


def _parse_and_call() -> object:
    try:
        return app(standalone_mode=False)
    except (typer.Exit, typer.Abort) as exc:
        sys.exit(getattr(exc, "exit_code", 2))
    except _usage_error_types() as exc:
        # click's own errors: usage problems (exit 2), and ClickException, which click exits
        # with 1 - that would read as "conflicts found", so every one of them exits 2 here.
        exc.show(file=sys.stderr)  # type: ignore[attr-defined]
        sys.exit(2)
