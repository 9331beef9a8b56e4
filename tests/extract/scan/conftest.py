"""The scans under test jump from the first text on (see ``jump._PLAIN_FIRST``)."""

from __future__ import annotations

import pytest

from factcheck.extract.scan import jump


@pytest.fixture(autouse=True)
def jump_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build every jump scan at once, as after the first articles."""
    monkeypatch.setattr(jump, "_PLAIN_FIRST", -1)
