"""Shared fixtures: the example case, and small case folders written on the fly."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "claims" / "msmt-2025"


@pytest.fixture
def example_case() -> Path:
    """The bundled example case (read-only: copy it before changing anything)."""
    return EXAMPLE


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A private copy of the example case that a test may change."""
    target = tmp_path / "msmt-2025"
    shutil.copytree(EXAMPLE, target)
    return target


@pytest.fixture
def make_case(tmp_path: Path) -> Callable[..., Path]:
    """Write a case folder from a case.yaml dict and source dicts (or raw YAML strings)."""

    def build(case: dict | str | None, sources: dict[str, dict | str], name: str = "case") -> Path:
        root = tmp_path / name
        (root / "sources").mkdir(parents=True)
        if case is not None:
            text = case if isinstance(case, str) else yaml.safe_dump(case, allow_unicode=True)
            (root / "case.yaml").write_text(text, encoding="utf-8")
        for file_name, doc in sources.items():
            text = (
                doc
                if isinstance(doc, str)
                else yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
            )
            (root / "sources" / file_name).write_text(text, encoding="utf-8")
        return root

    return build
