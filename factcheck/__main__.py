"""Entry point for ``python -m factcheck``."""

from factcheck.cli import command

command()
