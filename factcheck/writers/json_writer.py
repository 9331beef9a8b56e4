"""JSON: the contract other tools rely on, with sorted keys for byte-identical output."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from itertools import islice
from operator import itemgetter
from typing import Any, BinaryIO

from pydantic import BaseModel

from factcheck.gctune import paused_collection
from factcheck.models.report import ClaimList, Report
from factcheck.report_claims import SortedFields
from factcheck.writers import WriterOptions


def report_data(report: Report) -> dict[str, object]:
    """The report as plain JSON-ready data."""
    return report.model_dump(mode="json")


def _fields(model: object) -> dict[str, Any]:
    """A report model's fields as a dict, for the encoders to walk without a model_dump copy.

    Report models have no aliases, computed fields or custom serializers, so their fields
    are exactly what ``model_dump(mode="json")`` writes; tuples encode as arrays either way.
    """
    if isinstance(model, BaseModel):
        return model.__dict__
    raise TypeError(f"{type(model).__name__} is not JSON serializable")


def dumps(data: Any) -> str:
    """``data`` as JSON text: keys sorted, two-space indent, Unicode kept, trailing newline.

    orjson writes it about ten times faster than the standard library's encoder, which
    ``indent`` keeps in pure Python, and gives the same bytes for everything a report holds:
    strings, booleans, null, integers of up to 64 bits, and scores (0 to 100, one decimal).
    What it refuses (a larger integer, a string with a lone surrogate) goes to the standard
    encoder, so the output is always what that encoder writes.
    """
    encoded = dumps_utf8(data)
    if encoded is not None:
        return encoded.decode("utf-8")
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2, default=_fields)
    return text + "\n"


def dumps_utf8(data: Any) -> bytes | None:
    """What :func:`dumps` writes, as UTF-8 bytes from orjson; None where orjson refuses it."""
    import orjson

    option = orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
    try:
        return orjson.dumps(data, default=_fields, option=option)
    except orjson.JSONEncodeError:
        return None


def _data(report: Report, options: WriterOptions) -> dict[str, Any]:
    data = dict(_fields(report))
    if options.timestamp:
        data["generated"] = options.timestamp
    return data


def render(report: Report, options: WriterOptions) -> str:
    """The whole report as one JSON object, keys sorted, two-space indent, trailing newline."""
    return dumps(_data(report.with_views(), options))


def render_utf8(report: Report, options: WriterOptions) -> bytes | None:
    """:func:`render`'s text as UTF-8 bytes, or None when only the str path can write it.

    A large report's text is hundreds of megabytes: as bytes it is written as orjson made
    it, without a decoded copy and a copy encoded again for the output.
    """
    return dumps_utf8(_data(report.with_views(), options))


def write_utf8(report: Report, options: WriterOptions, out: BinaryIO) -> None:
    """Write :func:`render_utf8`'s bytes to ``out``, a piece at a time.

    The text of a large report is a good part of the memory a command needs when it is made
    whole (over a gigabyte for a million claims); written in pieces, only one batch of
    claims is encoded at a time. The collector is paused meanwhile: each batch's field
    dicts are freed as it is written, and would otherwise be scanned, a million claims' worth.
    """
    with paused_collection():
        for chunk in chunks(report, options):
            out.write(chunk)


# claims encoded per call: enough that a call's overhead is small beside its work
_BATCH = 2_000


def chunks(report: Report, options: WriterOptions) -> Iterator[bytes | memoryview]:
    """The bytes of :func:`render_utf8`, in pieces: the report around its topics, then each
    topic around its claims, then its claims a batch at a time.

    orjson indents every level by two spaces, so a piece encoded on its own is the same text
    as inside the whole once two spaces per level are put after each of its line breaks
    (JSON strings hold no raw line break: each one is the layout's).
    """
    data = _data(report, options)
    # the findings as well: a large case's hold a million places, hundreds of megabytes of
    # text that, encoded with the rest in one piece, was copied whole to be cut and made
    # the command's peak of memory, every page of it touched for the first time
    middles = {
        key: items(data[key], 2)
        for key, items in (("findings", _finding_items), ("topics", _topic_items))
        if data[key]
    }
    yield from _spliced(data, middles, 0) if middles else [_encoded(data, 0)]
    yield b"\n"


def _finding_items(findings: Sequence[Any], depth: int) -> Iterator[bytes | memoryview]:
    """The middle of the findings list: each finding on its own lines, ``depth`` levels in."""
    for index, finding in enumerate(findings):
        if index:
            yield b","
        # the text orjson writes, not a copy of it (a large finding's is tens of megabytes)
        yield _inside([finding], depth - 1, copy=False)


def _topic_items(topics: Sequence[Any], depth: int) -> Iterator[bytes | memoryview]:
    """The middle of the topics list: each topic on its own lines, ``depth`` levels in."""
    for index, topic in enumerate(topics):
        yield (b"," if index else b"") + b"\n" + b"  " * depth
        fields = _fields(topic)
        claims = fields["claims"]
        if claims:
            yield from _spliced(fields, {"claims": _claim_items(claims, depth + 2)}, depth)
        else:
            yield _encoded(fields, depth)


def _claim_items(claims: Sequence[Any], depth: int) -> Iterator[bytes | memoryview]:
    """The middle of a claims list, a batch of claims at a time, ``depth`` levels in."""
    # their field dicts (a claim list's, made one batch at a time and let go once written,
    # rather than views held to the end), which orjson walks without a call back per claim
    fields = claims.fields() if isinstance(claims, ClaimList) else map(vars, claims)
    # fields already in sorted order are written as they are
    sort = not isinstance(fields, SortedFields)
    for start in range(0, len(claims), _BATCH):
        if start:
            yield b","
        # the text orjson writes, not a copy of it, nor one with the comma before it: a large
        # report's claims are a gigabyte of text
        yield _inside(list(islice(fields, _BATCH)), depth - 1, sort, copy=False)


def _inside(
    items: list[Any], depth: int, sort: bool = True, copy: bool = True
) -> bytes | memoryview:
    """The inside of the non-empty list ``items`` encoded ``depth`` levels in: each item after
    a line break and its indent, separated by commas (between "[" and the last line break).

    orjson indents each level by two spaces, so the list is encoded inside ``depth`` lists of
    one item and cut out, rather than each of its lines indented again afterwards. Without
    ``sort``, the keys of every mapping in ``items`` must be in sorted order already.
    Without ``copy``, it may be a view of the text (bytes either way as a buffer).
    """
    import orjson

    nested: Any = items
    for _ in range(depth):
        nested = [nested]
    option = orjson.OPT_INDENT_2 | (orjson.OPT_SORT_KEYS if sort else 0)
    try:
        text = orjson.dumps(nested, default=vars, option=option)
    except orjson.JSONEncodeError:
        text = _encoded(items, depth)
        # "[", the items each after a line break, a line break, the indent and "]"
        return text[1 : text.rindex(b"\n")]
    # each enclosing list opens with "[", a line break and its item's indent, and closes
    # with a line break, its own indent and "]"
    start = sum(2 + 2 * (level + 1) for level in range(depth)) + 1
    end = len(text) - sum(2 + 2 * level for level in range(depth + 1))
    return text[start:end] if copy else memoryview(text)[start:end]


def _spliced(
    fields: dict[str, Any], middles: dict[str, Iterator[bytes | memoryview]], depth: int
) -> Iterator[bytes | memoryview]:
    """``fields`` encoded ``depth`` levels in, with each of ``middles`` as the inside of its
    non-empty list under its key."""
    head = _encoded({**fields, **dict.fromkeys(middles, ())}, depth)
    pad = b"  " * (depth + 1)
    places = []
    for key, middle in middles.items():
        marker = b"\n" + pad + _encoded(key, 0) + b": []"
        places.append((head.index(marker) + len(marker) - 1, middle))  # the closing bracket
    places.sort(key=itemgetter(0))
    start = 0
    for at, middle in places:
        yield (b"\n" + pad if start else b"") + head[start:at]
        yield from middle
        start = at
    yield b"\n" + pad + head[start:]


def _encoded(data: Any, depth: int) -> bytes:
    """``data`` as :func:`dumps` writes it, without the newline, placed ``depth`` levels in."""
    import orjson

    try:
        # a report holds JSON values and report models alone, whose instance dicts hold their
        # fields (see _fields): ``vars`` reads them without a Python call per model, of which
        # a large report's findings hold hundreds of thousands (their claims' places)
        text = orjson.dumps(data, default=vars, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2)
    except orjson.JSONEncodeError:
        std = json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2, default=_fields)
        text = std.encode("utf-8")
    return text.replace(b"\n", b"\n" + b"  " * depth) if depth else text
