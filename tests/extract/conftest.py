"""Fixtures shared by the extraction tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def unwritable_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder that cannot be made (it would sit under a file), set as FACTCHECK_CACHE."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    folder = blocker / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE", str(folder))
    return folder
