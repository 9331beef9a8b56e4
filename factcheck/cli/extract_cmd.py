"""`factcheck extract`: placeholder until the command lands; registers nothing."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Register nothing yet."""
