"""Sources as JSON and JSON Lines: the same models and report, and the same one-line problems."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from robust_helpers import Run, one_problem

from factcheck.analyze import analyze
from factcheck.io.yamlio import read_yaml
from factcheck.limits import MAX_JSON_SOURCE_BYTES, MAX_NUMBER_DIGITS


def to_json(data: Any, indent: int | None = None) -> str:
    """JSON text for YAML data, Decimals written as the digits the YAML file has."""

    def plain(value: Any) -> Any:
        if isinstance(value, Decimal):
            return _Raw(str(value))
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    class _Encoder(json.JSONEncoder):
        def default(self, o: Any) -> Any:
            return f"@@{o.text}@@" if isinstance(o, _Raw) else super().default(o)

    text = json.dumps(plain(data), ensure_ascii=False, indent=indent, cls=_Encoder)
    import re

    return re.sub(r'"@@(.*?)@@"', r"\1", text)


class _Raw:
    def __init__(self, text: str) -> None:
        self.text = text


def _as_json(case: Path) -> dict[str, Path]:
    """Turn the example's sources into one .json file and one .jsonl file with the rest."""
    sources = sorted((case / "sources").glob("*.yaml"))
    first, *rest = sources
    target = case / "sources" / f"{first.stem}.json"
    target.write_text(to_json(read_yaml(first).data, indent=2) + "\n", encoding="utf-8")
    first.unlink()
    lines = [to_json(read_yaml(path).data) for path in rest]
    bundle = case / "sources" / "rest.jsonl"
    bundle.write_text("\n".join([*lines[:1], "", *lines[1:]]) + "\n", encoding="utf-8")
    for path in rest:
        path.unlink()
    return {"json": target, "jsonl": bundle}


def _without_places(data: Any) -> Any:
    """The report with file paths and line numbers taken out.

    A finding lists each claim line once: two claims of one JSON Lines record share a line.
    """
    if isinstance(data, dict):
        out = {k: _without_places(v) for k, v in data.items() if k not in ("path", "line", "case")}
        if "locations" in out:
            out["locations"] = sorted({item["source"] for item in out["locations"]})
        return out
    if isinstance(data, list):
        return [_without_places(v) for v in data]
    return data


def test_json_and_jsonl_sources_give_the_yaml_report(
    example_case: Path, example_copy: Path
) -> None:
    expected = analyze(example_case).model_dump(mode="json")
    _as_json(example_copy)
    found = analyze(example_copy).model_dump(mode="json")
    assert _without_places(found) == _without_places(expected)
    # a stated precision survives: amounts keep their trailing digits and their rounding
    assert found["summary"] == expected["summary"]


def test_claims_in_json_point_at_their_lines(example_copy: Path) -> None:
    files = _as_json(example_copy)
    report = analyze(example_copy)
    text = files["json"].read_text(encoding="utf-8").split("\n")
    in_json = [c for t in report.topics for c in t.claims if c.path == str(files["json"])]
    assert in_json
    for claim in in_json:
        assert text[claim.line - 1].strip() == "{"  # the claim object opens on its line
        assert f'"subject": {json.dumps(claim.subject, ensure_ascii=False)}' in (text[claim.line])
    records = files["jsonl"].read_text(encoding="utf-8").split("\n")
    in_jsonl = [c for t in report.topics for c in t.claims if c.path == str(files["jsonl"])]
    assert {c.line for c in in_jsonl} == {1, 3, 4, 5}  # line 2 is blank
    for claim in in_jsonl:
        assert json.loads(records[claim.line - 1])["id"] == claim.source


def test_a_stated_precision_is_kept(make_case: Callable[..., Path]) -> None:
    source = {
        "id": "a",
        "title": "A",
        "outlet": "A",
        "language": "en",
        "claims": [
            {
                "subject": "x",
                "property": "y",
                "value": {"kind": "amount", "amount": "@@", "currency": "USD"},
            }
        ],
    }
    text = json.dumps(source).replace('"@@"', "2.80")
    root = make_case({"title": "t"}, {"a.json": text, "b.yaml": "placeholder"})
    (root / "sources" / "b.yaml").unlink()
    report = analyze(root)
    (claim,) = report.topics[0].claims
    assert claim.value == "2.80 USD"
    assert (claim.low, claim.high) == ("2.795", "2.805")


def _source(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "s1",
        "title": "T",
        "outlet": "O",
        "language": "en",
        "claims": [
            {"subject": "x", "property": "y", "value": {"kind": "count", "count": 3}},
        ],
    }
    base.update(changes)
    return base


@pytest.fixture
def json_case(make_case: Callable[..., Path]) -> Callable[[str, str | bytes], Path]:
    """A case whose only source file is ``name`` with ``content``."""

    def build(name: str, content: str | bytes) -> Path:
        root = make_case({"title": "t"}, {})
        path = root / "sources" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return build


def _line_with(text: str, needle: str) -> int:
    (line,) = [n for n, item in enumerate(text.split("\n"), 1) if item.strip() == needle]
    return line


def _record_lines(*records: Any) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_bad_json_syntax_is_one_line(cli: Callable[..., Run], json_case: Callable) -> None:
    path = json_case("s.json", '{\n  "id": "s1",\n  "title": "T"\n  "outlet": "O"\n}\n')
    assert one_problem(cli("compare", path.parents[1])) == (
        f"error: {path}:4: invalid JSON: Expecting ',' delimiter"
    )


