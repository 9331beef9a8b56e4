"""The one-pass builder of plain YAML trees gives what PyYAML's constructor gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.io import yamlio

TEXTS = [
    "id: a\nclaims:\n- subject: x\n  value: {kind: count, count: 8}\n  qualifier: exact\n",
    "amount: 2.80\nwhen: 2025-10-22\nat: 16:33\nok: yes\nnothing: ~\nbig: 0x1F\n",
    "base: &b {kind: count}\nother:\n  <<: *b\n  count: 3\n",
    "2024: year as a key\nlist: [1, 2.5, 'x', null]\n",
    "tagged: !!str 12\nset: !!set {a, b}\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_data_is_what_the_constructor_builds(text: str) -> None:
    loader = yamlio._DecimalLoader(text)
    try:
        expected = loader.get_single_data()
    finally:
        loader.dispose()
    assert yamlio.parse_yaml(text, Path("t.yaml")).data == expected


def test_a_duplicate_key_without_anchors_is_reported_on_its_line() -> None:
    with pytest.raises(FactcheckError) as caught:
        yamlio.parse_yaml("id: a\ntitle: t\nid: b\n", Path("t.yaml"))
    assert [(p.line, p.message) for p in caught.value.problems] == [(3, "duplicate key 'id'")]


def test_claim_lines_are_the_lines_their_items_start_on() -> None:
    text = "id: a\nclaims:\n- subject: x\n  property: y\n\n- subject: z\n"
    assert yamlio.parse_yaml(text, Path("t.yaml")).element_lines("claims", 2) == (3, 6)
