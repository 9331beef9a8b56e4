"""The fast reader's guards give the verdict of the plain regular expressions they replace,
kept here as the reference, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.io import yamlfast

_OLD_ODD_CHARACTER = re.compile(
    "[^\x09\x0a\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_OLD_OTHER_LINE = re.compile(r"\n(?! *(?:#|\n|$)| *-[ \n]| *-$| *[A-Za-z0-9_][^:#\n]*:[ \t\n])")
_OLD_UNCLOSED = re.compile(
    r"""[:-][ \t]+(?:"(?:[^\n]*[^"\n])?|'(?:[^\n]*[^'\n])?|\[(?:[^\n]*[^\]\n])?"""
    r"""|\{(?:[^\n]*[^}\n])?)(?=\n|$)"""
)
_OLD_INDICATOR = re.compile(r"[&*!|>]")


def _old_indicator(text: str) -> bool:
    return any(
        m.start() == 0 or text[m.start() - 1] in " \t\n[{," for m in _OLD_INDICATOR.finditer(text)
    )


def _old_outside(text: str) -> bool:
    return bool(
        _OLD_ODD_CHARACTER.search(text)
        or _OLD_OTHER_LINE.search("\n" + text)
        or _OLD_UNCLOSED.search(text)
        or _old_indicator(text)
    )


# characters that matter to some guard, and a few that do not
_CHARACTERS = [
    *" \t\n:-#\"'[]{},&*!|>aZ_09.",
    "\r",
    "\x07",
    "\x7f",
    "\x85",
    "\xa0",
    "é",
    "\u2028",
    "\u2029",
    "\ud800",
    "\ufeff",
    "\ufffe",
    "\u0161",
    "\U0001f600",
]
_chars = st.lists(st.sampled_from(_CHARACTERS), max_size=40).map("".join)

_INDENT = st.sampled_from(["", " ", "  ", "    ", "\t"])
_LEAD = st.sampled_from(["", "- ", "-", "key: ", "key:", "a b: ", "_x:\t", "# ", "1: ", "--- "])
_BODY = st.lists(
    st.sampled_from(["a", " ", "\t", ":", "-", "#", '"', "'", "[", "]", "{", "}", ",", "&", "|"]),
    max_size=8,
).map("".join)
_lines = st.lists(st.tuples(_INDENT, _LEAD, _BODY).map("".join), max_size=6).map("\n".join)
_texts = st.one_of(_chars, _lines, _lines.map(lambda text: text + "\n"))


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_each_guard_gives_the_references_verdict(text: str) -> None:
    assert yamlfast._odd_character(text) == bool(_OLD_ODD_CHARACTER.search(text))
    assert bool(yamlfast._OTHER_LINE.search("\n" + text)) == bool(
        _OLD_OTHER_LINE.search("\n" + text)
    )
    assert yamlfast._unclosed(text) == bool(_OLD_UNCLOSED.search(text))
    assert yamlfast._outside(text) == _old_outside(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gets_the_references_verdict(text: str) -> None:
    assert yamlfast._odd_character(text) == bool(_OLD_ODD_CHARACTER.search(text))
    assert yamlfast._outside(text) == _old_outside(text)


def test_the_guards_still_tell_the_subset_from_the_rest() -> None:
    assert not yamlfast._outside("a: 1\nb:\n- 'x'\n  - [y]\n# c\n\nd: \"e\"\n")
    for text in [
        "a: 'b\n",
        'a:\n - "b',
        "a: [b\n",
        "a: {\n",
        "a\n",
        "---\n",
        "a: \x85\n",
        "a: &b\n",
    ]:
        assert yamlfast._outside(text), text


_OLD_CLAIMS_KEY = re.compile(r"\nclaims:[ \t]*(?:#[^\n]*)?(?=\n|$)")
_OLD_TOP_LEVEL = re.compile(r"\n[^\s#-]")
_OLD_FIRST_ITEM = re.compile(r"\n( *)-(?: |\n|$)")


def _old_item_lines(text: str, count: int) -> tuple[int, ...] | None:
    lined = "\n" + text
    keys = _OLD_CLAIMS_KEY.findall(lined)
    if len(keys) != 1:
        return None if count else ()
    key = _OLD_CLAIMS_KEY.search(lined)
    assert key is not None
    start = key.end()
    end_match = _OLD_TOP_LEVEL.search(lined, start)
    block = lined[start : end_match.start() if end_match else len(lined)]
    first = _OLD_FIRST_ITEM.search(block)
    if first is None:
        return None if count else ()
    dash = re.compile(rf"\n{first.group(1)}-(?: +[^\s#]|(?=\n)|$)")
    found = [m.start() for m in dash.finditer(block) if not m.group().endswith("-")]
    if len(found) != count or len(dash.findall(block)) != count:
        return None
    line = lined.count("\n", 0, key.start() + 1)
    lines, at = [], 0
    for offset in found:
        line += block.count("\n", at, offset + 1)
        at = offset + 1
        lines.append(line)
    return tuple(lines)


_CLAIM_LINE = st.sampled_from(
    [
        "- a: 1",
        "  - a: 1",
        "-   a",
        "-",
        "  -",
        "- -x",
        "- # c",
        "-\ta",
        "  b: 2",
        "    c: 3",
        "# c",
        "",
        " ",
        "claims:",
        "claims: # c",
        "claims: x",
        "other: 1",
        "-x",
    ]
)
_claim_texts = st.tuples(
    st.sampled_from(["", "id: s\n", "claims:\n", "id: s\nclaims:\n"]),
    st.lists(_CLAIM_LINE, max_size=8).map("\n".join),
    st.sampled_from(["", "\n"]),
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_claim_texts, st.integers(min_value=0, max_value=5))
def test_the_lines_of_the_claims_are_the_references(text: str, count: int) -> None:
    assert yamlfast.item_lines(text, count) == _old_item_lines(text, count)
