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
    return yaml.load(text, Loader=FAST_SAFE_LOADER)


# libyaml's loader where it is built (the wheels ship it): the same safe subset of YAML, read
# about ten times faster than the pure-Python one, which matters for the start-up of extract
FAST_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
