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


def _run(job: _Job) -> tuple[str, str | None, str | None]:
    """Extract one article into its draft file: (path, summary, problem)."""
    from datetime import date

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
            published=date.fromisoformat(job.published) if job.published else None,
            outlet=job.outlet,
            url=job.url,
        )
        content = path.read_bytes()
        previous = read_yaml(target) if target.exists() else None  # reports bad YAML by line
        old_text = target.read_text(encoding="utf-8") if previous else None
        result = extract_article(content, info, CaseSpec.model_validate(job.spec), old_text)
        write_atomic(target, result.text)
    except OSError as exc:
        return job.path, None, f"cannot read: {exc.strerror}"
    except (ArticleError, ValueError) as exc:
        return job.path, None, str(exc)
    except FactcheckError as exc:
        return job.path, None, str(exc)
    return job.path, f"{target}: {result.summary()}", None


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


def _run_all(jobs: list[_Job]) -> list[tuple[str, str | None, str | None]]:
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
                    results.append((futures[future], None, f"cannot extract: {exc}"))
                progress.advance(task)
    return sorted(results)


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
    from factcheck.lang import language_tag

    if published:
        try:
            date.fromisoformat(published)
        except ValueError:
            raise FactcheckError(f"--published '{published}' is not a date (YYYY-MM-DD)") from None
    if lang:
        try:
            language_tag(lang)
        except ValueError as exc:
            raise FactcheckError(str(exc)) from None
    spec = _catalog(case)
    sources = str(case / "sources")
    jobs = [_Job(str(a), sources, spec, lang, published, outlet, url) for a in articles]
    failed = False
    for path, summary, problem in _run_all(jobs):
        if problem:
            failed = True
            print(f"{path}: {problem}", file=sys.stderr)
        else:
            print(summary)
    if failed:
        raise typer.Exit(2)
