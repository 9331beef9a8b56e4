"""What compare leaves unimported: package metadata, read for two versions and never used."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from factcheck.cache import tables
from factcheck.cli import compare_deferred
from factcheck.cli.compare_deferred import Deferred, defer, defer_plugin_lookup

EXAMPLE = str(Path(__file__).resolve().parents[1] / "claims" / "msmt-2025")


def _metadata_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


@pytest.mark.parametrize(
    "name", ["babel", "pycountry", "pydantic", "PyYAML", "typing-extensions", "typing_extensions"]
)
def test_a_package_version_is_the_one_importlib_metadata_reads(name: str) -> None:
    assert tables._listed_version(name) == _metadata_version(name) != "absent"
    assert tables.package_version.__wrapped__(name) == _metadata_version(name)


def test_a_package_not_installed_is_absent() -> None:
    assert tables._listed_version("no-such-package-here") is None
    assert tables.package_version.__wrapped__("no-such-package-here") == "absent"


def test_a_zip_or_an_egg_on_the_path_is_left_to_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "packages.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("zipped-1.0.dist-info/METADATA", "Name: zipped\nVersion: 1.0\n\n")
    monkeypatch.setattr(sys, "path", [str(archive), *sys.path])
    assert tables._listed_version("zipped") is None
    assert tables.package_version.__wrapped__("zipped") == "1.0"
    monkeypatch.setattr(sys, "path", [str(tmp_path / "old.egg"), *sys.path])
    assert tables._listed_version("pydantic") is None


def test_a_folder_first_on_the_path_is_read_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = tmp_path / "Py.Yaml-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Name: Py.Yaml\nVersion: 0.1\n\nVersion: 9\n", "utf-8")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    assert tables._listed_version("py-yaml") == "0.1" == _metadata_version("py-yaml")


def _probe(folder: Path, name: str) -> Path:
    """A module ``name`` in ``folder`` that leaves a file beside it when it is run."""
    ran = folder / f"{name}.ran"
    code = f"from pathlib import Path\nPath({str(ran)!r}).touch()\nVALUE = 42\n"
    (folder / f"{name}.py").write_text(code, "utf-8")
    return ran


def test_a_deferred_module_is_imported_when_an_attribute_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))
    ran = _probe(tmp_path, "deferred_probe")
    monkeypatch.delitem(sys.modules, "deferred_probe", raising=False)
    defer("deferred_probe")
    import deferred_probe  # type: ignore[import-not-found]

    assert isinstance(deferred_probe, Deferred) and not ran.exists()
    assert deferred_probe.VALUE == 42 and ran.exists()
    real = sys.modules["deferred_probe"]
    assert not isinstance(real, Deferred) and real.VALUE == 42
    from deferred_probe import VALUE

    assert VALUE == 42
    monkeypatch.delitem(sys.modules, "deferred_probe")


def test_a_deferred_submodule_is_its_package_attribute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "deferred_package"
    package.mkdir()
    (package / "__init__.py").write_text("", "utf-8")
    ran = _probe(package, "inner")
    monkeypatch.syspath_prepend(str(tmp_path))
    defer("deferred_package.inner")
    import deferred_package.inner as inner  # type: ignore[import-not-found]

    assert isinstance(inner, Deferred) and not ran.exists()
    assert inner.VALUE == 42 and ran.exists()
    assert sys.modules["deferred_package"].inner is sys.modules["deferred_package.inner"]
    for name in ("deferred_package.inner", "deferred_package"):
        monkeypatch.delitem(sys.modules, name)


def test_a_module_imported_already_is_left_as_it_is() -> None:
    before = sys.modules["os"]
    defer("os")
    assert sys.modules["os"] is before is os


@pytest.mark.parametrize(("setting", "deferred"), [("__all__", True), ("1", True), (None, False)])
def test_plugin_lookup_is_deferred_only_where_plugins_are_off(
    setting: str | None, deferred: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(compare_deferred, "defer", calls.append)
    if setting is None:
        monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    else:
        monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", setting)
    defer_plugin_lookup()
    assert calls == (["importlib.metadata"] if deferred else [])


def test_compare_imports_no_package_metadata() -> None:
    script = (
        "import sys; sys.argv = ['factcheck', 'compare', sys.argv[1]]; "
        "from factcheck.cli import main; main(); "
        "print(type(sys.modules.get('importlib.metadata')).__name__, file=sys.stderr)"
    )
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": "__all__"}
    done = subprocess.run(
        [sys.executable, "-c", script, EXAMPLE],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "FC101" in done.stdout
    assert done.stderr.split() == ["Deferred"]
