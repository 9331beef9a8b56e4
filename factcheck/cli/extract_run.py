"""`factcheck extract` without its command line: from article files to a case's drafts and
catalog, or a corpus to claims. Free of the command parser's imports, so that a plain
command line (see :mod:`factcheck.cli.quick_extract`) runs it without them."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.cli.article_paths import article_paths
from factcheck.cli.extract_jobs import Job, Outcome, run_safe, write_draft

if TYPE_CHECKING:
    from factcheck.extract.pipeline.extract import ArticleInfo


@dataclass(frozen=True)
class ExtractOptions:
    """The command line's options besides the articles and the case (None: not given)."""

    manifest: Path | None = None
    title: str | None = None
    lang: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    corpus: Path | None = None
    out: Path | None = None
    workers: int | None = None
    scheduler: str | None = None


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
    from contextlib import closing

    from factcheck.cli.extract_pool import run_pooled
    from factcheck.cli.interrupts import noted_interrupts

    # closed on any failure here too: the workers are ended then, not left to finish
    with (
        noted_interrupts() as interrupted,
        _Progress("extracting", len(jobs)) as advance,
        closing(run_pooled(jobs)) as outcomes,
    ):
        for outcome in outcomes:
            interrupted()  # a Ctrl-C that a finalizer swallowed is raised here
            done.append(write_draft(outcome))
            advance(1)
        interrupted()


class _Progress:
    """A transient progress bar on a terminal's stderr; nothing (and no rich to import) when
    stderr is a file or a pipe, where the bar would not be shown anyway."""

    def __init__(self, label: str, total: int | None) -> None:
        self._label, self._total = label, total
        self._bar: Any = None

    def __enter__(self) -> Any:
        if not sys.stderr.isatty():
            return lambda count: None
        from rich.console import Console
        from rich.progress import Progress

        self._bar = Progress(console=Console(stderr=True), transient=True)
        bar = self._bar.__enter__()
        task = bar.add_task(self._label, total=self._total)
        return lambda count: bar.advance(task, count)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)


def _corpus(case: Path | None, options: ExtractOptions) -> int:
    """Corpus mode: every article of the corpus into claims in ``--out``, with a progress bar;
    the exit code."""
    from factcheck.cache import patterns
    from factcheck.cli.corpus_run import run_corpus
    from factcheck.models.case import CaseSpec

    corpus, out, scheduler = options.corpus, options.out, options.scheduler
    assert corpus is not None and out is not None
    catalog = _catalog(case)[0] if case is not None else CaseSpec(title="corpus").model_dump_json()
    try:
        with _Progress("extracting", None) as advance:
            summary = run_corpus(corpus, out, catalog, options.workers, scheduler, advance)
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
    return 2 if summary.problems else 0


def _check_corpus(articles: list[Path] | None, options: ExtractOptions) -> None:
    """Corpus mode's option errors, raised as FactcheckError."""
    from factcheck.errors import FactcheckError

    if articles:
        raise FactcheckError("give either article files or --corpus, not both")
    if options.out is None:
        raise FactcheckError("--corpus needs --out CLAIMS.jsonl or CLAIMS.parquet")
    for_files: dict[str, object] = {
        "--manifest": options.manifest,
        "--title": options.title,
        "--lang": options.lang,
        "--published": options.published,
        "--outlet": options.outlet,
        "--url": options.url,
    }
    for name, value in for_files.items():
        if value is not None:
            raise FactcheckError(
                f"{name} applies to article files; a corpus record holds its own fields"
            )
    if options.workers is not None and options.scheduler is not None:
        raise FactcheckError("give --workers (local processes) or --scheduler, not both")


def _check_files(articles: list[Path] | None, case: Path | None, options: ExtractOptions) -> None:
    """The option errors of a run on article files, raised as FactcheckError."""
    from factcheck.errors import FactcheckError

    given = (("--out", options.out), ("--workers", options.workers))
    for name, value in (*given, ("--scheduler", options.scheduler)):
        if value is not None:
            raise FactcheckError(f"{name} applies only with --corpus")
    if not articles:
        raise FactcheckError("give the article files to extract (or --corpus FILE)")
    if case is None:
        raise FactcheckError("--case is needed: the case folder the drafts go into")
    if options.published:
        from factcheck.values.calendar import check_moment

        try:
            check_moment(options.published)
        except ValueError:
            raise FactcheckError(
                f"--published '{options.published}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
            ) from None
    if options.lang:
        from factcheck.lang import language_tag

        try:
            language_tag(options.lang)
        except ValueError as exc:
            raise FactcheckError(str(exc)) from None


