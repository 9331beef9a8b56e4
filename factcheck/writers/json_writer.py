"""JSON: the contract other tools rely on, with sorted keys for byte-identical output."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from itertools import chain, islice, repeat
from operator import itemgetter
from typing import Any, BinaryIO

from pydantic import BaseModel

from factcheck.models.report import OWN_FIELDS, ClaimList, Report
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
    claims is encoded at a time.
    """
    for chunk in chunks(report, options):
        out.write(chunk)


# claims encoded per call: enough that a call's overhead is small beside its work
_BATCH = 2_000


def chunks(report: Report, options: WriterOptions) -> Iterator[bytes]:
    """The bytes of :func:`render_utf8`, in pieces: the report around its topics, then each
    topic around its claims, then its claims a batch at a time.

    orjson indents every level by two spaces, so a piece encoded on its own is the same text
    as inside the whole once two spaces per level are put after each of its line breaks
    (JSON strings hold no raw line break: each one is the layout's).
    """
    data = _data(report, options)
    topics = data["topics"]
    yield from (
        _spliced(data, "topics", _topic_items(topics, 2), 0) if topics else [_encoded(data, 0)]
    )
    yield b"\n"


def _topic_items(topics: Sequence[Any], depth: int) -> Iterator[bytes]:
    """The middle of the topics list: each topic on its own lines, ``depth`` levels in."""
    pieces = _ClaimPieces(depth + 2)
    for index, topic in enumerate(topics):
        yield (b"," if index else b"") + b"\n" + b"  " * depth
        fields = _fields(topic)
        claims = fields["claims"]
        if not claims:
            yield _encoded(fields, depth)
            continue
        if isinstance(claims, ClaimList) and claims.pending:
            middle = _claims_from_parts(claims, pieces)
        else:
            middle = _claim_items(claims, depth + 2)
        yield from _spliced(fields, "claims", middle, depth)


class _ClaimPieces:
    """The text of claims, ``depth`` levels in, from their parts (see ClaimList).

    Claims that state the same share a template of their fields: its text, encoded once, is
    cut where each claim's own fields go; each own value (a source id, a path, a line) is
    encoded once too. A claim's text is then these pieces joined, which is the text orjson
    gives the claim's whole dict: every own field is a key at the claim's first level, where
    a line break followed by that level's indent and the key can only be the layout's.
    """

    def __init__(self, depth: int) -> None:
        self.depth = depth
        # each template's pieces, by its id (a template is one of the report's, held as long
        # as it is, so its id is its own)
        self.cuts: dict[int, tuple[bytes, ...]] = {}
        self.values = tuple(_Encoded() for _ in OWN_FIELDS)
        pad = b"\n" + b"  " * (depth + 1)
        # each own field's key at the claim's first level, with the 0 the template is cut at
        self._keys = [pad + _encoded(name, 0) + b": 0" for name in OWN_FIELDS]
        self._zeros = dict.fromkeys(OWN_FIELDS, 0)

    def cut(self, template: dict[str, Any]) -> tuple[bytes, ...]:
        """The text of ``template`` without its own fields' values, in pieces around them."""
        found = self.cuts.get(id(template))
        if found is None:
            text = _encoded({**template, **self._zeros}, self.depth)
            pieces = []
            at = 0
            for key in self._keys:
                end = text.index(key, at) + len(key) - 1
                pieces.append(text[at:end])
                at = end + 1  # past the 0 in its place
            pieces.append(text[at:])
            found = self.cuts[id(template)] = tuple(pieces)
        return found


class _Encoded(dict[Any, bytes]):
    """Values as JSON text, each encoded on first use."""

    def __missing__(self, value: Any) -> bytes:
        text = self[value] = _encoded(value, 0)
        return text


def _claims_from_parts(claims: ClaimList, pieces: _ClaimPieces) -> Iterator[bytes]:
    """The middle of a claims list from the claims' parts, a batch of claims at a time.

    Column by column, each in C: a claim is 16 pieces (its separator, 8 of its template's
    text and its 7 own values), joined a batch at a time.
    """
    templates, own = claims.parts()
    ids = list(map(id, templates))
    cuts = pieces.cuts
    new = set(ids).difference(cuts)
    if new:
        by_id = dict(zip(ids, templates, strict=True))
        for ident in new:
            pieces.cut(by_id[ident])
    cut = list(map(cuts.__getitem__, ids))
    text = [map(itemgetter(index), cut) for index in range(len(OWN_FIELDS) + 1)]
    values = [
        map(encoded.__getitem__, column) for encoded, column in zip(pieces.values, own, strict=True)
    ]
    line = b"\n" + b"  " * pieces.depth
    seps = chain([line], repeat(b"," + line, len(ids) - 1))
    # each claim's text and values in turn: the text has one piece more, its end
    claim = zip(seps, *chain.from_iterable(zip(text, values, strict=False)), text[-1], strict=True)
    join = b"".join
    for _ in range(0, len(ids), _BATCH):
        yield join(chain.from_iterable(islice(claim, _BATCH)))


def _claim_items(claims: Sequence[Any], depth: int) -> Iterator[bytes]:
    """The middle of a claims list, a batch of claims at a time, ``depth`` levels in."""
    for start in range(0, len(claims), _BATCH):
        # their field dicts (as _fields reads them, by ``vars`` in C: claim views are report
        # models), which orjson walks without a call back per claim
        text = _encoded(list(map(vars, claims[start : start + _BATCH])), depth - 1)
        # "[", the items each after a line break, a line break, the indent and "]"
        yield (b"," if start else b"") + text[1 : text.rindex(b"\n")]


def _spliced(
    fields: dict[str, Any], key: str, middle: Iterator[bytes], depth: int
) -> Iterator[bytes]:
    """``fields`` encoded ``depth`` levels in, with ``middle`` as the inside of its non-empty
    list under ``key``."""
    head = _encoded({**fields, key: []}, depth)
    pad = b"  " * (depth + 1)
    marker = b"\n" + pad + _encoded(key, 0) + b": []"
    at = head.index(marker) + len(marker) - 1  # the list's closing bracket
    yield head[:at]
    yield from middle
    yield b"\n" + pad + head[at:]


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
