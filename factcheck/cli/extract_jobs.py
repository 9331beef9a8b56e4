"""One article of `factcheck extract` as a worker runs it: the job it is handed, the draft
text it returns, and the writing of that draft in the main process."""

from __future__ import annotations

import gc
from contextlib import nullcontext
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.gctune import paused_collection

if TYPE_CHECKING:
    from factcheck.extract.pipeline.extract import ArticleInfo, ReadArticle
    from factcheck.models.case import CaseSpec


@dataclass(frozen=True)
class Job:
    """One article to extract, with what the command line and the manifest say of it."""

    path: str
    sources: str
    # the catalog as JSON, validated once per process; "" in a job handed to a worker, which
    # was given it when set up (see :func:`quiet_worker`), rather than with every article
    spec: str
    info: ArticleInfo
    # the article as the main process read it to hand it out by language: not read again
    read: ReadArticle | None = None


@dataclass(frozen=True)
class Outcome:
    """One article's result: the draft file and its new content, or the problem, as one line."""

    path: str
    target: str | None = None
    # the draft's text as UTF-8, as it is written: a worker hands it on without the main
    # process decoding it from the pickle and encoding it again to write it
    data: bytes | None = None
    summary: str | None = None
    problem: str | None = None
    title: str = ""
    claims: int = 0
    candidates: int = 0
    # the topics the article proposes: (id, kind, label, evolving, words seen)
    topics: tuple[tuple[str, str, str, bool, tuple[str, ...]], ...] = ()


@lru_cache(maxsize=4)
def case_spec(spec: str) -> CaseSpec:
    """The catalog a job carries, validated once per process ("": the worker's own)."""
    from factcheck.models.case import CaseSpec

    return CaseSpec.model_validate_json(spec or _WORKER_SPEC[0])


# the catalog this worker process was set up with: the jobs it is handed carry none
_WORKER_SPEC: list[str] = [""]


def for_worker(job: Job, read: ReadArticle | None) -> Job:
    """``job`` as handed to a worker set up with its catalog: with the article ``read`` and
    without the catalog, which would be pickled again with every article."""
    return replace(job, spec="", read=read)


def _run(job: Job) -> Outcome:
    """Extract one article into the text of its draft file; nothing is written here."""
    from factcheck.errors import FactcheckError
    from factcheck.extract import ArticleError, article_id, extract_article
    from factcheck.extract.pipeline.article import read_article_file

    path = Path(job.path)
    ident = article_id(path.name)
    target = Path(job.sources) / f"{ident}.yaml"
    content: bytes | ReadArticle
    try:
        content = job.read or read_article_file(path)
    except ArticleError as exc:
        return Outcome(job.path, problem=f"{path}: {exc}")
    try:
        old_text = _previous_draft(target)
    except FactcheckError as exc:
        return Outcome(job.path, problem=str(exc))
    info = replace(job.info, id=ident)
    try:
        with paused_collection() if _unsettled(job) else nullcontext():
            result = extract_article(content, info, case_spec(job.spec), old_text)
            # while paused: the next collection would scan all the set-up built
            _settle(str(result.draft.source["language"]))
    except ValueError as exc:  # ArticleError among them: the article is unusable
        return Outcome(job.path, problem=f"{path}: {exc}")
    topics = tuple(
        (t.id, t.kind, t.label, t.evolving, tuple(sorted(t.words)))
        for t in result.draft.topics.values()
    )
    return Outcome(
        job.path,
        str(target),
        result.text.encode("utf-8"),
        f"{target}: {result.summary()}",
        title=str(result.draft.source.get("title") or ""),
        claims=len(result.draft.source.get("claims") or []),
        candidates=result.unassigned,
        topics=topics,
    )


_SETTLED: set[str] = set()  # the languages this process has read an article in


def _unsettled(job: Job) -> bool:
    """Whether ``job`` is the first article this process reads in its language, as far as
    the job tells it: the one that sets the language up, whose grammars and tables all live
    as long as the process (the collector's scans of them while they are built find nothing
    to free)."""
    language = job.read.language if job.read is not None else job.info.language
    return language is not None and language not in _SETTLED


def _settle(language: str) -> None:
    """After the first article in ``language``: leave what its set-up built (grammars, tables,
    kept scans), which lives as long as the process, out of every later garbage collection.
    Collecting the oldest objects scanned all of it again and again, a tenth of the run."""
    if language not in _SETTLED:
        _SETTLED.add(language)
        gc.freeze()


def _previous_draft(target: Path) -> str | None:
    """The draft file's current text (None when there is none); its problems name it."""
    from factcheck.errors import FactcheckError, Problem
    from factcheck.io.yamlio import read_yaml

    try:
        if not target.exists():
            return None
        previous = read_yaml(target)  # reports bad YAML by line
        return target.read_text(encoding="utf-8") if previous else None
    except OSError as exc:
        raise FactcheckError(Problem(str(target), 0, f"cannot read: {exc.strerror}")) from None


def run_safe(job: Job) -> Outcome:
    """``_run``, with an unforeseen failure as this article's problem, not the run's."""
    try:
        return _run(job)
    except Exception as exc:
        return Outcome(job.path, problem=f"{job.path}: cannot extract: {exc}")


def write_draft(outcome: Outcome) -> Outcome:
    """Write the draft of ``outcome`` (whole or not at all); a failure names the draft file."""
    from factcheck.io.yamlio import write_atomic_bytes

    if outcome.target is None or outcome.data is None:
        return outcome
    try:
        write_atomic_bytes(Path(outcome.target), outcome.data)
    except OSError as exc:
        return Outcome(outcome.path, problem=f"{outcome.target}: cannot write: {exc.strerror}")
    return outcome


def quiet_worker(spec: str | None = None) -> None:
    """Set a worker up once: Ctrl-C is left to the main process, which ends the workers, the
    catalog is validated before the first article rather than with it, and the patterns the
    worker compiles are kept in the cache folder when it ends."""
    import signal
    from multiprocessing.util import Finalize

    from factcheck.cache import patterns

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    patterns.install()
    Finalize(None, patterns.flush, exitpriority=0)
    if spec is not None:
        _WORKER_SPEC[0] = spec
        case_spec("")


def warm_up() -> None:
    """Load what every article needs whatever its language (the language detector, every
    language's data, the country and region names and tables, the currency codes), so that
    workers forked after it share one copy instead of each building its own."""
    import factcheck.lang as lang_data
    from factcheck.extract.pipeline.extract import detect_language
    from factcheck.extract.recognizers.words import currency_codes
    from factcheck.values.place_names import alpha2_codes, tables
    from factcheck.values.places import may_begin_country, may_begin_region

    # read here anyway, after the workers start, as each article's language is told
    for folder in (*lang_data.languages(), lang_data.SHARED):
        lang_data.sections(folder)
    detect_language("warm up")
    may_begin_country("x")
    may_begin_region("x")
    tables()
    alpha2_codes()
    currency_codes()
