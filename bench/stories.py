"""The story corpus bench: how well factcheck flags what the gold files say it should.

Usage: python bench/stories.py [--stories DIR] [--end-to-end] [--verbose] [--show-dropped]
                               [--keep DIR]

For every story folder in the gold format (default ``../shared/stories``):

- default mode: the gold claims typed as an editor would, with a catalog topic per gold topic
  (``stories_mapping`` says how each gold field is written); claims that do not validate are
  dropped and counted as not expressed; then ``analyze`` and the findings are scored.
- ``--end-to-end``: the articles, as they are, in a case with no catalog; ``factcheck
  extract`` per article with only its language and publication date from the gold; then
  ``analyze``; extracted claims are matched to gold figures by value (``stories_match``).

Scoring (``stories_score``): a conflict counts as flagged when an error or warning finding
puts two of its claims in different groups; a look-alike agreement is wrongly flagged when
such a finding splits two of its claims. A source's own conversion (also:) is part of the
claim it converts and is never compared on its own, so no finding places it in a group.
Findings of the evolving rule kind and info
findings never count. Exit status 0 (a measure, not a gate); 2 when the stories folder is
missing.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from stories_extract import (  # noqa: E402
    ExtractJob,
    ExtractOutcome,
    draft_sources,
    extract_articles,
    startup_seconds,
)
from stories_gold import (  # noqa: E402
    GoldArticle,
    GoldStory,
    find_stories,
    load_story,
    natural,
)
from stories_mapping import (  # noqa: E402
    CasePlan,
    Validators,
    Written,
    build_plan,
    drop_claim,
    drop_topic,
    validate_plan,
    write_case,
)
from stories_match import View, figure_matches, right_topic  # noqa: E402
from stories_print import print_catalog, print_end_to_end  # noqa: E402
from stories_score import (  # noqa: E402
    PairVerdict,
    Ratio,
    claim_key,
    groups_name_claims,
    judge,
)

DEFAULT_STORIES = ROOT.parent / "shared" / "stories"


def _model(name: str) -> Any:
    """A claim-format model, from whichever module exports it."""
    for module in ("factcheck.models.source", "factcheck.models.case", "factcheck.models"):
        try:
            found = getattr(importlib.import_module(module), name, None)
        except ImportError:
            continue
        if found is not None:
            return found
    raise SystemExit(f"cannot find the model {name} in factcheck.models")


def _error_text(error: Any) -> str:
    """A pydantic error in one line, with the offending input when it is a short scalar."""
    where = ".".join(str(p) for p in error["loc"])
    given = error.get("input")
    shown = isinstance(given, str | int | float) and len(str(given)) <= 30
    return f"{where}: {error['msg']}" + (f" (got {given!r})" if shown else "")


def _checker(name: str) -> Callable[[dict[str, Any]], str | None]:
    from pydantic import ValidationError

    model = _model(name)

    def check(data: dict[str, Any]) -> str | None:
        try:
            model.model_validate(data)
        except ValidationError as exc:
            errors = exc.errors()
            shown = [_error_text(e) for e in errors[:3]]
            more = f" (+{len(errors) - 3} more)" if len(errors) > 3 else ""
            return "; ".join(shown) + more
        except (ValueError, TypeError) as exc:
            return str(exc)
        return None

    return check


def validators() -> Validators:
    """Validate claims, source headers and catalog topics with the tool's own models."""
    return Validators(
        claim=_checker("Claim"), source=_checker("Source"), topic=_checker("TopicSpec")
    )


def rule_kinds() -> dict[str, str]:
    """Rule id -> rule kind, from the rule files (a finding names its rule id)."""
    kinds = {}
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if isinstance(data, dict) and "id" in data:
            kinds[str(data["id"])] = str(data.get("kind", ""))
    return kinds


def run_analyze(case: Path) -> dict[str, Any]:
    """The report of a case as plain data; FactcheckError on bad input."""
    from factcheck.analyze import analyze

    report: dict[str, Any] = analyze(case).model_dump(mode="json")
    return report


# ---------------------------------------------------------------- catalog mode


