"""Edge-led patterns read together on a text share one scan and find what each finds alone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from factcheck.extract.scan import jump
from factcheck.extract.scan.jump import finditer
from factcheck.extract.scan.shared import opening_keys

SOURCES = [
    r"(?<![^\W_])(?:enero|febrero|marzo)\s+(?:de\s+)?\d{4}",
    r"(?<![^\W_])(?:el|la)\s+(?:lunes|martes|miércoles)",
    r"(?<![^\W_])(?:[12]?\d)\s+de\s+(?:enero|marzo)",
    r"(?<!\w)(?:un|una|dos|tres|mil)(?!\w)",
    r"(?<![^\W_])(?:à|a|de)\s+l[ae]s?\s+\w+",
    r"(?<![^\W_])(?:istanbul|ıspanya)",
]
SENTENCES = [
    "Marzo de 2024 empezó mal: el lunes 3 de marzo cerraron dos fábricas y una tienda.",
    "¿Tres? No: mil. El martes a las cinco, la miércoles no existe; ≤dos, ₭una, (un).",
    "De la mañana al 12 de enero de 2025 subió un 3 %. İstanbul y ISPANYA, ıspanya.",
    "à la fin, à les deux; 29 de marzo\u00a0de 2023 — febrero 2022, el\tlunes.",
]
# articles, long enough for their folds to be kept (a short text is folded anew each time)
TEXTS = [" ".join([sentence] * 4) for sentence in SENTENCES] + ["", "un"]


def _spans(pattern: re.Pattern[str], found: Iterator[re.Match[str]]) -> list[Any]:
    return [(m.span(), m.groups()) for m in found]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_patterns_read_together_find_what_each_finds_alone(
    flags: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = [re.compile(source, flags) for source in SOURCES]
    shared_tries = 0
    edges_tried = jump._edges_tried

    def counted(*args: Any) -> Iterator[re.Match[str]]:
        nonlocal shared_tries
        shared_tries += 1
        return edges_tried(*args)

    monkeypatch.setattr(jump, "_edges_tried", counted)
    for _ in range(3):  # the first texts teach which patterns go together
        for text in TEXTS:
            for copy in (text, "".join(list(text))):  # the same text, and an equal one
                for pattern in patterns:
                    expected = _spans(pattern, pattern.finditer(copy))
                    assert _spans(pattern, finditer(pattern, copy)) == expected
    assert shared_tries > 0  # the later texts were scanned once for all


def _keys(source: str) -> set[str]:
    return set(opening_keys(list(_parser.parse(source).data)).split("\0"))


def test_opening_keys_are_the_first_characters_of_a_match() -> None:
    assert _keys(r"(?:enero|febrero)\s") == {"ener", "febr"}
    assert _keys(r"(?:un|una|uno)\b") == {"un"}
    # white space is a few characters: a key runs through it
    assert {"el d", "el\td", "el\u3000d"} <= _keys(r"el\sd")
    assert {"el ", "el\t"} <= _keys(r"el\s+d")  # two spaces would make keys too many
    # a class of digits stays in a key as long as the keys stay few
    assert _keys(r"[0-9]{4}") == {f"{n:02}" for n in range(100)}


@pytest.mark.parametrize("source", [r"\w+", r"[^a]b", r"(?:x)?"])
def test_no_keys_where_a_match_may_open_with_anything(source: str) -> None:
    assert opening_keys(list(_parser.parse(source).data)) == ""


def test_a_shared_scan_read_back_from_the_store_finds_what_the_built_one_finds(
    store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.cache import patterns as store_patterns
    from factcheck.extract.scan import recent, shared

    spelled: list[int] = []
    trie = shared.needle_trie
    monkeypatch.setattr(shared, "needle_trie", lambda keys: spelled.append(1) or trie(keys))
    compiled = [re.compile(source, re.IGNORECASE) for source in SOURCES]
    for run in range(2):  # the tries spelled and kept, then read back as a new process would
        store_patterns.uninstall()
        store_patterns.install()
        monkeypatch.setattr(shared, "_groups", {})
        monkeypatch.setattr(shared, "_unions", {})
        monkeypatch.setattr(shared, "_texts", recent.Recent(None))
        for _ in range(3):
            for text in TEXTS:
                for pattern in compiled:
                    expected = _spans(pattern, pattern.finditer(text))
                    assert _spans(pattern, finditer(pattern, text)) == expected
        store_patterns.flush()
        if run == 0:
            assert spelled  # the groups grew, and each new group's trie was spelled
            spelled.clear()
    assert not spelled
