"""Language data shipped with the package: reviewable YAML, not code."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_data(name: str) -> Any:
    """Load a bundled data file (``factcheck/data/<name>``) once."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)
