"""`factcheck extract ARTICLE... --case CASE`: from articles to a case, drafts and catalog."""

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
    default_published: str | None
    default_outlet: str | None
    default_url: str | None


@dataclass(frozen=True)
class _Result:
    path: str
    summary: str | None = None
    problem: str | None = None
    title: str = ""
    claims: int = 0
    candidates: int = 0
    topics: tuple[tuple[str, str, str, bool, tuple[str, ...]], ...] = ()


def _run(job: _Job) -> _Result:
    """Extract one article into its draft file."""
    from factcheck.errors import FactcheckError
    from factcheck.extract import ArticleError, ArticleInfo, article_id, extract_article
    from factcheck.io.yamlio import read_yaml, write_atomic
    from factcheck.models.case import CaseSpec

    path = Path(job.path)
    try:
        ident = article_id(path.name)
        target = Path(job.sources) / f"{ident}.yaml"
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
        )
        content = path.read_bytes()
        previous = read_yaml(target) if target.exists() else None  # reports bad YAML by line
        old_text = target.read_text(encoding="utf-8") if previous else None
        result = extract_article(content, info, CaseSpec.model_validate(job.spec), old_text)
        write_atomic(target, result.text)
    except OSError as exc:
        return _Result(job.path, problem=f"cannot read: {exc.strerror}")
    except (ArticleError, ValueError, FactcheckError) as exc:
        return _Result(job.path, problem=str(exc))
    topics = tuple(
        (t.id, t.kind, t.label, t.evolving, tuple(sorted(t.words)))
        for t in result.draft.topics.values()
    )
    return _Result(
        job.path,
        summary=f"{target}: {result.summary()}",
        title=str(result.draft.source.get("title") or ""),
        claims=len(result.draft.source.get("claims") or []),
        candidates=result.unassigned,
        topics=topics,
    )


def _catalog(case: Path) -> tuple[dict[str, Any], str | None]:
    """The case's catalog as plain data, and case.yaml's text (None: a case to create)."""
    from factcheck.errors import FactcheckError, Problem
    from factcheck.io.validation import validate_document
    from factcheck.io.yamlio import read_yaml
    from factcheck.models.case import CaseSpec

    path = case / "case.yaml"
    if case.exists() and not case.is_dir():
        raise FactcheckError(Problem(str(case), 0, "not a folder: a case is a folder"))
    if not path.exists():
        return CaseSpec(title=case.name or "case").model_dump(mode="json"), None
    spec, problems = validate_document(CaseSpec, read_yaml(path))
    if spec is None:
        raise FactcheckError(problems)
    return spec.model_dump(mode="json"), path.read_text(encoding="utf-8")


def _manifest(path: Path | None) -> dict[str, Any]:
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


def _run_all(jobs: list[_Job]) -> list[_Result]:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from rich.console import Console
    from rich.progress import Progress

    if len(jobs) == 1:
        return [_run(jobs[0])]
    results = []
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=len(jobs))
        with ProcessPoolExecutor() as pool:
            futures = {pool.submit(_run, job): job.path for job in jobs}
            for future in as_completed(futures):
                try:
                    results.append(future.result())
                except Exception as exc:  # one article's failure must not cost the others
                    results.append(_Result(futures[future], problem=f"cannot extract: {exc}"))
                progress.advance(task)
    return sorted(results, key=lambda r: r.path)


def _write_catalog(case: Path, existing: str | None, title: str, results: list[_Result]) -> int:
    """Add the topics the articles proposed to case.yaml (creating it); how many were new."""
    from factcheck.extract.pipeline.draft import ProposedTopic
    from factcheck.extract.pipeline.proposals import merge_proposals, updated_case_text
    from factcheck.io.yamlio import write_atomic

    proposed = merge_proposals(
        ProposedTopic(tid, kind, label, evolving, set(words))
        for r in results
        for tid, kind, label, evolving, words in r.topics
    )
    text, added = updated_case_text(existing, title, proposed)
    if existing is None or added:
        write_atomic(case / "case.yaml", text)
    return added


def extract(
    articles: Annotated[
        list[Path], typer.Argument(metavar="ARTICLE...", help="Articles: .txt, .md or .html.")
    ],
    case: Annotated[
        Path, typer.Option("--case", help="The case folder: created when it does not exist.")
    ],
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
) -> None:
    """Draft source files in CASE/sources/ from articles, and propose CASE's topic catalog."""
    from factcheck.errors import FactcheckError
    from factcheck.lang import language_tag
    from factcheck.values.calendar import check_moment

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
    jobs = []
    for article in articles:
        entry = entries.get(str(article)) or entries.get(article.name)
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
            )
        )
    results = _run_all(jobs)
    done = [r for r in results if r.problem is None]
    for r in results:
        if r.problem:
            print(f"{r.path}: {r.problem}", file=sys.stderr)
        else:
            print(r.summary)
    if done:
        name = title or next((r.title for r in done if r.title), "") or case.name or "case"
        added = _write_catalog(case, existing, name, done)
        claims, candidates = sum(r.claims for r in done), sum(r.candidates for r in done)
        topics = len({t[0] for r in done for t in r.topics})
        print(
            f"drafted {len(done)} of {len(results)} articles into {sources}: {claims} claims "
            f"on {topics} topics, {candidates} values left as candidates; "
            f"{added} new topics proposed in {case / 'case.yaml'}"
        )
        print(f"next: review the drafts, then run  factcheck compare {case}")
    if len(done) < len(results):
        raise typer.Exit(2)
