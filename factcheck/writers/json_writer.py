"""JSON: the contract other tools rely on, with sorted keys for byte-identical output."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from factcheck.models.report import Report
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
    return dumps(_data(report, options))


def render_utf8(report: Report, options: WriterOptions) -> bytes | None:
    """:func:`render`'s text as UTF-8 bytes, or None when only the str path can write it.

    A large report's text is hundreds of megabytes: as bytes it is written as orjson made
    it, without a decoded copy and a copy encoded again for the output.
    """
    return dumps_utf8(_data(report, options))
