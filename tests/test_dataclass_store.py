"""Data class methods compiled once and kept in the cache folder: the same methods as the
library's, and not compiled again by a later process."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.cache import methods


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The store in a cache folder of the test's own, installed (uninstalled after)."""
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "cache"))
    methods.uninstall()
    methods.install()
    yield tmp_path / "cache"
    methods.uninstall()


def _define() -> type[Any]:
    @dataclasses.dataclass(frozen=True)
    class Point:
        x: int
        label: str = "origin"
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Point


def test_a_class_gets_the_methods_the_library_writes(store: Path) -> None:
    point = _define()
    methods.uninstall()
    plain = _define()
    for cls in (point, plain):
        one, same, other = cls(1), cls(1, "origin", ()), cls(2, "b")
        assert one == same and one != other and hash(one) == hash(same)
        assert repr(other).endswith("Point(x=2, label='b', tags=())")
        with pytest.raises(dataclasses.FrozenInstanceError):
            one.x = 3  # type: ignore[misc]
    # annotations are the types themselves, as without the store (no inherited future flags)
    assert inspect.signature(point.__init__) == inspect.signature(plain.__init__)
    assert point.__init__.__annotations__ == plain.__init__.__annotations__
    assert point.__init__.__annotations__["x"] == "int"  # as written, not the method's own name


def test_methods_compiled_by_an_earlier_process_are_not_compiled_again(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _define()
    methods.flush()
    methods.uninstall()
    methods.install()  # as a new process would: the store is read from the folder

    def compile(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(methods, "compile", compile, raising=False)
    point = _define()
    assert point(4).x == 4 and point(4) == point(4)


def test_a_damaged_store_is_compiled_again(store: Path) -> None:
    _define()
    methods.flush()
    methods.uninstall()
    for path in store.glob("dataclass-code-*"):
        path.write_bytes(path.read_bytes()[:-10])
    methods.install()
    assert _define()(5).x == 5
