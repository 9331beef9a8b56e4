"""The article files a command line names: files as given, folders by the article files they
hold ("factcheck extract story/ --case CASE")."""

from __future__ import annotations

import os
from pathlib import Path

# a folder's Markdown files are as often its notes or README as articles: named, they are read
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def article_paths(given: list[Path]) -> list[Path]:
    """``given`` with each folder replaced by its article files (by ``ARTICLE_SUFFIXES``,
    hidden files left out, in name order, not looking into subfolders). A folder holding
    none, or one that cannot be listed, is kept as given: reading it tells its problem, as
    reading a bad file does, and the other articles are extracted."""
    out: list[Path] = []
    for path in given:
        found: list[Path] = []
        if path.is_dir():
            try:
                names = sorted(os.listdir(path))
            except OSError:
                names = []
            found = [
                path / name
                for name in names
                if not name.startswith(".")
                and name.lower().endswith(ARTICLE_SUFFIXES)
                and (path / name).is_file()
            ]
        out.extend(found or [path])
    return out
