"""`factcheck extract ARTICLE... --case CASE`: from articles to a case, drafts and catalog."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from factcheck.extract.pipeline.extract import ReadArticle
    from factcheck.models.case import CaseSpec


def register(app: typer.Typer) -> None:
    """Add the extract command to ``app``."""
    app.command("extract")(extract)


@dataclass(frozen=True)
class _Job:
    path: str
    sources: str
    spec: str  # the catalog as JSON: validated once per worker, not once per article
    lang: str | None
    published: str | None
    outlet: str | None
    url: str | None
    default_published: str | None = None
    default_outlet: str | None = None
    default_url: str | None = None
    story_day: str | None = None
    # the article as the main process read it to hand it out by language: not read again
    read: ReadArticle | None = None


@dataclass(frozen=True)
class _Outcome:
    """One article's result: the draft file and its new text, or the problem, as one line."""

    path: str
    target: str | None = None
    text: str | None = None
    summary: str | None = None
    problem: str | None = None
    title: str = ""
    claims: int = 0
    candidates: int = 0
    # the topics the article proposes: (id, kind, label, evolving, words seen)
    topics: tuple[tuple[str, str, str, bool, tuple[str, ...]], ...] = ()


@lru_cache(maxsize=4)
def _case_spec(spec: str) -> CaseSpec:
    """The catalog a job carries, validated once per process."""
    from factcheck.models.case import CaseSpec

    return CaseSpec.model_validate_json(spec)


def _run(job: _Job) -> _Outcome:
    """Extract one article into the text of its draft file; nothing is written here."""
    from factcheck.errors import FactcheckError
    from factcheck.extract import ArticleError, ArticleInfo, article_id, extract_article
    from factcheck.extract.pipeline.article import read_article_file

    path = Path(job.path)
    ident = article_id(path.name)
    target = Path(job.sources) / f"{ident}.yaml"
    content: bytes | ReadArticle
    try:
        content = job.read or read_article_file(path)
    except ArticleError as exc:
        return _Outcome(job.path, problem=f"{path}: {exc}")
    try:
        old_text = _previous_draft(target)
    except FactcheckError as exc:
        return _Outcome(job.path, problem=str(exc))
    info = ArticleInfo(
        name=path.name,
        id=ident,
        language=job.lang,
        published=job.published,
        outlet=job.outlet,
        url=job.url,
        default_published=job.default_published,
        default_outlet=job.default_outlet,
        default_url=job.default_url,
        story_day=job.story_day,
    )
    try:
        result = extract_article(content, info, _case_spec(job.spec), old_text)
    except ValueError as exc:  # ArticleError among them: the article is unusable
        return _Outcome(job.path, problem=f"{path}: {exc}")
    topics = tuple(
        (t.id, t.kind, t.label, t.evolving, tuple(sorted(t.words)))
        for t in result.draft.topics.values()
    )
    return _Outcome(
        job.path,
        str(target),
        result.text,
        f"{target}: {result.summary()}",
        title=str(result.draft.source.get("title") or ""),
        claims=len(result.draft.source.get("claims") or []),
        candidates=result.unassigned,
        topics=topics,
    )


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


def _run_safe(job: _Job) -> _Outcome:
    """``_run``, with an unforeseen failure as this article's problem, not the run's."""
    try:
        return _run(job)
    except Exception as exc:
        return _Outcome(job.path, problem=f"{job.path}: cannot extract: {exc}")


def _write(outcome: _Outcome) -> _Outcome:
    """Write the draft of ``outcome`` (whole or not at all); a failure names the draft file."""
    from factcheck.io.yamlio import write_atomic

    if outcome.target is None or outcome.text is None:
        return outcome
    try:
        write_atomic(Path(outcome.target), outcome.text)
    except OSError as exc:
        return _Outcome(outcome.path, problem=f"{outcome.target}: cannot write: {exc.strerror}")
    return outcome


