"""The command line: parse options, call the core, hand the result to a writer, exit."""

from __future__ import annotations

import sys

import typer

from factcheck.cli import commands
from factcheck.errors import FactcheckError

app = typer.Typer(
    name="factcheck",
    help="Cross-verify factual claims across news sources and flag discrepancies.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
commands.register_all(app)


def main() -> None:
    """Run the CLI; bad input or usage prints one line per problem and exits 2."""
    try:
        app(standalone_mode=False)
    except FactcheckError as exc:
        for item in exc.problems:
            print(f"error: {item}", file=sys.stderr)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        print("error: aborted", file=sys.stderr)
        sys.exit(2)
    except Exception as exc:  # click usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.exceptions.UsageError):
            exc.show(file=sys.stderr)
            sys.exit(2)
        if isinstance(exc, click.exceptions.ClickException):
            print(f"error: {exc.format_message()}", file=sys.stderr)
            sys.exit(2)
        raise
