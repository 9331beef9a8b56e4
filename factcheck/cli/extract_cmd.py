"""`factcheck extract ARTICLE... --case CASE`: from articles to a case, drafts and catalog."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from factcheck.cli.extract_jobs import Job, Outcome, quiet_worker, run_safe, warm_up, write_draft

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor


def register(app: typer.Typer) -> None:
    """Add the extract command to ``app``."""
    app.command("extract")(extract)


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


def _write_catalog(case: Path, existing: str | None, title: str, done: list[Outcome]) -> int:
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


def _run_all(jobs: list[Job], done: list[Outcome]) -> None:
    """Extract every job, writing each draft as it comes; outcomes are added to ``done``."""
    if len(jobs) == 1:  # no pool and no progress bar to import and set up
        done.append(write_draft(run_safe(jobs[0])))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from rich.console import Console
    from rich.progress import Progress

    from factcheck.cache import patterns
    from factcheck.cli.pools import abandon

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=len(jobs))
        if multiprocessing.get_start_method() == "fork":
            warm_up()  # the workers inherit it
        patterns.flush()  # what the workers inherit is written once, by this process
        # one single-process pool per worker: each is handed articles of its own languages
        pools = [
            ProcessPoolExecutor(1, initializer=quiet_worker, initargs=(jobs[0].spec,))
            for _ in range(min(os.cpu_count() or 1, len(jobs)))
        ]
        try:
            for outcome in _dispatched(jobs, pools):
                done.append(write_draft(outcome))
                progress.advance(task)
        except BaseException:
            abandon(*pools)
            raise
        for pool in pools:
            pool.shutdown()


# articles queued at a worker: one to read next while the main process takes the last's result
_QUEUED = 2


def _dispatched(jobs: list[Job], pools: list[ProcessPoolExecutor]) -> Iterator[Outcome]:
    """The outcome of every job as workers finish them. The articles are read here, one by one,
    to tell their language, while the workers start on those read so far."""
    from concurrent.futures import FIRST_COMPLETED, wait

    from factcheck.cli.by_language import Dispatcher, read_for_sharing

    dispatcher = Dispatcher(len(pools))
    running: dict[Future[Outcome], int] = {}  # future -> its worker
    queued = [0] * len(pools)
    ready: dict[int, Job] = {}  # read, not yet handed out: held only until then

    def feed() -> None:
        for worker, pool in enumerate(pools):
            while queued[worker] < _QUEUED:
                index = dispatcher.next_for(worker)
                if index is None:
                    break
                running[pool.submit(run_safe, ready.pop(index))] = worker
                queued[worker] += 1

    for index, job in enumerate(jobs):
        article, lang, size = read_for_sharing(job.path, job.info.language)
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

    from factcheck.cache import patterns
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
    patterns.flush()
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
    from factcheck.cache import patterns

    patterns.install()  # first: the recognizers' modules compile patterns as they are imported
    from factcheck.errors import FactcheckError
    from factcheck.extract.pipeline.extract import ArticleInfo
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
            Job(
                str(article),
                sources,
                spec,
                ArticleInfo(
                    name=article.name,
                    language=(entry.language if entry else None) or lang,
                    published=entry.published if entry else None,
                    outlet=entry.outlet if entry else None,
                    url=entry.url if entry else None,
                    default_published=published,
                    default_outlet=outlet,
                    default_url=url,
                    story_day=story,
                ),
            )
        )
    done: list[Outcome] = []
    try:
        _run_all(jobs, done)
        patterns.flush()
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