def _infos(articles: list[Path], options: ExtractOptions) -> Iterator[ArticleInfo]:
    """What the manifest and the command line say of each article, in order."""
    from factcheck.extract.pipeline.extract import ArticleInfo
    from factcheck.extract.pipeline.story_days import story_day

    entries = _manifest(options.manifest)
    listed = [entries.get(str(a)) or entries.get(a.name) for a in articles]
    story = story_day([options.published, *(e.published for e in listed if e)])
    for article, entry in zip(articles, listed, strict=True):
        yield ArticleInfo(
            name=article.name,
            language=(entry.language if entry else None) or options.lang,
            published=entry.published if entry else None,
            outlet=entry.outlet if entry else None,
            url=entry.url if entry else None,
            default_published=options.published,
            default_outlet=options.outlet,
            default_url=options.url,
            story_day=story,
        )


def run_extract(
    articles: list[Path] | None, case: Path | None, options: ExtractOptions | None = None
) -> int:
    """Draft source files in CASE/sources/ from ``articles`` and propose CASE's catalog, or
    with ``--corpus`` extract a corpus into claims; the exit code (2: an article or record
    could not be used). Bad options raise FactcheckError."""
    from factcheck.cache import methods, patterns
    from factcheck.gctune import paused_collection

    with paused_collection():  # what it reads is kept to the end: no scan of it finds any
        patterns.install()  # first: the recognizers' modules compile patterns as imported
        gc.freeze()
    options = options or ExtractOptions()
    if options.corpus is not None:
        _check_corpus(articles, options)
        return _corpus(case, options)
    _check_files(articles, case, options)
    assert articles is not None and case is not None
    articles = article_paths(articles)
    aside = None
    if len(articles) == 1 and options.lang is None and options.manifest is None:
        from factcheck.cli.extract_aside import language_aside

        aside = language_aside(articles[0])  # told while the catalog and pipeline load

    # what loading the catalog and the pipeline's modules builds lives as long as the
    # process: the collector's scans of it meanwhile found nothing to free
    try:
        with paused_collection():
            spec, existing = _catalog(case)
            sources = str(case / "sources")
            jobs = [
                Job(str(article), sources, spec, info)
                for article, info in zip(articles, _infos(articles, options), strict=True)
            ]
            if aside is not None:
                from factcheck.extract.pipeline.extract import ReadArticle

                jobs[0] = replace(jobs[0], read=ReadArticle(aside.article, aside.language()))
            gc.freeze()  # left out of every later collection, before one scans it all
    finally:
        if aside is not None:
            aside.cancel()
    done: list[Outcome] = []
    try:
        _run_all(jobs, done)
        patterns.flush()
        methods.flush()
    except KeyboardInterrupt:
        from factcheck.cli.pools import exit_abandoned

        written = sum(1 for outcome in done if outcome.problem is None)
        print(
            f"interrupted: {written} of {len(jobs)} drafts written, each whole; "
            "the others are untouched",
            file=sys.stderr,
        )
        exit_abandoned(130)
    return _report(case, existing, options.title, len(jobs), done)


def _report(
    case: Path, existing: str | None, title: str | None, jobs: int, done: list[Outcome]
) -> int:
    """Print what each article gave, write the catalog; the exit code."""
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
        sources = case / "sources"
        print(
            f"drafted {len(drafted)} of {jobs} articles into {sources}: {claims} claims "
            f"on {topics} topics, {candidates} values left as candidates; "
            f"{added} new topics proposed in {case / 'case.yaml'}"
        )
        print(f"next: review the drafts, then run  factcheck compare {case}")
    return 2 if any(outcome.problem for outcome in done) else 0