@dataclass
class StoryScore:
    """One story's result in either mode (every pair unflagged until findings are judged)."""

    story: GoldStory
    conflicts: list[PairVerdict] = field(default_factory=list)
    look_alikes: list[PairVerdict] = field(default_factory=list)
    groups: str = "-"
    error: str | None = None

    def __post_init__(self) -> None:
        self.conflicts = self.conflicts or [PairVerdict(p) for p in self.story.conflicts]
        self.look_alikes = self.look_alikes or [PairVerdict(p) for p in self.story.non_conflicts]


@dataclass
class CatalogScore(StoryScore):
    """A catalog-mode result: plus what was expressed and what was dropped."""

    dropped: dict[str, str] = field(default_factory=dict)

    @property
    def expressed(self) -> Ratio:
        """Gold claims expressed / all gold claims."""
        total = len(self.story.claims)
        return Ratio(total - len(self.dropped), total)


def _drop_problem(plan: CasePlan, written: Written, path: str, line: int, message: str) -> bool:
    """Take out what a load problem names, with the problem as the reason; False if nothing."""
    file, reason = Path(path), f"load: {message}"
    if file.name == "case.yaml" and line in written.topics:
        drop_topic(plan, written.topics[line], reason)
        return True
    claim = written.claims.get((file.name, line))
    if claim is not None:
        drop_claim(plan, claim, reason)
        return True
    source = next((s for s in plan.sources if s.file_name == file.name), None)
    if source is None:
        return False
    for other in list(source.claims):
        drop_claim(plan, other, f"source {file.stem}: {reason}")
    plan.sources.remove(source)
    return True


def _analyze_plan(plan: CasePlan, folder: Path) -> tuple[dict[str, Any] | None, Written, str]:
    """Write and analyze the case, dropping what loading rejects until it loads."""
    from factcheck.errors import FactcheckError

    while True:
        written = write_case(plan, folder)
        try:
            return run_analyze(folder), written, ""
        except FactcheckError as exc:
            named = [_drop_problem(plan, written, p.path, p.line, p.message) for p in exc.problems]
            if not any(named):
                return None, written, f"analyze refused the case: {exc.problems[0]}"
        except Exception as exc:  # a crash of the tool is a result here, not the bench's end
            return None, written, f"analyze crashed: {type(exc).__name__}: {exc}"


def score_catalog(story: GoldStory, folder: Path, kinds: dict[str, str]) -> CatalogScore:
    """Build the editor's case for a story, analyze it and score the findings."""
    plan = build_plan(story)
    validate_plan(plan, validators())
    report, written, error = _analyze_plan(plan, folder)
    dropped = {k: plan.dropped[k] for k in sorted(plan.dropped, key=natural)}
    result = CatalogScore(story, dropped=dropped, error=error or None)
    if report is None:
        return result

    # a conversion rides in its holder's also: and is not compared, so a group holding the
    # holder says nothing of the conversion's own figure
    conversions = {c.id for a in story.articles for c in a.claims if c.conversion_of}

    def locate(location: dict[str, Any]) -> set[str]:
        claim = written.claims.get(claim_key(location))
        return set(claim.gold_ids) - conversions if claim else set()

    _judge_into(result, report, kinds, locate)
    return result


def _judge_into(
    result: StoryScore,
    report: dict[str, Any],
    kinds: dict[str, str],
    locate: Callable[[dict[str, Any]], set[str]],
) -> None:
    findings = report.get("findings", [])
    result.conflicts = judge(result.story.conflicts, findings, kinds, locate)
    result.look_alikes = judge(result.story.non_conflicts, findings, kinds, locate)
    if findings:
        result.groups = "claims" if groups_name_claims(report) else "sources"


# ---------------------------------------------------------------- end-to-end mode


def report_views(report: dict[str, Any]) -> dict[tuple[str, int], View]:
    """Every claim of the report's topic rows, keyed by (file name, line)."""
    views = {}
    for topic in report.get("topics", []):
        for claim in topic.get("claims", []):
            view = View(str(topic.get("kind")), str(topic.get("topic")), claim)
            views[claim_key(claim)] = view
    return views


