"""The extract step of the story bench's end-to-end mode: every article of a story through
``factcheck extract`` as a user runs it, with only the metadata the gold gives."""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class ExtractJob:
    """One article to extract, with the only metadata the gold may give: language, date."""

    path: Path
    language: str
    published: str | None


@dataclass(frozen=True)
class ExtractOutcome:
    """What extract did with one article: ok, refused (its language) or failed."""

    status: str
    message: str
    seconds: float


def _refused_language(message: str) -> bool:
    text = message.lower()
    return "language" in text and ("unsupported" in text or "not supported" in text)


def _manifest(jobs: list[ExtractJob], folder: Path) -> Path:
    """A CSV manifest with each article's language and publication date, nothing else."""
    path = folder / "manifest.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "language", "published"])
        for job in jobs:
            writer.writerow([job.path.name, job.language, job.published or ""])
    return path


def extract_articles(jobs: list[ExtractJob], case: Path) -> dict[str, ExtractOutcome]:
    """Run extract once over every article into ``case``: article file name -> outcome.

    ``factcheck extract FILES --case CASE --manifest M``, the manifest giving each article's
    language and date; the outcome of each article is read from its line of the output, and
    the run's time is shared out evenly.
    """
    if not jobs:
        return {}
    manifest = _manifest(jobs, case.parent)
    command = [sys.executable, "-m", "factcheck", "extract", *(str(j.path) for j in jobs)]
    command += ["--case", str(case), "--manifest", str(manifest)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = (time.perf_counter() - start) / len(jobs)
    problems = {}
    for line in done.stderr.splitlines():
        path, sep, message = line.partition(": ")
        if sep:
            problems[Path(path).name] = message
    outcomes = {}
    for job in jobs:
        message = problems.get(job.path.name)
        if message is None:
            outcomes[job.path.name] = ExtractOutcome("ok", "", seconds)
        else:
            status = "refused" if _refused_language(message) else "failed"
            outcomes[job.path.name] = ExtractOutcome(status, message, seconds)
    return outcomes


def startup_seconds() -> float:
    """Wall time of starting the command and importing it, the floor of every extract."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "factcheck", "--help"], capture_output=True, check=False)
    return time.perf_counter() - start


def draft_sources(case: Path) -> dict[str, str]:
    """Article file name -> the id of the source extract drafted from it."""
    found = {}
    for path in sorted((case / "sources").glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError:
            continue
        if isinstance(data, dict) and data.get("id"):
            found[str(data.get("article") or path.stem)] = str(data["id"])
    return found
