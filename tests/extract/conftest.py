"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.cache import patterns


@pytest.fixture
def unwritable_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder that cannot be made (it would sit under a file), set as FACTCHECK_CACHE."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    folder = blocker / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE", str(folder))
    return folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own."""
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def store(cache: Path) -> Iterator[Path]:
    """The pattern store, not installed, in the test's cache folder (uninstalled after)."""
    patterns.uninstall()
    yield cache
    patterns.uninstall()
    re.purge()
