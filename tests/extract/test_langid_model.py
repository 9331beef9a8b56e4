"""The detector's model read from the cache folder answers as the packed one does."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid import langid

from factcheck.extract.pipeline import langid_model

TEXTS = [
    "Il consiglio si è riunito ieri e ha detto che almeno due persone erano assenti.",
    "Der Vorstand tagte gestern und erklärte, dass niemand ans Telefon ging.",
    "Styret møttes i går og sa at ingen tok telefonen den ettermiddagen.",
    "Styrelsen sammanträdde i går och sade att ingen svarade i telefon.",
]


def test_the_cached_model_gives_the_packed_models_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path))
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    packed = langid._load_identifier()
    written = langid_model.identifier()  # unpacks into tmp_path
    assert any(tmp_path.iterdir())
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    mapped = langid_model.identifier()  # maps what was written
    for text in TEXTS:
        expected = packed.rank(text)
        assert written.rank(text) == expected
        assert mapped.rank(text) == expected


def test_an_unwritable_cache_folder_falls_back_to_the_packed_model(
    unwritable_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    assert langid_model.identifier().classify(TEXTS[0])[0] == "it"
