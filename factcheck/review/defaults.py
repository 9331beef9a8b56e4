"""File names the review layer looks for in a case; light enough for the CLI's help text."""

from __future__ import annotations

# The baseline `factcheck baseline` writes, and every command reads when given none.
DEFAULT_BASELINE_NAME = "factcheck-baseline.json"
