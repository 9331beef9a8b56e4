"""The command line: parse options, call the core, hand the result to a writer, exit.

``factcheck --help`` and ``--version``, and ``compare`` and ``extract`` with plain arguments,
are answered without importing the command parser (typer and click take most of the
start-up); everything else goes to :mod:`factcheck.cli.application`.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import Any

from factcheck.cli.help_text import HELP_WIDTH, MAIN_HELP, PROG_NAME

HELP_FLAGS = ("-h", "--help")


def terminal_columns() -> int:
    """The columns click formats help for: ``shutil.get_terminal_size``'s, without its imports."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def quick_answer(argv: list[str]) -> str | None:
    """The text for ``--help`` or ``--version`` alone, when it needs no parser; else None.

    The help text is the parser's own at its widest layout, so it is used only when the
    program is called by its name and the terminal is at least that wide.
    """
    if len(argv) != 2 or os.path.basename(argv[0]) != PROG_NAME:
        return None
    if argv[1] == "--version":
        from factcheck import __version__

        return f"factcheck {__version__}\n"
    if argv[1] in HELP_FLAGS and terminal_columns() >= HELP_WIDTH:
        return MAIN_HELP
    return None


def main(*, leave_fast: bool = False) -> None:
    """Run the CLI (see :func:`factcheck.cli.application.run`).

    With ``leave_fast`` a compare or extract that succeeds ends the process without freeing
    what it built; only the command itself may ask for that, never a caller that goes on
    running.
    """
    answer = quick_answer(sys.argv)
    if answer is not None:
        sys.stdout.write(answer)
        sys.stdout.flush()
        return
    if leave_fast:
        from factcheck.gctune import paused_collection

        # what is read and imported here lives as long as the process: the collector's scans
        # of it found nothing to free
        with paused_collection():
            _install_methods()
            gc.freeze()
    else:
        _install_methods()
    from factcheck.cli.quick_compare import quick_compare

    call = quick_compare(sys.argv)
    if call is not None:
        from factcheck.cli.guard import guarded

        if not leave_fast:
            guarded(call)
            return
        from factcheck.gctune import exit_now, keep_until_exit

        keep_until_exit()
        guarded(call)
        exit_now(0)
    from factcheck.cli.quick_extract import quick_extract

    extract = quick_extract(sys.argv)
    if extract is not None:
        from factcheck.cli.guard import guarded

        guarded(extract)
        if leave_fast:
            from factcheck.gctune import exit_now

            exit_now(0)
        return
    from factcheck.cli.application import run

    run()


def _install_methods() -> None:
    from factcheck.cache import methods

    methods.install()  # before any module that defines data classes is imported


def command() -> None:
    """The ``factcheck`` program: :func:`main`, leaving at once when a compare is done."""
    # pydantic otherwise reads every installed package's entry points, looking for plugins,
    # the first time it builds a validator; the tool uses none (a user may still opt in)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    main(leave_fast=True)


def __getattr__(name: str) -> Any:
    # `from factcheck.cli import app` keeps working, importing the parser only then
    if name == "app":
        from factcheck.cli.application import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