@dataclass
class EndToEndScore(StoryScore):
    """An end-to-end result: plus figures found and placed, and extract outcomes."""

    found: set[str] = field(default_factory=set)
    placed: set[str] = field(default_factory=set)
    outcomes: dict[str, ExtractOutcome] = field(default_factory=dict)

    def figures(self, supported_only: bool = False) -> Ratio:
        """Gold figures found / total (over the articles extract accepted, if asked)."""
        articles = [
            a for a in self.story.articles if not supported_only or self._status(a) != "refused"
        ]
        ids = [c.id for a in articles for c in a.claims]
        return Ratio(len(self.found & set(ids)), len(ids))

    def _status(self, article: GoldArticle) -> str:
        outcome = self.outcomes.get(article.file)
        return outcome.status if outcome else "failed"

    @property
    def seconds(self) -> list[float]:
        """Extract time per article that extract drafted."""
        return [o.seconds for o in self.outcomes.values() if o.status == "ok"]


def _articles_case(story: GoldStory, folder: Path) -> tuple[list[ExtractJob], Path]:
    articles, case = folder / "articles", folder / "case"
    for path in (articles, case):
        shutil.rmtree(path, ignore_errors=True)
    articles.mkdir(parents=True)  # the case itself is left for extract to create
    jobs = []
    for article in story.articles:
        if not (story.folder / article.file).is_file():
            continue  # no outcome: counted as failed
        shutil.copy(story.folder / article.file, articles / article.file)
        jobs.append(ExtractJob(articles / article.file, article.language, article.published))
    return jobs, case


def score_end_to_end(story: GoldStory, folder: Path, kinds: dict[str, str]) -> EndToEndScore:
    """Extract a story's articles with no catalog, analyze, and score against the gold."""
    from factcheck.errors import FactcheckError

    jobs, case = _articles_case(story, folder)
    result = EndToEndScore(story, outcomes=extract_articles(jobs, case))
    try:
        report = run_analyze(case)
    except FactcheckError as exc:
        result.error = f"analyze refused the case: {exc.problems[0]}"
        return result
    except Exception as exc:  # a crash of the tool is a result here, not the bench's end
        result.error = f"analyze crashed: {type(exc).__name__}: {exc}"
        return result
    views = report_views(report)
    found = figure_matches(story, draft_sources(case), views)
    result.found = set(found)
    result.placed = right_topic(story, found, views)
    holders: dict[tuple[str, int], set[str]] = {}
    for gold_id, keys in found.items():
        for key in keys:
            holders.setdefault(key, set()).add(gold_id)
    _judge_into(result, report, kinds, lambda loc: holders.get(claim_key(loc), set()))
    return result


# ---------------------------------------------------------------- main


@contextmanager
def _workspace(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="stories-") as tmp:
        yield Path(tmp)


def _stories(folder: Path) -> list[GoldStory]:
    stories = []
    for path in find_stories(folder):
        try:
            stories.append(load_story(path))
        except ValueError as exc:
            print(exc)
    return stories


def main(argv: list[str] | None = None) -> int:
    """Run the bench over every story and print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=Path, default=DEFAULT_STORIES)
    parser.add_argument("--end-to-end", action="store_true", help="no catalog: extract first")
    parser.add_argument("--verbose", action="store_true", help="each pair with its findings")
    parser.add_argument("--show-dropped", action="store_true", help="claims not expressed")
    parser.add_argument("--keep", type=Path, help="write the cases here instead of a temp dir")
    args = parser.parse_args(argv)
    if not args.stories.is_dir():
        print(f"{args.stories}: no such stories folder", file=sys.stderr)
        return 2
    stories, kinds = _stories(args.stories), rule_kinds()
    mode = "end to end, no catalog" if args.end_to_end else "gold claims with a catalog"
    print(f"stories bench ({mode}): {len(stories)} stories in {args.stories}\n")
    with _workspace(args.keep) as work:
        if args.end_to_end:
            startup = startup_seconds()
            e2e = [score_end_to_end(s, work / s.slug, kinds) for s in stories]
            print_end_to_end(e2e, args.verbose, startup)
        else:
            catalog = [score_catalog(s, work / s.slug, kinds) for s in stories]
            print_catalog(catalog, args.verbose, args.show_dropped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
