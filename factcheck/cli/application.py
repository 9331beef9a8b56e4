"""The typer application: every command registered, and the run that maps errors to exit codes."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from factcheck.cli import commands
from factcheck.errors import FactcheckError

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
    """Run the CLI; bad input or usage prints one line per problem and exits 2.

    An unexpected error (a bug) also exits 2 with one line; FACTCHECK_DEBUG=1 lets its
    traceback through.
    """
    try:
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except FactcheckError as exc:
        for item in exc.problems:
            print(f"error: {item}", file=sys.stderr)
        sys.exit(2)
    except (typer.Exit, typer.Abort) as exc:
        sys.exit(getattr(exc, "exit_code", 2))
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        sys.exit(2)
    except _usage_error_types() as exc:
        # click's own errors: usage problems (exit 2), and ClickException, which click exits
        # with 1 - that would read as "conflicts found", so every one of them exits 2 here.
        exc.show(file=sys.stderr)  # type: ignore[attr-defined]
        sys.exit(2)
    except BrokenPipeError:
        # the reader went away (`factcheck compare | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(2)
    except Exception as exc:
        # A bug, not bad input. Python would print a traceback and exit 1, which CI reads as
        # "conflicts found"; like ruff, exit 2 with one line, and show the traceback on request.
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        from factcheck.safe_text import one_line

        reason = one_line(f"{type(exc).__name__}: {exc}")[:300]
        print(
            f"error: internal error ({reason}); FACTCHECK_DEBUG=1 shows where",
            file=sys.stderr,
        )
        sys.exit(2)
