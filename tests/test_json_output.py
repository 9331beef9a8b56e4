"""The JSON report is written by orjson, byte for byte what the standard encoder writes."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.analyze import analyze
from factcheck.models.report import ClaimList, ClaimView, Report
from factcheck.writers import WriterOptions, get_utf8_stream_writer, get_writer, json_writer
from factcheck.writers.json_writer import dumps, render_utf8, report_data


def _stdlib(data: object) -> str:
    """How the report was written before orjson: the reference the bytes must match."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("timestamp", [None, "2025-10-24T12:00:00Z"])
def test_the_example_report_is_byte_identical(example_case: Path, timestamp: str | None) -> None:
    report = analyze(example_case)
    text = get_writer("json")(report, WriterOptions(timestamp=timestamp))
    data = report_data(report)
    if timestamp:
        data["generated"] = timestamp
    assert text.encode("utf-8") == _stdlib(data).encode("utf-8")
    # what the comparison covers: text beyond ASCII, scores as floats, figures as strings
    assert any(ord(ch) > 127 for ch in text)
    scores = {c.score for t in report.topics for c in t.claims}
    assert any(s != int(s) for s in scores) or 100.0 in scores
    assert all(isinstance(c.low, str) for t in report.topics for c in t.claims)


def test_every_score_a_report_can_hold_is_written_alike() -> None:
    scores = [round(tenths / 10, 1) for tenths in range(1001)]
    assert dumps({"score": scores}) == _stdlib({"score": scores})


@pytest.mark.parametrize(
    "value",
    [
        'control \x00\x1f\x7f, quotes " and \\, line and paragraph separators \u2028\u2029',
        "Türkçe, español, 日本語, emoji 🛰️, combining e\u0301",
        10**30,  # past orjson's 64 bits: the standard encoder writes it
        -(2**63),
        [None, True, False, 0, -1],
    ],
)
def test_values_from_claim_files_are_written_alike(value: object) -> None:
    data = {"b": value, "a": {"z": [value], "y": {}}, "é": []}
    assert dumps(data) == _stdlib(data)


def test_a_huge_offset_in_a_claim_file_is_written_as_before(
    make_case: Callable[..., Path],
) -> None:
    claim = {
        "subject": "x",
        "property": "y",
        "value": {"kind": "count", "count": 3},
        "offsets": [10**25, 10**25 + 5],
    }
    source = {"id": "a", "title": "A", "outlet": "A", "language": "en", "claims": [claim]}
    root = make_case({"title": "t"}, {"a.yaml": source})
    report = analyze(root)
    text = get_writer("json")(report, WriterOptions())
    assert text == _stdlib(report_data(report))
    assert "10000000000000000000000005" in text
    assert _streamed(report, WriterOptions()) == text.encode("utf-8")


def _streamed(report: Report, options: WriterOptions) -> bytes:
    write = get_utf8_stream_writer("json")
    assert write is not None
    out = io.BytesIO()
    write(report, options, out)
    return out.getvalue()


@pytest.mark.parametrize("batch", [1, 2, 1000])
@pytest.mark.parametrize("timestamp", [None, "2025-10-24T12:00:00Z"])
def test_the_report_written_in_pieces_is_the_whole_report(
    example_case: Path, batch: int, timestamp: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_writer, "_BATCH", batch)  # claims split across batches or not
    report = analyze(example_case)
    options = WriterOptions(timestamp=timestamp)
    assert _streamed(report, options) == render_utf8(report, options)
    assert len(report.topics) > 1 and max(len(t.claims) for t in report.topics) > 2


def test_the_findings_are_written_one_piece_each(example_case: Path) -> None:
    report = analyze(example_case)
    pieces = list(json_writer.chunks(report, WriterOptions()))
    assert b"".join(pieces) == render_utf8(report, WriterOptions())
    # a large case's findings are hundreds of megabytes: never encoded, nor copied, whole
    per_piece = [bytes(piece).count(b'"rule": ') for piece in pieces]
    assert max(per_piece) == 1 and sum(per_piece) == len(report.findings) > 1


def test_a_report_without_topics_or_claims_written_in_pieces_is_the_whole_report(
    make_case: Callable[..., Path],
) -> None:
    source = {"id": "a", "title": "A", "outlet": "A", "language": "en", "claims": []}
    report = analyze(make_case({"title": "t"}, {"a.yaml": source}))
    assert not report.topics
    assert _streamed(report, WriterOptions()) == render_utf8(report, WriterOptions())


def test_only_json_has_a_stream_writer() -> None:
    assert get_utf8_stream_writer("md") is None
    assert get_utf8_stream_writer("nonesuch") is None


def test_claims_written_from_their_fields_are_written_as_their_views(
    make_case: Callable[..., Path],
) -> None:
    claims: list[dict[str, object]] = [
        {"subject": "x", "property": "y", "value": {"kind": "count", "count": n}, "note": note}
        for n, note in ((3, "plain"), (3, "plain"), (5, "huge"), (4, "naïve \u2028 \x1b"))
    ]
    claims[2]["offsets"] = [10**25, 10**25 + 5]  # past orjson's 64 bits
    sources = {
        f"{name}.yaml": {
            "id": name,
            "title": name,
            "outlet": name,
            "language": lang,
            "claims": claims,
        }
        for name, lang in (("a", "en"), ("b", "fr"))
    }
    report = analyze(make_case({"title": "t"}, sources))
    lists = [t.claims for t in report.topics]
    assert all(isinstance(c, ClaimList) and c.pending for c in lists)
    streamed = _streamed(report, WriterOptions())
    assert all(c.pending for c in lists)  # written without making the views
    assert streamed == get_writer("json")(report, WriterOptions()).encode("utf-8")
    assert not any(c.pending for c in lists)
    assert streamed.decode("utf-8") == _stdlib(report_data(report))


def test_a_claim_list_reads_as_the_list_of_its_views(example_case: Path) -> None:
    report = analyze(example_case)
    claims = max((t.claims for t in report.topics), key=len)
    assert isinstance(claims, ClaimList)
    count = len(claims)
    assert claims.pending and count > 2 and claims
    first = claims[0]
    assert not claims.pending and len(claims) == count
    assert list(claims) == claims[:] and first in claims and claims.index(first) == 0
    assert isinstance(first, ClaimView) and first.model_dump()["source"] == first.source
    assert claims.sources_apart() == (len({c.source for c in claims}) > 1)


def test_reports_with_claim_lists_compare_by_their_views(example_case: Path) -> None:
    first, second = analyze(example_case), analyze(example_case)
    assert first.topics[0].claims.pending and second.topics[0].claims.pending
    assert first == second
    assert first.topics[0].claims + second.topics[0].claims == list(first.topics[0].claims) * 2
