"""The direct writer of a draft's YAML gives PyYAML's text exactly, whatever the data."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.pipeline import draft_yaml
from factcheck.extract.pipeline.draft_yaml import dump_draft
from factcheck.io.yamlio import dump_yaml

# text YAML 1.1 reads as another type, indicators, quotes, and characters PyYAML escapes
AWKWARD = [
    "",
    "yes",
    "Off",
    "null",
    "~",
    "12",
    "0x1F",
    "1_000",
    "12:30",
    "2.8",
    ".inf",
    "1e3",
    "2024-03-03",
    "-",
    "- a",
    "? x",
    ":",
    "a: b",
    "a:",
    "a #b",
    "#a",
    "a#b",
    "'quoted'",
    'say "x"',
    "it's",
    "---",
    "...x",
    "[x]",
    "x, y",
    "{a}",
    "&a",
    "*a",
    "!a",
    "|a",
    ">a",
    "%a",
    "@a",
    "`a",
    " lead",
    "trail ",
    "a\nb",
    "tab\there",
    "nbsp\xa0here",
    "bom\ufeff",
    "line\u2028sep",
    "next\x85line",
    "bell\x07",
    "zwj\u200d",
    "emoji \U0001f600",
    "北京 2024年3月3日",
    "Türkiye’de 1.200 çalışan",
    "word " * 30,
    "x" * 130,
    "a 'b' " * 20,
]

# long lines of words and spaces, where PyYAML folds
prose = st.lists(
    st.one_of(st.sampled_from(AWKWARD[:40]), st.text(alphabet="ab' :#-", max_size=12)),
    max_size=40,
).map(" ".join)
texts = st.one_of(st.sampled_from(AWKWARD), st.text(max_size=140), prose)
keys = st.one_of(st.sampled_from(["id", "value", "yes", "null", "on", "a_b", "x1"]), st.text())
scalars = st.one_of(
    texts,
    st.integers(),
    st.booleans(),
    st.none(),
    st.decimals(allow_nan=False, allow_infinity=False, places=3),
    st.floats(allow_nan=False),
)
trees = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(trees)
def test_any_data_is_written_as_pyyaml_writes_it(data: Any) -> None:
    if isinstance(data, dict | list):
        assert dump_draft(data) == dump_yaml(data)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(keys, texts, min_size=1, max_size=6), texts)
def test_text_at_every_depth_is_written_as_pyyaml_writes_it(
    fields: dict[str, str], text: str
) -> None:
    data = {"title": text, "claims": [dict(fields, quote=text, value={"kind": text})]}
    assert dump_draft(data) == dump_yaml(data)
    assert dump_draft([data]) == dump_yaml([data])


def _claim(quote: str) -> dict[str, Any]:
    return {
        "subject": "board",
        "topic": "loss.total",
        "value": {"kind": "amount", "amount": Decimal("2.80"), "currency": "USD"},
        "qualifier": "at_least",
        "quote": quote,
        "offsets": [12, 33],
        "note": "draft: confidence 0.91 (amount.scaled); attached by 'loss' + 'board'",
    }


def test_a_draft_is_written_without_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: Any) -> str:
        raise AssertionError("written by PyYAML")

    data = {"id": "a1", "title": "A title: with a colon", "claims": [_claim("at least $2.8bn")]}
    expected = dump_yaml(data)
    monkeypatch.setattr(draft_yaml, "dump_yaml", refuse)
    assert dump_draft(data) == expected
    assert yaml.safe_load(expected)["claims"][0]["note"].endswith("'board'")


def test_an_object_met_twice_is_left_to_pyyaml() -> None:
    shared = [1, 2]
    data = {"a": shared, "b": shared, "c": {"d": Decimal("1.5")}}
    text = dump_draft(data)
    assert "&id001" in text
    assert text == dump_yaml(data)


def test_a_long_line_is_folded_as_pyyaml_folds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    data = {"quote": "a long quote " * 10 + "end", "items": [{"note": "it's " * 40 + "end"}]}
    expected = dump_yaml(data)
    monkeypatch.setattr(draft_yaml, "dump_yaml", lambda data: "")
    text = dump_draft(data)
    assert text.count("\n") > 4
    assert text == expected


@pytest.mark.parametrize("length", range(90, 112))
def test_a_line_near_the_width_is_folded_as_pyyaml_folds_it(length: int) -> None:
    # the fold's search starts at the width: lines around it, plain and quoted, at each depth
    words = ("ab " * 60)[:length].strip()
    for text in (words, f"{words}: x", f"'{words}", f"a {words} b"):
        data = {"quote": text, "claims": [{"note": text, "value": {"kind": text}}], "l": [text]}
        assert dump_draft(data) == dump_yaml(data)
        # again, each text's style now known: written without the scalar's own steps
        assert text in draft_yaml._STYLES
        assert dump_draft(data) == dump_yaml(data)
