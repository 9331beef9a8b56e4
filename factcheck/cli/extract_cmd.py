"""`factcheck extract ARTICLE... --case CASE`: draft claim files from articles, for review."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer


def register(app: typer.Typer) -> None:
    """Add the extract command to ``app``."""
    app.command("extract")(extract)


@dataclass(frozen=True)
class _Job:
    path: str
    sources: str
    spec: dict[str, Any]
    lang: str | None
    published: str | None
    outlet: str | None
    url: str | None


@dataclass(frozen=True)
class _Outcome:
    """One article's result: the draft file and its new text, or the problem, as one line."""

    path: str
    target: str | None = None
    text: str | None = None
    summary: str | None = None
    problem: str | None = None


def _run(job: _Job) -> _Outcome:
    """Extract one article into the text of its draft file; nothing is written here."""
    from datetime import date

    from factcheck.errors import FactcheckError
    from factcheck.extract import ArticleError, ArticleInfo, article_id, extract_article
    from factcheck.extract.pipeline.article import read_article_file
    from factcheck.models.case import CaseSpec

    path = Path(job.path)
    ident = article_id(path.name)
    target = Path(job.sources) / f"{ident}.yaml"
    try:
        content = read_article_file(path)
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
        published=date.fromisoformat(job.published) if job.published else None,
        outlet=job.outlet,
        url=job.url,
    )
    try:
        result = extract_article(content, info, CaseSpec.model_validate(job.spec), old_text)
    except ValueError as exc:  # ArticleError among them: the article is unusable
        return _Outcome(job.path, problem=f"{path}: {exc}")
    return _Outcome(job.path, str(target), result.text, f"{target}: {result.summary()}")


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


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the main process, which ends them."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _catalog(case: Path) -> dict[str, Any]:
    """The case's catalog as plain data; the case may have no sources yet."""
    from factcheck.errors import FactcheckError, Problem
    from factcheck.io.validation import validate_document
    from factcheck.io.yamlio import read_yaml
    from factcheck.models.case import CaseSpec

    path = case / "case.yaml"
    if not path.is_file():
        raise FactcheckError(Problem(str(case), 0, "not a case folder (no case.yaml)"))
    spec, problems = validate_document(CaseSpec, read_yaml(path))
    if spec is None:
        raise FactcheckError(problems)
    return spec.model_dump(mode="json")


def _run_all(jobs: list[_Job], done: list[_Outcome]) -> None:
    """Extract every job, writing each draft as it comes; outcomes are added to ``done``."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from rich.console import Console
    from rich.progress import Progress

    if len(jobs) == 1:
        done.append(_write(_run_safe(jobs[0])))
        return
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=len(jobs))
        pool = ProcessPoolExecutor(initializer=_quiet_worker)
        try:
            futures = [pool.submit(_run_safe, job) for job in jobs]
            for future in as_completed(futures):
                done.append(_write(future.result()))
                progress.advance(task)
        except BaseException:
            # Ctrl-C (or a broken pool): drop what is queued and end the workers now; they
            # write nothing, so nothing is left half-written
            pool.shutdown(wait=False, cancel_futures=True)
            for child in multiprocessing.active_children():
                child.terminate()
            raise
        pool.shutdown()


def extract(
    articles: Annotated[
        list[Path], typer.Argument(metavar="ARTICLE...", help="Articles: .txt, .md or .html.")
    ],
    case: Annotated[Path, typer.Option("--case", help="The case whose catalog to use.")],
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of the articles (else detected).")
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date, YYYY-MM-DD.")
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="The outlet's name.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="The article's address.")] = None,
) -> None:
    """Draft source files in CASE/sources/ from articles, for an editor to review."""
    from datetime import date

    from factcheck.errors import FactcheckError
    from factcheck.lang import supported

    if published:
        try:
            date.fromisoformat(published)
        except ValueError:
            raise FactcheckError(f"--published '{published}' is not a date (YYYY-MM-DD)") from None
    if lang:
        try:
            supported(lang)
        except ValueError as exc:
            raise FactcheckError(str(exc)) from None
    spec = _catalog(case)
    sources = str(case / "sources")
    jobs = [_Job(str(a), sources, spec, lang, published, outlet, url) for a in articles]
    done: list[_Outcome] = []
    try:
        _run_all(jobs, done)
    except KeyboardInterrupt:
        written = sum(1 for outcome in done if outcome.problem is None)
        print(
            f"interrupted: {written} of {len(jobs)} drafts written, each whole; "
            "the others are untouched",
            file=sys.stderr,
        )
        raise typer.Exit(130) from None
    for outcome in sorted(done, key=lambda o: o.path):
        if outcome.problem:
            print(outcome.problem, file=sys.stderr)
        else:
            print(outcome.summary)
    if any(outcome.problem for outcome in done):
        raise typer.Exit(2)
