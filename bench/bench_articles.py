"""Articles for the whole-command benches: the seed and story articles, cycled to any number,
as files in a folder or as corpus records; and the CPU time of a command with its workers."""

from __future__ import annotations

import os
import resource
import subprocess
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Text:
    """One source article: its file name, text and what its header or README says of it."""

    name: str
    text: str
    language: str | None
    published: str | None
    outlet: str | None


def _story(path: Path) -> Text:
    """A story article: first line '# source: URL | outlet | lang | YYYY-MM-DD or unknown'."""
    header, _, text = path.read_text(encoding="utf-8").partition("\n")
    fields = [f.strip() for f in header.removeprefix("# source:").split("|")]
    try:
        published: str | None = date.fromisoformat(fields[-1]).isoformat()
    except ValueError:
        published = None
    outlet = fields[1] if len(fields) > 2 else None
    return Text(path.name, text, path.name.split("_")[1], published, outlet)


def source_texts(seeds: Path, stories: Path) -> list[Text]:
    """Every seed article (whole file, language detected) and story article, in name order."""
    texts = [
        Text(p.name, p.read_text(encoding="utf-8"), None, None, None)
        for p in sorted(seeds.glob("[0-9]*.txt"))
    ]
    texts += [_story(p) for p in sorted(stories.glob("*/[0-9]*_*_*.txt"))]
    if not texts:
        raise SystemExit(f"no articles in {seeds} or {stories}")
    return texts


def cycled(texts: list[Text], count: int) -> list[tuple[str, Text]]:
    """``count`` articles, each with a distinct id: the texts over and over."""
    return [(f"a{i:05d}-{texts[i % len(texts)].name}", texts[i % len(texts)]) for i in range(count)]


def write_files(folder: Path, articles: list[tuple[str, Text]]) -> list[Path]:
    """The articles as .txt files in ``folder`` (the whole story file, header included)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for ident, text in articles:
        path = folder / ident
        path.write_text(text.text, encoding="utf-8")
        paths.append(path)
    return paths


@dataclass(frozen=True)
class Usage:
    """A command's wall time and the CPU time it and every process it waited for used."""

    wall: float
    cpu: float
    returncode: int


def run(command: list[str], cwd: Path | None = None) -> Usage:
    """Run ``command``, output discarded; its wall time and CPU time (user + system,
    children included: a pool's workers are waited for by the command, so they count)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    begin = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    wall = time.perf_counter() - begin
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(command[:3])} ... failed: {done.stderr.decode()[-500:]}")
    return Usage(wall, cpu, done.returncode)


def load() -> str:
    """The machine's load, to read the figures by: '2 cores, load 3.1 (1 min)'."""
    return f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} (1 min average)"
