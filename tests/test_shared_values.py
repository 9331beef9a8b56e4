"""A load validates each distinct stated claim and value once and shares its model."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from factcheck.io.loader import load_case
from factcheck.models.shared import new_memo, payload_key
from factcheck.models.source import Source


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ({"count": 1}, {"count": True}),
        ({"count": 1}, {"count": "1"}),
        ({"count": 1}, {"count": 1.0}),
        ({"amount": Decimal("1.5")}, {"amount": Decimal("1.50")}),
        ({"amount": 0.0}, {"amount": -0.0}),
        ({"members": ["a", "b"]}, {"members": ["b", "a"]}),
        ({"members": ["a"]}, {"members": "a"}),
        ({"date": "2025-01-02"}, {"date": date(2025, 1, 2)}),
        ({"kind": "count", "count": 3}, {"count": 3, "kind": "count"}),
        ({"amount": Decimal("1.5")}, {"amount": "1.5"}),
        ({"amount": Decimal("1.5")}, {"amount": 1.5}),
        ({"date": date(2025, 1, 2)}, {"date": "2025-01-02"}),
        ({"count": float("nan")}, {"count": None}),
        ({"count": float("inf")}, {"count": None}),
        ({"count": 2**70}, {"count": "1180591620717411303424"}),
        ({"note": "\x00" + "1.5"}, {"note": Decimal("1.5")}),
    ],
)
def test_keys_tell_apart_what_is_stated_differently(one: object, other: object) -> None:
    assert payload_key(one) != payload_key(other)


def test_keys_of_equal_data_are_equal_and_only_mappings_have_one() -> None:
    data = {"kind": "set", "members": ["CN", "RU"], "complete": False}
    assert payload_key(data) == payload_key(
        {"kind": "set", "members": ["CN", "RU"], "complete": False}
    )
    assert payload_key(["not", "a", "mapping"]) is None
    dated = {"kind": "date", "date": date(2025, 1, 2), "note": None}
    assert payload_key(dated) == payload_key(dict(dated))


def test_a_json_lines_case_shares_one_model_per_distinct_claim(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "case.yaml").write_text("title: shared\n", encoding="utf-8")
    values = [{"kind": "amount", "amount": 1.5, "currency": "USD"}, {"kind": "count", "count": 9}]
    lines = [json.dumps(_source(ident, values)) for ident in ("a", "b")]
    (tmp_path / "sources" / "all.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    case = load_case(tmp_path)
    a, b = (item.source.claims for item in case.sources)
    assert a[0] is b[0] and a[1] is b[1]
    assert a[0] is not a[1]
    assert a[0].value.model_dump()["amount"] == Decimal("1.5")


def _claim(value: dict[str, object]) -> dict[str, object]:
    return {"subject": "MSMT", "property": "members", "value": value}


def _source(ident: str, values: list[dict[str, object]]) -> dict[str, object]:
    return {
        "id": ident,
        "title": "A title",
        "outlet": "An outlet",
        "language": "en",
        "published": "2025-10-22",
        "claims": [_claim(v) for v in values],
    }


def test_a_case_shares_one_model_per_distinct_value(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "case.yaml").write_text("title: shared\n", encoding="utf-8")
    first = [{"kind": "count", "count": 11}, {"kind": "count", "count": 9}]
    second = [{"kind": "count", "count": 11}, {"kind": "count", "count": 11.5}]
    for ident, values in (("a", first), ("b", second)):
        text = yaml.safe_dump(_source(ident, values))
        (tmp_path / "sources" / f"{ident}.yaml").write_text(text, encoding="utf-8")
    case = load_case(tmp_path)
    a, b = (item.source.claims for item in case.sources)
    assert a[0] is b[0]  # the same claim, word for word
    assert a[0].value is b[0].value
    assert a[0].value is not a[1].value
    assert b[1].value is not b[0].value
    assert b[1].value.model_dump()["count"] == Decimal("11.5")


def test_a_value_that_fails_fails_each_time_it_is_stated() -> None:
    data = _source("a", [{"kind": "count", "count": -1}, {"kind": "count", "count": -1}])
    context = new_memo()
    with pytest.raises(ValueError) as caught:
        Source.model_validate(data, context=context)
    locations = [error["loc"][:2] for error in caught.value.errors()]  # type: ignore[attr-defined]
    assert locations == [("claims", 0), ("claims", 1)]
    assert context == new_memo()
