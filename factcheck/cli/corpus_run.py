"""Corpus mode's edges: run the batches of articles ``corpus_read`` reads on local processes
or a Dask cluster, and write the claims sorted by topic, atomically.

Memory stays bounded: a few batches are in flight at a time, and claims past a limit are
spilled to sorted run files that are merged into the output at the end.
"""

from __future__ import annotations

import heapq
import itertools
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from factcheck.cli.corpus_read import EXTRAS, format_of, pyarrow_module, read_corpus
from factcheck.cli.interrupts import noted_interrupts
from factcheck.errors import FactcheckError, Problem
from factcheck.extract.pipeline.corpus import (
    BatchResult,
    CorpusArticle,
    Key,
    batch_claims,
    catalog_spec,
)

SPILL_CLAIMS = 200_000  # claims held in memory before a sorted run goes to disk
MERGE_FAN_IN = 64  # run files merged at once
PARQUET_ROWS = 50_000  # rows per Parquet row group


@dataclass
class CorpusSummary:
    """What a corpus run read and wrote, and the articles it could not read."""

    articles: int = 0
    characters: int = 0
    claims: int = 0
    topics: int = 0
    candidates: int = 0
    problems: list[Problem] = field(default_factory=list)


def _corpus_worker(catalog: str) -> None:
    """Set a local worker up once: Ctrl-C is the main process's; the catalog is read now; the
    patterns it compiles are kept in the cache folder when it ends."""
    import signal
    from multiprocessing.util import Finalize

    from factcheck.cache import patterns

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    patterns.install()
    Finalize(None, patterns.flush, exitpriority=0)
    catalog_spec(catalog)


def _bounded(
    batches: Iterable[list[CorpusArticle]],
    submit: Callable[[list[CorpusArticle]], Future[BatchResult]],
    limit: int,
) -> Iterator[BatchResult]:
    """Results of ``batches`` as they complete, with at most ``limit`` batches in flight."""
    pending: set[Future[BatchResult]] = set()
    for batch in batches:
        pending.add(submit(batch))
        while len(pending) >= limit:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield future.result()


def _warm(first: list[CorpusArticle]) -> None:
    """Set up, before workers are forked, what they all need: the language-independent data
    and the grammars of the languages the first batch names."""
    from factcheck.cli.extract_jobs import warm_up
    from factcheck.extract.pipeline.corpus import article_claims
    from factcheck.models.case import CaseSpec

    warm_up()
    spec = CaseSpec(title="warm up")
    seen: set[str] = set()
    for article in first:
        if article.language and article.language not in seen:
            seen.add(article.language)
            try:
                article_claims(article, spec)
            except ValueError:
                continue


def run_local(
    batches: Iterable[list[CorpusArticle]], catalog: str, workers: int
) -> Iterator[BatchResult]:
    """Every batch's result from ``workers`` local processes (in this process for one)."""
    import multiprocessing

    from factcheck.cache import patterns
    from factcheck.cli.pools import abandon

    if workers <= 1:
        for batch in batches:
            yield batch_claims(batch, catalog)
        return
    stream = iter(batches)
    first = next(stream, None)
    if first is None:
        return
    if multiprocessing.get_start_method() == "fork":
        _warm(first)  # the workers inherit it instead of each building its own
    patterns.flush()  # what the workers inherit is written once, by this process
    pool = ProcessPoolExecutor(workers, initializer=_corpus_worker, initargs=(catalog,))
    try:

        def submit(batch: list[CorpusArticle]) -> Future[BatchResult]:
            return pool.submit(batch_claims, batch, catalog)

        yield from _bounded(itertools.chain([first], stream), submit, 2 * workers)
    except BaseException:
        abandon(pool)
        raise
    pool.shutdown()


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise FactcheckError(
            f"--scheduler needs dask.distributed, which is not installed: {EXTRAS}"
        ) from None
    return distributed