def test_a_validation_problem_names_the_line_of_the_value(
    cli: Callable[..., Run], json_case: Callable
) -> None:
    source = _source()
    source["claims"][0]["value"]["count"] = -3
    path = json_case("s.json", json.dumps(source, indent=2))
    line = _line_with(path.read_text(encoding="utf-8"), '"value": {')  # as in YAML
    assert one_problem(cli("compare", path.parents[1])) == (
        f"error: {path}:{line}: claims[0].value: Value error, -3 is negative: a count cannot be"
    ).replace("Value error, ", "")


def test_an_unknown_key_in_a_jsonl_record_is_on_its_line(
    cli: Callable[..., Run], json_case: Callable
) -> None:
    text = _record_lines(_source(id="a"), _source(id="b", outlett="O"), _source(id="c"))
    path = json_case("many.jsonl", text)
    assert one_problem(cli("compare", path.parents[1])) == (
        f"error: {path}:2: unknown key 'outlett' in this file (did you mean 'outlet'?)"
    )


def test_every_bad_jsonl_line_is_reported_and_good_ones_kept(
    cli: Callable[..., Run], json_case: Callable
) -> None:
    good = json.dumps(_source(id="a")).encode()
    text = b"\n".join([good, b'{"id": ', b"\xff\xfe", json.dumps(_source(id="a")).encode()])
    path = json_case("many.jsonl", text + b"\n")
    run = cli("compare", path.parents[1])
    assert run.code == 2
    assert run.lines == [
        f"error: {path}:2: invalid JSON: Expecting value",
        f"error: {path}:3: not UTF-8 text (invalid start byte)",
        f"error: {path}:4: duplicate source id 'a' (also in {path})",
    ]


def test_bad_utf8_in_a_json_file_names_its_line(
    cli: Callable[..., Run], json_case: Callable
) -> None:
    text = json.dumps(_source(), indent=2).encode().replace(b'"T"', b'"\xc3("')
    path = json_case("s.json", text)
    assert one_problem(cli("compare", path.parents[1])) == (
        f"error: {path}:3: not UTF-8 text (invalid continuation byte)"
    )


@pytest.mark.parametrize("word", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_on_their_line(
    cli: Callable[..., Run], json_case: Callable, word: str
) -> None:
    text = json.dumps(_source(), indent=2).replace('"count": 3', f'"count": {word}')
    path = json_case("s.json", text)
    line = _line_with(text, f'"count": {word}')
    assert one_problem(cli("compare", path.parents[1])) == (
        f"error: {path}:{line}: invalid JSON: {word} is not a number JSON allows"
    )


@pytest.mark.parametrize("fraction", ["", ".5"])
def test_a_number_past_the_digit_limit_is_refused(
    cli: Callable[..., Run], json_case: Callable, fraction: str
) -> None:
    digits = "9" * (MAX_NUMBER_DIGITS + 1)
    text = json.dumps(_source(), indent=2).replace('"count": 3', f'"count": {digits}{fraction}')
    path = json_case("s.json", text)
    line = _line_with(text, f'"count": {digits}{fraction}')
    count = MAX_NUMBER_DIGITS + 1 + len(fraction.strip("."))
    assert one_problem(cli("compare", path.parents[1])) == (
        f"error: {path}:{line}: a number of {count:,} digits: numbers have at most "
        f"{MAX_NUMBER_DIGITS:,}"
    )
    # the interpreter's own limit is back as it was
    assert int("9" * 4000) > 0


def test_a_json_file_past_the_size_limit_is_refused_unread(
    cli: Callable[..., Run], json_case: Callable
) -> None:
    source = _source(note="x" * MAX_JSON_SOURCE_BYTES)
    path = json_case("s.json", json.dumps(source))
    assert one_problem(cli("compare", path.parents[1])).startswith(
        f"error: {path}: 1.0 MiB: larger than 1 MiB, the limit for a JSON source file"
    )


def test_a_jsonl_line_past_the_limit_is_refused_and_the_next_still_read(
    cli: Callable[..., Run], json_case: Callable
) -> None:
    long = _source(id="a", note="x" * MAX_JSON_SOURCE_BYTES)
    text = _record_lines(long, _source(id="b", title=""))
    path = json_case("many.jsonl", text)
    run = cli("compare", path.parents[1])
    assert run.lines == [
        f"error: {path}:1: a line longer than 1 MiB, the limit for one source",
        f"error: {path}:2: title: String should have at least 1 character",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1, 2]", "1: expected a mapping of keys at the top level"),
        ("", "1: empty file: a source is one JSON object"),
        ("[" * 100_000, "1: invalid JSON: nested too deeply"),
    ],
)
def test_json_that_is_no_source_object(
    cli: Callable[..., Run], json_case: Callable, content: str, message: str
) -> None:
    path = json_case("s.json", content)
    assert one_problem(cli("compare", path.parents[1])) == f"error: {path}:{message}"


def test_a_byte_order_mark_is_read_past(json_case: Callable) -> None:
    path = json_case("s.json", "\ufeff" + json.dumps(_source()))
    (path.parent / "t.jsonl").write_text(
        "\ufeff" + json.dumps(_source(id="s2")) + "\n", encoding="utf-8"
    )
    report = analyze(path.parents[1])
    assert [s.id for s in report.sources] == ["s1", "s2"]


def test_a_folder_or_broken_link_named_like_json_is_reported(
    cli: Callable[..., Run], json_case: Callable
) -> None:
    path = json_case("s.json", json.dumps(_source()))
    (path.parent / "x.jsonl").mkdir()
    (path.parent / "y.json").symlink_to("nowhere.json")
    run = cli("compare", path.parents[1])
    assert run.lines == [
        f"error: {path.parent / 'x.jsonl'}: is a folder, not a file",
        f"error: {path.parent / 'y.json'}: broken symbolic link (to 'nowhere.json')",
    ]
