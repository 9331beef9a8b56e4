"""The fast reader of large YAML claim files gives the full parser's data and lines, or
declines and leaves the file to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.io import loader
from factcheck.io.yamlfast import fast_data, item_lines, read_fast
from factcheck.io.yamlio import parse_yaml

HEAD = "id: s1\ntitle: A title\noutlet: Outlet\nlanguage: en\n"

# Scalars YAML 1.1 and JSON may read differently, quoted and not.
SCALARS = [
    "yes",
    "No",
    "ON",
    "off",
    "True",
    "FALSE",
    "true",
    "false",
    "null",
    "Null",
    "NULL",
    "~",
    "",
    "1",
    "-1",
    "+1",
    "-0",
    "0",
    "007",
    "0o17",
    "0x1F",
    "0b101",
    "1_000",
    "1.5",
    "1.50",
    "1.",
    "0.",
    "-.5",
    ".5",
    "1e3",
    "1E+3",
    "1.5e+3",
    "0.1e-3",
    "12:33",
    "1:30.5",
    ".inf",
    "-.inf",
    ".nan",
    "nan",
    "inf",
    "Infinity",
    "2025-10-22",
    "2025-10-22T10:00:00Z",
    "2025-01/2025-09",
    "1.2.3",
    "=",
    "<<",
    "a # comment",
    "é",
    "1,5",
    "x: y",
    "- z",
    "[1, yes, '2']",
    "{a: 1, b: no}",
    "'it''s'",
    '"say \\"hi\\""',
    '"\\x41\\u00e9\\t"',
    "'5'",
    '"yes"',
    "'1.'",
    "&a x",
    "*a",
    "!!str 5",
    "|",
    ">",
    "a | b",
    "AT&T",
    "Q&A!",
]


def _same(text: str) -> None:
    data = fast_data(text)
    if data is None:
        return
    full = parse_yaml(text, Path("f.yaml")).data
    assert data == full
    assert repr(data) == repr(full)  # the same types: 1.50 stays Decimal('1.50'), 1 an int


@pytest.mark.parametrize("scalar", SCALARS)
def test_a_value_reads_as_the_full_parser_reads_it(scalar: str) -> None:
    _same(f"{HEAD}note: {scalar}\n")
    _same(f"{HEAD}cites:\n- {scalar}\n")
    _same(f"{HEAD}cites: [{scalar}]\n")


@pytest.mark.parametrize("scalar", SCALARS)
def test_a_key_reads_as_the_full_parser_reads_it(scalar: str) -> None:
    _same(f"{HEAD}{scalar}: 1\n")


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "note: a\nnote: b\n",  # a duplicate key
        HEAD + "claims:\n- subject: a\n  value:\n    kind: count\n    kind: count\n",
        HEAD + "cites: [a, b]\nclaims:\n- subject: a\n  subject: a\n",  # with a flow list
        HEAD + "claims:\n- &c {subject: a}\n- *c\n",  # an anchor and alias
        HEAD + "note: |\n  two\n  lines\n",  # a block scalar
        HEAD + "note: a\n  continued\n",  # a continued plain scalar
        HEAD + "note: 'a\n  continued'\n",
        HEAD + "---\nx: 1\n",  # a second document
        HEAD + "note: a\r\n",  # a line break editors count differently
        HEAD + "note: a\u2028b\n",
        HEAD + "note: \x07\n",  # a character YAML refuses
        HEAD + "note: [a,\n  b]\n",  # a flow list over two lines
        HEAD + "x: [a\n",  # invalid YAML
        "- a\n- b\n",  # not a mapping
        "",
    ],
)
def test_text_outside_the_plain_subset_is_left_to_the_full_parser(text: str) -> None:
    assert fast_data(text) is None


def test_the_lines_of_the_claims_are_the_full_parsers() -> None:
    text = (
        f"{HEAD}claims:\n"
        "# a comment\n"
        "- subject: a\n  property: b\n\n"
        "- subject: c  # trailing\n  property: d\n"
        "-   subject: e\n"
        "notes: x\n"
    )
    full = parse_yaml(text, Path("f.yaml"))
    assert item_lines(text, 3) == full.element_lines("claims", 3) == (7, 10, 12)
    indented = f"{HEAD}claims:\n  - subject: a\n  - subject: b\n"
    assert item_lines(indented, 2) == parse_yaml(indented, Path("f.yaml")).element_lines(
        "claims", 2
    )


def test_claims_whose_lines_it_cannot_tell_are_left_to_the_full_parser() -> None:
    text = f"{HEAD}claims:\n-\n  subject: a\n"
    assert item_lines(text, 1) is None
    document = read_fast(text, Path("f.yaml"))
    assert document.element_lines("claims", 1) == (7,)
    assert document.line_of(["title"]) == 2


_word = st.text(alphabet="abyesnoNOTru01.-_:+e ~'\"#[]{},&!|>", min_size=0, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["note", "url", "x", "1"]), _word), max_size=4))
def test_generated_mappings_read_the_same(pairs: list[tuple[str, str]]) -> None:
    _same(HEAD + "".join(f"{key}: {value}\n" for key, value in pairs))


def test_a_large_case_is_loaded_alike_either_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "case.yaml").write_text("title: T\n", encoding="utf-8")
    claim = (
        "- subject: MSMT\n  property: member count\n  value:\n    kind: count\n    count: 11\n"
        "  period: '2025'\n"
    )
    for number in range(3):
        text = f"id: s{number}\ntitle: T\noutlet: O\nlanguage: en\nclaims:\n" + claim * 4
        (tmp_path / "sources" / f"s{number}.yaml").write_text(text, encoding="utf-8")
    slow = loader.load_case(tmp_path)
    monkeypatch.setattr(loader, "FAST_FROM_BYTES", 0)
    fast = loader.load_case(tmp_path)
    assert fast.sources == slow.sources


@pytest.mark.parametrize(
    "text",
    [
        HEAD + 'note: "a\n  - b: c"\n',  # a quoted scalar whose next line looks like an item
        HEAD + "note: [\nx: 1]\n",
        HEAD + 'claims:\n  - b: "a}\n  - b: b"\n',
    ],
)
def test_a_scalar_continued_on_a_line_like_a_key_is_left_quietly(
    text: str, capfd: pytest.CaptureFixture[str]
) -> None:
    assert fast_data(text) is None
    assert capfd.readouterr().err == ""
