"""A lone article's language told by a forked process: the detector's answer, and no
process left behind whatever stops the command."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.cli import extract_aside
from factcheck.cli.extract_aside import language_aside
from factcheck.extract import detect_language

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


@pytest.fixture(autouse=True)
def _one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads earlier tests left idle hold no lock the forked process needs: the detector is
    loaded here already, so the process imports nothing."""
    from factcheck.extract.pipeline.langid_model import identifier

    identifier()
    monkeypatch.setattr(extract_aside.threading, "active_count", lambda: 1)


TEXTS = {
    "it": "Il consiglio si è riunito ieri e ha detto che almeno due persone erano assenti.",
    "de": "Der Vorstand tagte gestern und erklärte, dass niemand ans Telefon ging.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_language_told_aside_is_the_detectors(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"{lang}.txt"
    path.write_text(TEXTS[lang], encoding="utf-8")
    aside = language_aside(path)
    assert aside is not None
    assert aside.article.text == TEXTS[lang]
    assert aside.language() == detect_language(TEXTS[lang]) == lang
    aside.cancel()  # nothing left to end: no error


def test_an_unreadable_article_starts_no_process(tmp_path: Path) -> None:
    assert language_aside(tmp_path / "missing.txt") is None
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    assert language_aside(tmp_path / "empty.txt") is None


def test_a_cancelled_process_is_ended_and_reaped(tmp_path: Path) -> None:
    path = tmp_path / "it.txt"
    path.write_text(TEXTS["it"], encoding="utf-8")
    aside = language_aside(path)
    assert aside is not None
    pid = aside._pid
    aside.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # type: ignore[arg-type]


def test_a_process_with_threads_forks_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "it.txt"
    path.write_text(TEXTS["it"], encoding="utf-8")
    monkeypatch.setattr(extract_aside.threading, "active_count", lambda: 2)
    assert language_aside(path) is None
