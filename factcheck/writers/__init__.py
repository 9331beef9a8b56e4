"""Writers: one small module per output format, picked by name from a registry."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from factcheck.errors import FactcheckError
from factcheck.models.report import Report


@dataclass(frozen=True)
class WriterOptions:
    """What a writer may need to know about where its output goes."""

    color: bool = False
    width: int = 100
    bom: bool = False
    timestamp: str | None = None
    fail_on: str = "error"  # the level a CI format (junit, github) marks as failing
    strict: bool = False  # stale decisions are failures, not warnings


Writer = Callable[[Report, WriterOptions], str]

# name -> module under factcheck.writers; each module has render(report, options) -> str.
# Modules are imported on use so that a command loads only the writer it needs.
REGISTRY: dict[str, str] = {
    "terminal": "terminal",
    "json": "json_writer",
    "md": "markdown",
    "csv": "csv_writer",
    "html": "html",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
}


# Formats read by programs keep every character as the claim files have it (JSON escapes
# control characters); every other format is read by people and gets them made visible.
RAW_FORMATS = frozenset({"json"})


def register(name: str, module: str) -> None:
    """Add a writer module under ``name`` (used by format modules outside this package)."""
    REGISTRY[name] = module


def get_utf8_writer(name: str) -> Callable[[Report, WriterOptions], bytes | None] | None:
    """A format's writer straight to UTF-8 bytes, where it has one (it may still return
    None for a report only the text writer can write); None for other formats."""
    module = REGISTRY.get(name)
    if module is None or name not in RAW_FORMATS:
        return None
    found: Callable[[Report, WriterOptions], bytes | None] | None = getattr(
        importlib.import_module(f"factcheck.writers.{module}"), "render_utf8", None
    )
    return found


def get_utf8_stream_writer(
    name: str,
) -> Callable[[Report, WriterOptions, BinaryIO], None] | None:
    """A format's writer of the UTF-8 bytes of :func:`get_utf8_writer` to a binary stream, a
    piece at a time, where it has one; None for other formats.

    For a large report, whose whole text would otherwise be held in memory at once.
    """
    module = REGISTRY.get(name)
    if module is None or name not in RAW_FORMATS:
        return None
    found: Callable[[Report, WriterOptions, BinaryIO], None] | None = getattr(
        importlib.import_module(f"factcheck.writers.{module}"), "write_utf8", None
    )
    return found


def get_writer(name: str) -> Writer:
    """The render function for a format name; an unknown name is a usage error.

    Control characters from claim files reach people's formats made visible (see
    :mod:`factcheck.safe_text`).
    """
    module = REGISTRY.get(name)
    if module is None:
        raise FactcheckError(f"unknown format '{name}' (choose from {', '.join(sorted(REGISTRY))})")
    render: Writer = importlib.import_module(f"factcheck.writers.{module}").render
    if name in RAW_FORMATS:
        return render

    def safe_render(report: Report, options: WriterOptions) -> str:
        from factcheck.safe_text import visible_report

        return render(visible_report(report), options)

    return safe_render
