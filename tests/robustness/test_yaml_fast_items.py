"""A load reads each claim item's text once: a file whose items were read before gives the
full parser's data all the same, with the items it shares being the same objects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import FactcheckError
from factcheck.io import loader, yamlitems
from factcheck.io.yamlfast import fast_data, read_fast
from factcheck.io.yamlio import parse_yaml
from factcheck.io.yamlitems import claim_items, item_lines, stated_items
from factcheck.models import shared
from factcheck.models.shared import keep, new_memo
from factcheck.models.source import Source

HEAD = "id: s1\ntitle: A title\noutlet: Outlet\nlanguage: en\n"
COUNT = "- subject: a\n  property: b\n  value:\n    kind: count\n    count: {}\n"


def _full(text: str) -> Any:
    return parse_yaml(text, Path("f.yaml")).data


def _same(data: Any, text: str) -> None:
    full = _full(text)
    assert data == full
    assert repr(data) == repr(full)  # the same types: 1.50 stays Decimal('1.50'), 1 an int


def test_an_item_read_before_is_the_same_object_and_the_same_data() -> None:
    context = new_memo()
    first = f"{HEAD}claims:\n{COUNT.format(1)}{COUNT.format(2)}"
    second = f"{HEAD}note: x\nclaims:\n{COUNT.format(2)}{COUNT.format(3)}{COUNT.format(2)}"
    one, two = fast_data(first, context), fast_data(second, context)
    assert one is not None and two is not None
    _same(one, first)
    _same(two, second)
    assert two["claims"][0] is one["claims"][1] is two["claims"][2]
    assert two["claims"][1] is not one["claims"][0]


def test_a_file_of_items_all_read_before_still_reads_its_own_keys() -> None:
    context = new_memo()
    fast_data(f"{HEAD}claims:\n{COUNT.format(1)}", context)
    text = f"id: s2\ntitle: Another\noutlet: O\nlanguage: fr\nclaims:\n{COUNT.format(1)}cites: s1\n"
    data = fast_data(text, context)
    assert data is not None
    _same(data, text)


@pytest.mark.parametrize(
    "item", ["\n  - subject: a\n- x", "\n  - subject: a\n property: b", "\n  - a: 1\n  b: 2"]
)
def test_an_item_with_a_line_no_deeper_than_its_dash_is_read_again(item: str) -> None:
    # such an item is no list entry by itself: the full parser refuses these files, and the
    # items are not kept even when a file is read with them
    text = f"{HEAD}claims:{item}\n"
    assert fast_data(text, new_memo()) is None
    with pytest.raises(FactcheckError):
        parse_yaml(text, Path("f.yaml"))
    stated = stated_items(new_memo())
    none = (frozenset[str](), frozenset[str]())
    stated.claims(stated.plan([item]), [{"a": 1}], "  ", none)
    assert stated.plan([item]).parsed == [item]
    kept = "\n  - a: 1\n    b: 2\n # c\n\n"
    stated.claims(stated.plan([kept]), [{"a": 1}], "  ", none)
    assert stated.plan([kept, item]).parsed == [item]


def test_a_bad_item_beside_items_read_before_is_left_to_the_full_parser() -> None:
    context = new_memo()
    fast_data(f"{HEAD}claims:\n{COUNT.format(1)}", context)
    text = f"{HEAD}claims:\n{COUNT.format(1)}- subject: a\n  subject: b\n"
    assert fast_data(text, context) is None
    with pytest.raises(FactcheckError) as caught:
        parse_yaml(text, Path("f.yaml"))
    assert "duplicate key" in str(caught.value.problems[0].message)


@pytest.mark.parametrize(("scalar", "plain"), [("'2025'", "2025"), ("1.0", "1.")])
def test_a_file_is_checked_for_what_its_items_read_before_hold(scalar: str, plain: str) -> None:
    # the item holds the text "2025" or the fraction 1.0; the file writes "2025" or "1."
    # plain: read whole, it is left to the full parser, and so it is with the item read before
    context = new_memo()
    item = f"- subject: a\n  property: b\n  count: {scalar}\n"
    assert fast_data(f"{HEAD}claims:\n{item}", context) is not None
    repeated = f"{HEAD}note: {plain}\nclaims:\n{COUNT.format(1)}{item}"
    assert fast_data(repeated) is None
    assert fast_data(repeated, context) is None


# items of claims with scalars YAML 1.1 and JSON may read differently, and lines that end
# an item early or belong to it
_SCALAR = st.sampled_from(
    [
        "1",
        "1.0",
        "0.5",
        "1.50",
        "'2025'",
        "2025",
        "yes",
        "'yes'",
        "~",
        "x",
        "-.5",
        "0.5",
        "1.",
        "a b",
    ]
)
_ITEM = st.tuples(
    st.sampled_from(["", "  "]),
    _SCALAR,
    _SCALAR,
    st.sampled_from(["", "  # c\n", "# c\n", "\n", "  note: z\n", "  - q\n", "notes: n\n"]),
).map(lambda p: f"{p[0]}- subject: {p[1]}\n{p[0]}  count: {p[2]}\n{p[3]}")
_HEADS = st.sampled_from(["", "note: 2025\n", "note: 1.\n", "note: '1.'\n", "note: yes\n"])
_TAILS = st.sampled_from(["", "cites: s1\n", "claims: x\n"])


def _file(head: str, items: list[str], tail: str) -> str:
    return f"{HEAD}{head}claims:\n{''.join(items)}{tail}"


_FILE = st.builds(_file, _HEADS, st.lists(_ITEM, min_size=1, max_size=4), _TAILS)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_ITEM, min_size=1, max_size=3),
    st.lists(
        st.tuples(_HEADS, st.lists(st.integers(0, 2), min_size=1, max_size=4), _TAILS),
        min_size=1,
        max_size=5,
    ),
)
def test_files_sharing_items_read_as_the_full_parser_reads_each(
    pool: list[str], files: list[tuple[str, list[int], str]]
) -> None:
    context = new_memo()
    for head, picks, tail in files:
        text = _file(head, [pool[pick % len(pool)] for pick in picks], tail)
        data = fast_data(text, context)
        if data is not None:
            _same(data, text)


@settings(max_examples=300, deadline=None)
@given(_FILE)
def test_the_items_add_up_to_the_file_and_have_its_claim_lines(text: str) -> None:
    found = claim_items(text)
    if found is None:
        return
    assert found.head + "".join(found.items) + found.tail == text
    assert found.lines == item_lines(text, len(found.items))


def test_the_claim_lines_found_while_reading_are_the_full_parsers() -> None:
    text = f"{HEAD}claims:\n# c\n{COUNT.format(1)}\n{COUNT.format(2)}"
    document = read_fast(text, Path("f.yaml"), new_memo())
    assert document.element_lines("claims", 2) == (7, 13)
    assert parse_yaml(text, Path("f.yaml")).element_lines("claims", 2) == (7, 13)


def test_a_kept_claim_finds_its_model_without_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    claim = {"subject": "MSMT", "property": "members", "value": {"kind": "count", "count": 11}}
    source = {"id": "a", "title": "T", "outlet": "O", "language": "en", "claims": [claim] * 3}
    context = new_memo()
    keep(context, claim)
    keys: list[object] = []
    real = shared.payload_key
    monkeypatch.setattr(shared, "payload_key", lambda data: keys.append(data) or real(data))
    claims = Source.model_validate(source, context=context).claims
    assert claims[0] is claims[1] is claims[2]
    # the claim's key once, and its value's once, when it is first validated
    assert keys == [claim, claim["value"]]


def test_a_large_case_of_repeated_claims_loads_alike_either_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "case.yaml").write_text("title: T\n", encoding="utf-8")
    for number in range(4):
        items = "".join(COUNT.format(n) for n in (1, number, 2, 1))
        text = f"id: s{number}\ntitle: T\noutlet: O\nlanguage: en\nclaims:\n# c\n{items}"
        (tmp_path / "sources" / f"s{number}.yaml").write_text(text, encoding="utf-8")
    slow = loader.load_case(tmp_path)
    monkeypatch.setattr(loader, "FAST_FROM_BYTES", 0)
    fast = loader.load_case(tmp_path)
    assert fast.sources == slow.sources
    assert fast.sources[0].source.claims[0] is fast.sources[3].source.claims[3]


@pytest.mark.parametrize(
    "odd",
    ["note: \x07\n", "note: &a x\n", "note: 'a\n", "x\n", "---\n", "note: a\r\n"],
)
@pytest.mark.parametrize("where", ["head", "item"])
def test_a_file_outside_the_subset_beside_items_read_before_is_left(odd: str, where: str) -> None:
    context = new_memo()
    items = COUNT.format(1) + COUNT.format(2)
    assert fast_data(f"{HEAD}claims:\n{items}", context) is not None
    if where == "head":
        text = f"{HEAD}{odd}claims:\n{items}"
    else:
        text = f"{HEAD}claims:\n{COUNT.format(1)}- subject: c\n  {odd}{COUNT.format(2)}"
    assert fast_data(text) is None
    assert fast_data(text, context) is None


def test_kept_claims_beside_others_keep_their_models_and_errors_their_places() -> None:
    claim = {"subject": "MSMT", "property": "members", "value": {"kind": "count", "count": 11}}
    other = {"subject": "MSMT", "property": "members", "value": {"kind": "count", "count": 9}}
    bad = {"subject": "", "property": "members", "value": {"kind": "count", "count": 9}}
    head = {"id": "a", "title": "T", "outlet": "O", "language": "en"}
    context = new_memo()
    keep(context, claim)
    first = Source.model_validate({**head, "claims": [claim]}, context=context).claims[0]
    claims = Source.model_validate({**head, "claims": [other, claim, other]}, context=context)
    assert claims.claims[1] is first
    assert claims.claims[0] is claims.claims[2] is not first
    assert claims.claims[0].value.model_dump()["count"] == 9
    with pytest.raises(ValueError) as caught:
        Source.model_validate({**head, "claims": [claim, bad, claim, bad]}, context=context)
    places = [error["loc"][:2] for error in caught.value.errors()]  # type: ignore[attr-defined]
    assert places == [("claims", 1), ("claims", 3)]


def test_items_past_the_limit_are_read_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlitems, "KEPT_ITEMS", 1)
    context = new_memo()
    text = f"{HEAD}claims:\n{COUNT.format(1)}{COUNT.format(2)}"
    one, two = fast_data(text, context), fast_data(text, context)
    assert one is not None and two is not None
    assert one["claims"][0] is two["claims"][0]
    assert one["claims"][1] is not two["claims"][1]
    _same(two, text)


def test_a_load_whose_first_items_seldom_repeat_reads_its_files_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yamlitems, "TRIAL_ITEMS", 4)
    context = new_memo()
    for number in range(2):
        fast_data(
            f"{HEAD}claims:\n{COUNT.format(number * 2)}{COUNT.format(number * 2 + 1)}", context
        )
    assert not stated_items(context).worth_it
    text = f"{HEAD}claims:\n{COUNT.format(5)}"
    one, two = fast_data(text, context), fast_data(text, context)
    assert one is not None and two is not None
    assert one["claims"][0] is not two["claims"][0]
    _same(two, text)
