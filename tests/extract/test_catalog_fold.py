"""A text's fold maps each folded character back to the character it comes from, whatever
each character folds to: one character, several (Hangul, "ß", "…") or a space."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.pipeline.catalog import _fold_char, fold_with_map


def _folded_one_by_one(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        chars.append(folded)
        where.extend([index] * len(folded))
    where.append(len(text))
    return "".join(chars), where


def test_a_hangul_text_maps_each_letter_to_its_syllable() -> None:
    folded, where = fold_with_map("스페인 Straße…")
    assert (folded, list(where)) == _folded_one_by_one("스페인 Straße…")
    assert len(folded) > len("스페인 Straße…")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aÉé스페인ßİı…’ \u0301ﬁ½x1", max_size=20))
def test_the_fold_and_its_map_are_those_of_each_character_in_turn(text: str) -> None:
    folded, where = fold_with_map.__wrapped__(text)
    assert (folded, list(where)) == _folded_one_by_one(text)
