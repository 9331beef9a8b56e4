"""Where every command module is registered: one module per command."""

from __future__ import annotations

import typer

from factcheck.cli import (
    baseline_cmd,
    check_cmd,
    compare_cmd,
    extract_cmd,
    report_cmd,
    resolve_cmd,
    rules_cmd,
)

COMMAND_MODULES = (
    compare_cmd,
    check_cmd,
    resolve_cmd,
    baseline_cmd,
    report_cmd,
    extract_cmd,
    rules_cmd,
)


def register_all(app: typer.Typer) -> None:
    """Attach every command to ``app``, in the order `factcheck --help` lists them."""
    for module in COMMAND_MODULES:
        module.register(app)