def _quiet_worker(spec: str | None = None) -> None:
    """Set a worker up once: Ctrl-C is left to the main process, which ends the workers, and
    the catalog is validated before the first article rather than with it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if spec is not None:
        _case_spec(spec)


def warm_up() -> None:
    """Load what every article needs whatever its language (the language detector, every
    language's data, the country and region names, the units), so that workers forked after
    it share one copy instead of each building its own."""
    from factcheck.extract.pipeline.extract import detect_language
    from factcheck.values.places import may_begin_country, may_begin_region
    from factcheck.values.quantity import registry

    detect_language("warm up")
    may_begin_country("x")
    may_begin_region("x")
    registry()


def _catalog(case: Path) -> tuple[str, str | None]:
    """The case's catalog as JSON, and case.yaml's text (None: a case to create)."""
    from factcheck.errors import FactcheckError, Problem
    from factcheck.io.validation import validate_document
    from factcheck.io.yamlio import read_yaml
    from factcheck.models.case import CaseSpec

    path = case / "case.yaml"
    if case.exists() and not case.is_dir():
        raise FactcheckError(Problem(str(case), 0, "not a folder: a case is a folder"))
    if not path.exists():
        return CaseSpec(title=case.name or "case").model_dump_json(), None
    spec, problems = validate_document(CaseSpec, read_yaml(path))
    if spec is None:
        raise FactcheckError(problems)
    return spec.model_dump_json(), path.read_text(encoding="utf-8")


def _manifest(path: Path | None) -> dict[str, Any]:
    """The manifest's entries by file name; its problems name their line."""
    from factcheck.errors import FactcheckError, Problem
    from factcheck.extract.pipeline.manifest import parse_manifest

    if path is None:
        return {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise FactcheckError(Problem(str(path), 0, f"cannot read the manifest: {reason}")) from None
    entries, problems = parse_manifest(text, str(path))
    if problems:
        raise FactcheckError(problems)
    return entries


def _write_catalog(case: Path, existing: str | None, title: str, done: list[_Outcome]) -> int:
    """Add the topics the articles proposed to case.yaml (creating it); how many were new."""
    from factcheck.extract.pipeline.draft import ProposedTopic
    from factcheck.extract.pipeline.proposals import merge_proposals, updated_case_text
    from factcheck.io.yamlio import write_atomic

    proposed = merge_proposals(
        ProposedTopic(tid, kind, label, evolving, set(words))
        for outcome in done
        for tid, kind, label, evolving, words in outcome.topics
    )
    text, added = updated_case_text(existing, title, proposed)
    if existing is None or added:
        write_atomic(case / "case.yaml", text)
    return added


def _run_all(jobs: list[_Job], done: list[_Outcome]) -> None:
    """Extract every job, writing each draft as it comes; outcomes are added to ``done``."""
    if len(jobs) == 1:  # no pool and no progress bar to import and set up
        done.append(_write(_run_safe(jobs[0])))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from rich.console import Console
    from rich.progress import Progress

    from factcheck.cli.pools import abandon

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=len(jobs))
        if multiprocessing.get_start_method() == "fork":
            warm_up()  # the workers inherit it
        # one single-process pool per worker: each is handed articles of its own languages
        pools = [
            ProcessPoolExecutor(1, initializer=_quiet_worker, initargs=(jobs[0].spec,))
            for _ in range(min(os.cpu_count() or 1, len(jobs)))
        ]
        try:
            for outcome in _dispatched(jobs, pools):
                done.append(_write(outcome))
                progress.advance(task)
        except BaseException:
            abandon(*pools)
            raise
        for pool in pools:
            pool.shutdown()


# articles queued at a worker: one to read next while the main process takes the last's result
_QUEUED = 2


def _dispatched(jobs: list[_Job], pools: list[ProcessPoolExecutor]) -> Iterator[_Outcome]:
    """The outcome of every job as workers finish them. The articles are read here, one by one,
    to tell their language, while the workers start on those read so far."""
    from concurrent.futures import FIRST_COMPLETED, wait

    from factcheck.cli.by_language import Dispatcher, read_for_sharing

    dispatcher = Dispatcher(len(pools))
    running: dict[Future[_Outcome], int] = {}  # future -> its worker
    queued = [0] * len(pools)
    ready: dict[int, _Job] = {}  # read, not yet handed out: held only until then

    def feed() -> None:
        for worker, pool in enumerate(pools):
            while queued[worker] < _QUEUED:
                index = dispatcher.next_for(worker)
                if index is None:
                    break
                running[pool.submit(_run_safe, ready.pop(index))] = worker
                queued[worker] += 1

    for index, job in enumerate(jobs):
        article, lang, size = read_for_sharing(job.path, job.lang)
        ready[index] = replace(job, read=article)
        dispatcher.add(index, size, lang)
        feed()
        for future in [f for f in running if f.done()]:
            queued[running.pop(future)] -= 1
            yield future.result()
    feed()
    while running:
        finished, _ = wait(running, return_when=FIRST_COMPLETED)
        for future in finished:
            queued[running.pop(future)] -= 1
            yield future.result()
        feed()


def _corpus(
    corpus: Path, out: Path, case: Path | None, workers: int | None, scheduler: str | None
) -> None:
    """Corpus mode: every article of ``corpus`` into claims in ``out``, with a progress bar."""
    from rich.console import Console
    from rich.progress import Progress

    from factcheck.cli.corpus_run import run_corpus
    from factcheck.models.case import CaseSpec

    catalog = _catalog(case)[0] if case is not None else CaseSpec(title="corpus").model_dump_json()
    console = Console(stderr=True)
    try:
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("extracting", total=None)
            summary = run_corpus(
                corpus,
                out,
                catalog,
                workers,
                scheduler,
                lambda n: progress.advance(task, n),
            )
    except KeyboardInterrupt:
        from factcheck.cli.pools import exit_abandoned

        print(f"interrupted: {out} is untouched", file=sys.stderr)
        exit_abandoned(130)
    for item in summary.problems:
        print(item, file=sys.stderr)
    where = f"the Dask cluster at {scheduler}" if scheduler else "local processes"
    print(
        f"extracted {summary.articles:,} articles from {corpus} on {where}: "
        f"{summary.claims:,} claims on {summary.topics:,} topics written to {out}, "
        f"{summary.candidates:,} values that fit no topic left out"
    )
    if summary.problems:
        raise typer.Exit(2)


def extract(
    articles: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="ARTICLE...",
            help="Articles: .txt, .md or .html.",
            # each file is checked as it is read, so one bad file costs only itself
            readable=False,
        ),
    ] = None,
    case: Annotated[
        Path | None,
        typer.Option(
            "--case",
            help="The case folder: created when it does not exist. With --corpus: its "
            "catalog, if any, is read (nothing is written to it).",
        ),
    ] = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            help="CSV or YAML with file, url, outlet, language, published per article.",
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="Title of a new case (else the first article's).")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of the articles (else detected).")
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date (YYYY, YYYY-MM or YYYY-MM-DD) for files with none.",
        ),
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="The outlet, for files that do not say.")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", help="The article's address.")] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help="A corpus of articles, .jsonl or .parquet, with fields id, text, language, "
            "published, outlet, url: extracted into --out instead of a case.",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="With --corpus: the claims, .jsonl or .parquet."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="With --corpus: local processes (all cores)."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="With --corpus: run on the Dask cluster whose scheduler is at this address.",
        ),
    ] = None,
) -> None:
    """Draft source files in CASE/sources/ from articles, and propose CASE's topic catalog;
    or, with --corpus, extract a whole corpus into claims sorted by topic."""
    from factcheck.errors import FactcheckError
    from factcheck.extract.pipeline.story_days import story_day
    from factcheck.lang import language_tag
    from factcheck.values.calendar import check_moment

    if corpus is not None:
        if articles:
            raise FactcheckError("give either article files or --corpus, not both")
        if out is None:
            raise FactcheckError("--corpus needs --out CLAIMS.jsonl or CLAIMS.parquet")
        for_files: dict[str, object] = {
            "--manifest": manifest,
            "--title": title,
            "--lang": lang,
            "--published": published,
            "--outlet": outlet,
            "--url": url,
        }
        for name, value in for_files.items():
            if value is not None:
                raise FactcheckError(
                    f"{name} applies to article files; a corpus record holds its own fields"
                )
        if workers is not None and scheduler is not None:
            raise FactcheckError("give --workers (local processes) or --scheduler, not both")
        _corpus(corpus, out, case, workers, scheduler)
        return
    for name, given in (("--out", out), ("--workers", workers), ("--scheduler", scheduler)):
        if given is not None:
            raise FactcheckError(f"{name} applies only with --corpus")
    if not articles:
        raise FactcheckError("give the article files to extract (or --corpus FILE)")
    if case is None:
        raise FactcheckError("--case is needed: the case folder the drafts go into")

    if published:
        try:
            check_moment(published)
        except ValueError:
            raise FactcheckError(
                f"--published '{published}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
            ) from None
    if lang:
        try:
            language_tag(lang)
        except ValueError as exc:
            raise FactcheckError(str(exc)) from None
    spec, existing = _catalog(case)
    entries = _manifest(manifest)
    sources = str(case / "sources")
    listed = [entries.get(str(a)) or entries.get(a.name) for a in articles]
    story = story_day([published, *(e.published for e in listed if e)])
    jobs = []
    for article, entry in zip(articles, listed, strict=True):
        jobs.append(
            _Job(
                str(article),
                sources,
                spec,
                (entry.language if entry else None) or lang,
                entry.published if entry else None,
                entry.outlet if entry else None,
                entry.url if entry else None,
                published,
                outlet,
                url,
                story,
            )
        )
    done: list[_Outcome] = []
    try:
        _run_all(jobs, done)
    except KeyboardInterrupt:
        from factcheck.cli.pools import exit_abandoned

        written = sum(1 for outcome in done if outcome.problem is None)
        print(
            f"interrupted: {written} of {len(jobs)} drafts written, each whole; "
            "the others are untouched",
            file=sys.stderr,
        )
        exit_abandoned(130)
    for outcome in sorted(done, key=lambda o: o.path):
        if outcome.problem:
            print(outcome.problem, file=sys.stderr)
        else:
            print(outcome.summary)
    drafted = [o for o in sorted(done, key=lambda o: o.path) if o.problem is None]
    if drafted:
        name = title or next((o.title for o in drafted if o.title), "") or case.name or "case"
        added = _write_catalog(case, existing, name, drafted)
        claims = sum(o.claims for o in drafted)
        candidates = sum(o.candidates for o in drafted)
        topics = len({t[0] for o in drafted for t in o.topics})
        print(
            f"drafted {len(drafted)} of {len(jobs)} articles into {sources}: {claims} claims "
            f"on {topics} topics, {candidates} values left as candidates; "
            f"{added} new topics proposed in {case / 'case.yaml'}"
        )
        print(f"next: review the drafts, then run  factcheck compare {case}")
    if any(outcome.problem for outcome in done):
        raise typer.Exit(2)
