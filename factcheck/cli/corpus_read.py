"""Corpus mode's input: articles from JSON Lines or Parquet, in batches, each bad line or row
named with its file and number."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError, Problem
from factcheck.extract.pipeline.corpus import FIELDS, CorpusArticle, corpus_article

JSONL = (".jsonl", ".ndjson")
PARQUET = (".parquet", ".pq")
BATCH_ARTICLES = 32  # articles a worker takes at a time
# what to install for Parquet and Dask
EXTRAS = "pip install 'factcheck-cli[corpus]'"


def format_of(path: Path, what: str) -> str:
    """'jsonl' or 'parquet' from ``path``'s suffix; a usage error for any other."""
    suffix = path.suffix.lower()
    if suffix in JSONL:
        return "jsonl"
    if suffix in PARQUET:
        return "parquet"
    raise FactcheckError(
        f"{what} '{path}': use a .jsonl or .parquet file (the suffix tells the format)"
    )


def pyarrow_module() -> Any:
    """pyarrow with its Parquet module; a clear error naming what to install when missing."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise FactcheckError(f"Parquet needs pyarrow, which is not installed: {EXTRAS}") from None
    return pyarrow


def _read_jsonl(path: Path, size: int) -> Iterator[list[CorpusArticle]]:
    import json

    batch: list[CorpusArticle] = []
    try:
        with path.open("rb") as stream:
            for number, raw in enumerate(stream, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError:
                    raise FactcheckError(Problem(str(path), number, "not UTF-8 text")) from None
                except ValueError as exc:
                    message = f"not JSON ({getattr(exc, 'msg', exc)})"
                    raise FactcheckError(Problem(str(path), number, message)) from None
                try:
                    batch.append(corpus_article(record, number))
                except ValueError as exc:
                    raise FactcheckError(Problem(str(path), number, str(exc))) from None
                if len(batch) >= size:
                    yield batch
                    batch = []
    except OSError as exc:
        raise FactcheckError(Problem(str(path), 0, f"cannot read: {exc.strerror}")) from None
    if batch:
        yield batch


def _plain(value: Any) -> Any:
    """A Parquet cell as JSON would hold it: dates and times as ISO 8601 text."""
    return value.isoformat() if isinstance(value, date | datetime) else value


def _read_parquet(path: Path, size: int) -> Iterator[list[CorpusArticle]]:
    pa = pyarrow_module()
    try:
        source = pa.parquet.ParquetFile(str(path))
    except OSError as exc:
        reason = exc.strerror or str(exc).splitlines()[0]
        raise FactcheckError(Problem(str(path), 0, f"cannot read: {reason}")) from None
    except pa.ArrowException as exc:
        message = f"not a Parquet file ({str(exc).splitlines()[0]})"
        raise FactcheckError(Problem(str(path), 0, message)) from None
    names = set(source.schema_arrow.names)
    if "text" not in names:
        raise FactcheckError(Problem(str(path), 0, "no 'text' column (each article needs text)"))
    columns = [name for name in FIELDS if name in names]
    row = 0
    try:
        for chunk in source.iter_batches(batch_size=size, columns=columns):
            batch = []
            for record in chunk.to_pylist():
                row += 1
                try:
                    plain = {k: _plain(v) for k, v in record.items()}
                    batch.append(corpus_article(plain, row))
                except ValueError as exc:
                    raise FactcheckError(Problem(str(path), row, f"row {row}: {exc}")) from None
            yield batch
    except pa.ArrowException as exc:
        message = f"cannot read row {row + 1} ({str(exc).splitlines()[0]})"
        raise FactcheckError(Problem(str(path), 0, message)) from None


def read_corpus(path: Path, size: int = BATCH_ARTICLES) -> Iterator[list[CorpusArticle]]:
    """The articles of the corpus ``path`` in batches of ``size``; its first bad line (or row)
    raises FactcheckError naming the file and line."""
    if path.is_dir():
        raise FactcheckError(Problem(str(path), 0, "cannot read: a folder, not a corpus file"))
    if format_of(path, "corpus") == "parquet":
        return _read_parquet(path, size)
    return _read_jsonl(path, size)
