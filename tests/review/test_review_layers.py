"""The review core stands alone: it imports no writer and no command-line module."""

from __future__ import annotations

import ast
from pathlib import Path

import factcheck.review

REVIEW = Path(factcheck.review.__file__).resolve().parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_review_modules_import_no_writer_or_cli() -> None:
    for path in sorted(REVIEW.glob("*.py")):
        for name in _imports(path):
            assert not name.startswith(("factcheck.writers", "factcheck.cli")), (path.name, name)


def test_one_severity_order_in_the_review_and_writer_layers() -> None:
    writers = Path(factcheck.review.__file__).resolve().parents[1] / "writers"
    for path in sorted([*REVIEW.glob("*.py"), *writers.glob("*.py")]):
        text = path.read_text(encoding="utf-8")
        assert '"error": 0' not in text, path.name
