"""A load reads each JSON claim's text once: a record whose claims were read before gives
json.loads' data all the same, with the claims it shares being the same objects."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import FactcheckError
from factcheck.io.jsonio import parse_json
from factcheck.io.jsonitems import stated_claims
from factcheck.io.loader import load_case
from factcheck.models.shared import new_memo


def _loads(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


def _same(data: Any, text: str) -> None:
    full = _loads(text)
    assert data == full
    assert repr(data) == repr(full)  # the same types: 1.50 stays Decimal('1.50'), 1 an int


def _parse(text: str, context: dict[str, Any]) -> Any:
    return parse_json(text, Path("f.jsonl"), 1, context)


def test_a_claim_read_before_is_the_same_object_and_the_same_data() -> None:
    context = new_memo()
    first = '{"id": "s1", "claims": [{"count": 1}, {"count": 2.50}]}'
    second = '{"claims" :[ {"count": 2.50} ,{"count": 3},{"count": 2.50}], "id": "s2"}'
    one, two = _parse(first, context), _parse(second, context)
    _same(one, first)
    _same(two, second)
    assert two["claims"][0] is one["claims"][1] is two["claims"][2]
    assert two["claims"][1] is not one["claims"][0]


def test_a_claim_written_otherwise_is_read_again() -> None:
    context = new_memo()
    one = _parse('{"claims": [{"count": 2.5}]}', context)
    two = _parse('{"claims": [{"count":2.5}]}', context)
    assert one["claims"][0] == two["claims"][0]
    assert one["claims"][0] is not two["claims"][0]


@pytest.mark.parametrize(
    "text",
    [
        '{"claims": [{"count": 1}], "claims": [{"count": 2}]}',  # the last of a repeated key
        '{"claims": {"count": 1}}',
        '{"claims": [1, "a", null, [{"count": 1}], {"claims": [{"count": 1}]}]}',
        '{"claims": []}',
        " {}\n",
        '["claims", {"claims": [{"count": 1}]}]',
    ],
)
def test_any_object_reads_as_json_loads_reads_it(text: str) -> None:
    _same(_parse(text, new_memo()), text)


@pytest.mark.parametrize(
    "text",
    [
        '{"claims": [{"count": 1},]}',
        '{"claims": [{"count": 1}]} x',
        '{"claims": [{"count": NaN}]}',
        '{"claims": [{"count": 1}]',
    ],
)
def test_what_json_loads_refuses_is_reported_as_before(text: str) -> None:
    context = new_memo()
    with pytest.raises(FactcheckError) as caught:
        _parse(text, context)
    with pytest.raises(FactcheckError) as plain:
        parse_json(text, Path("f.jsonl"), 1)
    assert caught.value.problems == plain.value.problems


_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.sampled_from(["2.5", "2.50", "-0.0", "1e3"]).map(Decimal),
    st.text(max_size=4),
)
_VALUE = st.recursive(
    _SCALAR,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["claims", "count", "kind"]), inner, max_size=3)
    ),
    max_leaves=6,
)
_CLAIM = st.dictionaries(st.sampled_from(["subject", "value", "note"]), _VALUE, max_size=3)
_SPACE = st.sampled_from(["", " ", "\n", "\t ", "\r\n"])


def _dump(value: Any, space: str) -> str:
    """JSON text of ``value`` with ``space`` around its punctuation."""
    if isinstance(value, dict):
        pairs = (f"{json.dumps(k)}{space}:{space}{_dump(v, space)}" for k, v in value.items())
        return "{" + space + f"{space},{space}".join(pairs) + space + "}"
    if isinstance(value, list):
        return "[" + space + f"{space},{space}".join(_dump(v, space) for v in value) + "]"
    return str(value) if isinstance(value, Decimal) else json.dumps(value)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_CLAIM, min_size=1, max_size=3),
    st.lists(
        st.tuples(st.lists(st.integers(0, 2), max_size=4), _SPACE, _VALUE), min_size=1, max_size=3
    ),
)
def test_records_sharing_claims_read_as_json_loads_reads_each(
    claims: list[dict[str, Any]], records: list[tuple[list[int], str, Any]]
) -> None:
    context = new_memo()
    for picks, space, other in records:
        chosen = [claims[i % len(claims)] for i in picks]
        text = _dump({"note": other, "claims": chosen}, space)
        _same(_parse(text, context), text)


def test_a_case_of_json_lines_shares_the_claims_it_repeats(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "case.yaml").write_text("title: lines\n", encoding="utf-8")
    claim = {"subject": "MSMT", "property": "members", "value": {"kind": "count", "count": 11}}
    other = {**claim, "value": {"kind": "count", "count": 9}}
    lines = [
        {"id": f"s{n}", "title": "T", "outlet": "O", "language": "en", "claims": claims}
        for n, claims in enumerate([[claim, other], [other], [claim, claim]])
    ]
    text = "".join(json.dumps(line) + "\n" for line in lines)
    (tmp_path / "sources" / "all.jsonl").write_text(text, encoding="utf-8")
    case = load_case(tmp_path)
    s0, s1, s2 = (item.source.claims for item in case.sources)
    assert s0[0] is s2[0] is s2[1]
    assert s0[1] is s1[0]
    assert s0[0].value.model_dump()["count"] == 11


def test_a_load_of_claims_that_never_repeat_stops_looking_them_up() -> None:
    context = new_memo()
    for n in range(3000):
        _parse(f'{{"claims": [{{"count": {n}}}]}}', context)
    assert not stated_claims(context).worth_it
    text = '{"claims": [{"count": 1}]}'
    _same(_parse(text, context), text)