def run_dask(
    batches: Iterable[list[CorpusArticle]], catalog: str, address: str
) -> Iterator[BatchResult]:
    """Every batch's result from the Dask cluster whose scheduler is at ``address``."""
    distributed = _distributed()
    Client, as_completed = distributed.Client, distributed.as_completed
    try:
        client = Client(address, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise FactcheckError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        limit = 2 * max(1, sum(client.nthreads().values()))
        running = as_completed(loop=client.loop)
        for batch in batches:
            running.add(client.submit(batch_claims, batch, catalog, pure=False))
            while running.count() >= limit:
                yield next(running).result()
        for future in running:
            yield future.result()
    finally:
        client.close()


class _Runs:
    """Claims kept sorted: in memory up to a limit, then in sorted run files on disk."""

    def __init__(self, folder: Path, limit: int = SPILL_CLAIMS, fan_in: int = MERGE_FAN_IN) -> None:
        self.folder = folder
        self.limit = limit
        self.fan_in = fan_in
        self.held: list[tuple[Key, str]] = []
        self.files: list[Path] = []
        self.dumped = 0

    def add(self, claims: list[tuple[Key, str]]) -> None:
        """Take in ``claims``; past the limit, what is held goes to a sorted run file."""
        self.held.extend(claims)
        if len(self.held) >= self.limit:
            self.held.sort()
            self.files.append(self._dump(self.held))
            self.held = []

    def _dump(self, claims: Iterable[tuple[Key, str]]) -> Path:
        self.dumped += 1
        path = self.folder / f"run-{self.dumped:06d}.pickle"
        with path.open("wb") as stream:
            for chunk in _chunks(claims, 4096):
                pickle.dump(chunk, stream, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    def merged(self) -> Iterator[tuple[Key, str]]:
        """Every claim in key order."""
        files = self.files
        while len(files) > self.fan_in:  # merge in passes so few files are open at once
            merged = []
            for i in range(0, len(files), self.fan_in):
                group = files[i : i + self.fan_in]
                merged.append(self._dump(heapq.merge(*(_load(f) for f in group))))
                for path in group:
                    path.unlink()
            files = merged
        self.held.sort()
        return heapq.merge(*(_load(f) for f in files), iter(self.held))


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _load(path: Path) -> Iterator[tuple[Key, str]]:
    with path.open("rb") as stream:
        while True:
            try:
                chunk = pickle.load(stream)
            except EOFError:
                return
            yield from chunk


def _write_jsonl(stream: IO[bytes], lines: Iterator[str]) -> None:
    for chunk in _chunks(lines, 4096):
        stream.write(("\n".join(chunk) + "\n").encode("utf-8"))


def _parquet_schema(pa: Any) -> Any:
    text = pa.string()
    columns = [
        ("topic", text),
        ("article", text),
        ("subject", text),
        ("property", text),
        ("value", text),  # the value object as JSON: its keys depend on its kind
        ("qualifier", text),
        ("period", text),
        ("as_of", text),
        ("quote", text),
        ("offsets", pa.list_(pa.int64())),
        ("note", text),
        ("outlet", text),
        ("language", text),
        ("published", text),
        ("url", text),
    ]
    return pa.schema(columns)


def _write_parquet(stream: IO[bytes], lines: Iterator[str]) -> None:
    import json
    from decimal import Decimal

    from factcheck.extract.pipeline.corpus import encode_json

    pa = pyarrow_module()
    schema = _parquet_schema(pa)
    names = schema.names
    with pa.parquet.ParquetWriter(stream, schema) as writer:
        for chunk in _chunks(lines, PARQUET_ROWS):
            columns: dict[str, list[Any]] = {name: [] for name in names}
            for line in chunk:
                record = json.loads(line, parse_float=Decimal)
                record["value"] = encode_json(record["value"])
                for name in names:
                    value = record.get(name)
                    columns[name].append(
                        value if name == "offsets" or value is None else str(value)
                    )
            writer.write_table(pa.table(columns, schema=schema))


def run_corpus(
    corpus: Path,
    out: Path,
    catalog: str,
    workers: int | None = None,
    scheduler: str | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> CorpusSummary:
    """Extract every article of ``corpus`` into claims written to ``out``, sorted by topic,
    article and place; ``out`` is written whole or not at all. ``catalog`` is a case's spec
    as JSON (topics from discovery where it has none). ``on_batch`` hears how many articles
    each finished batch held. Bad input raises FactcheckError before anything is written.
    """
    kind = format_of(out, "--out")
    if kind == "parquet":
        pyarrow_module()
    if scheduler is not None:
        _distributed()
    batches = read_corpus(corpus)
    results = (
        run_dask(batches, catalog, scheduler)
        if scheduler is not None
        else run_local(batches, catalog, workers or os.cpu_count() or 1)
    )
    summary = CorpusSummary()
    out.parent.mkdir(parents=True, exist_ok=True)
    with (
        noted_interrupts() as interrupted,
        tempfile.TemporaryDirectory(prefix="factcheck-corpus-") as folder,
    ):
        runs = _Runs(Path(folder))
        for result in results:
            interrupted()  # a Ctrl-C that a finalizer swallowed is raised here
            runs.add(result.claims)
            summary.articles += result.articles
            summary.characters += result.characters
            summary.candidates += result.candidates
            summary.problems.extend(Problem(str(corpus), line, m) for line, m in result.problems)
            if on_batch is not None:
                on_batch(result.articles + len(result.problems))
        interrupted()
        handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        topics: set[str] = set()

        def lines() -> Iterator[str]:
            last = None
            for key, line in runs.merged():
                summary.claims += 1
                if key[0] != last:
                    last = key[0]
                    topics.add(last)
                yield line

        try:
            with os.fdopen(handle, "wb") as stream:
                (_write_parquet if kind == "parquet" else _write_jsonl)(stream, lines())
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(name, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
            os.replace(name, out)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        summary.topics = len(topics)
    summary.problems.sort()
    return summary
