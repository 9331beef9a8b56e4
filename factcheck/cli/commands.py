"""Where every command module is registered: one module per command, imported lazily."""

from __future__ import annotations

import typer

from factcheck.cli import compare_cmd, rules_cmd

COMMAND_MODULES = (compare_cmd, rules_cmd)


def register_all(app: typer.Typer) -> None:
    """Attach every command to ``app``."""
    for module in COMMAND_MODULES:
        module.register(app)
