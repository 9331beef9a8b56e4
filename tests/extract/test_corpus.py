"""Corpus mode: articles in JSON Lines or Parquet to claims sorted by topic, the same whoever
runs them (one process, a local pool, a Dask cluster); bad input is one line and exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "en-wire",
        "text": "At least 12 people died and 40 were injured when a 6.1 magnitude earthquake "
        "struck on 3 March 2024, officials said. Some 3,000 residents were evacuated.",
        "language": "en",
        "published": "2024-03-04",
        "outlet": "The Wire",
        "url": "https://example.org/en-wire",
    },
    {
        "id": "fr-matin",
        "text": "Au moins 15 personnes sont mortes et 38 blessées lors du séisme de magnitude "
        "6,2 survenu le 3 mars 2024. Environ 3 200 habitants ont été évacués.",
        "language": "fr",
        "published": "2024-03-04",
        "outlet": "Le Matin",
    },
    {
        "id": "de-blatt",
        "text": "Mindestens 14 Menschen starben, 41 wurden verletzt. Der Schaden beträgt nach "
        "ersten Schätzungen 2,8 Milliarden Euro.",
        "published": "2024-03-05",
        "outlet": "Das Blatt",
    },
    {
        "id": "es-diario",
        "text": "Al menos 13 personas murieron en el terremoto de magnitud 6,1 del 3 de marzo "
        "de 2024. Otras 39 resultaron heridas.",
        "language": "es",
        "outlet": "El Diario",
    },
    {"id": "en-short", "text": "Officials said 12 people died.", "language": "en"},
]


def _corpus(path: Path, articles: list[dict[str, Any]] = ARTICLES) -> Path:
    lines = [json.dumps(a, ensure_ascii=False) for a in articles]
    lines.insert(2, "")  # a blank line is skipped, and line numbers still count it
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _extract(corpus: Path, out: Path, *options: str) -> Any:
    args = ["extract", "--corpus", str(corpus), "--out", str(out), *options]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return result


def _claims(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_local_pool_gives_the_claims_of_one_process(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    _extract(corpus, one, "--workers", "1")
    result = _extract(corpus, two, "--workers", "2")
    assert one.read_bytes() == two.read_bytes()
    claims = _claims(one)
    assert "claims on" in result.output
    # sorted by topic, then article: comparison can take each topic as one partition
    keys = [(c["topic"], c["article"]) for c in claims]
    assert keys == sorted(keys)
    deaths = {c["article"]: c for c in claims if c["topic"] == "deaths"}
    counts: dict[str, set[int]] = {}
    for c in claims:
        if c["topic"] == "deaths":
            counts.setdefault(c["article"], set()).add(c["value"]["count"])
    assert {a: min(found) for a, found in counts.items()} == {
        "en-wire": 12,
        "fr-matin": 15,
        "de-blatt": 14,
        "es-diario": 13,
        "en-short": 12,
    }
    wire = deaths["en-wire"]
    assert wire["qualifier"] == "at_least"
    assert wire["quote"] == "At least 12"
    text = ARTICLES[0]["text"]
    assert text[wire["offsets"][0] : wire["offsets"][1]] == "At least 12"
    assert (wire["outlet"], wire["language"], wire["published"], wire["url"]) == (
        "The Wire",
        "en",
        "2024-03-04",
        "https://example.org/en-wire",
    )
    assert deaths["de-blatt"]["language"] == "de"  # detected
    damage = next(
        c for c in claims if c["article"] == "de-blatt" and c["value"]["kind"] == "amount"
    )
    # a figure keeps its stated digits
    assert '"amount":2.8' in (one.read_text(encoding="utf-8"))
    assert damage["value"]["currency"] == "EUR"


def test_a_catalog_names_the_topics(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "case.yaml").write_text(
        "title: Quake\ntopics:\n  - id: quake.deaths\n    kind: count\n"
        "    subjects: [people, personnes, Menschen, personas]\n"
        "    properties: [died, mortes, starben, murieron]\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    _extract(_corpus(tmp_path / "corpus.jsonl"), out, "--case", str(case), "--workers", "1")
    topics = {c["topic"] for c in _claims(out)}
    assert "quake.deaths" in topics
    assert sorted(case.iterdir()) == [case / "case.yaml"]  # nothing written to the case


def test_dask_cluster_gives_the_claims_of_the_local_pool(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    corpus = _corpus(tmp_path / "corpus.jsonl")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    _extract(corpus, local, "--workers", "2")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        result = _extract(corpus, dask, "--scheduler", cluster.scheduler_address)
    assert "Dask cluster" in result.output
    assert dask.read_bytes() == local.read_bytes()


def test_parquet_in_and_out(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    jsonl = tmp_path / "claims.jsonl"
    _extract(_corpus(tmp_path / "corpus.jsonl"), jsonl, "--workers", "1")
    rows = [dict(a) for a in ARTICLES]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "corpus.parquet")
    out = tmp_path / "claims.parquet"
    _extract(tmp_path / "corpus.parquet", out, "--workers", "2")
    read = []
    for row in pq.read_table(out).to_pylist():
        claim = {k: v for k, v in row.items() if v is not None}
        claim["value"] = json.loads(claim["value"])
        read.append(claim)
    assert read == _claims(jsonl)


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", *map(str, args)],
        capture_output=True,
        text=True,
        env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"},
    )


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ('{"id": "a", "text": "12 people died."}\n{"id": "b", "text": \n', 2, "not JSON"),
        ('{"id": "a", "text": "12 people died."}\n\n{"id": "b", "body": "x"}\n', 3, "no 'text'"),
        ('{"id": "a", "text": 12}\n', 1, "'text' must be text"),
        ('{"id": "a", "text": "   "}\n', 1, "'text' is empty"),
        ('["id", "text"]\n', 1, "a JSON object"),
    ],
)
def test_a_bad_line_is_one_line_and_exit_2(
    tmp_path: Path, content: str, line: int, message: str
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(content, encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    out.write_text("before\n", encoding="utf-8")
    result = _run("--corpus", corpus, "--out", out)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {corpus}:{line}: ")
    assert message in lines[0]
    assert out.read_text(encoding="utf-8") == "before\n"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "corpus.jsonl"]


@pytest.mark.parametrize("kind", ["missing", "folder", "suffix", "no-out", "lang"])
def test_an_unusable_corpus_is_one_line_and_exit_2(tmp_path: Path, kind: str) -> None:
    corpus = {
        "missing": tmp_path / "none.jsonl",
        "folder": tmp_path,
        "suffix": tmp_path / "corpus.csv",
        "no-out": tmp_path / "corpus.jsonl",
        "lang": _corpus(tmp_path / "corpus.jsonl"),
    }[kind]
    args: list[str | Path] = ["--corpus", corpus]
    if kind != "no-out":
        args += ["--out", tmp_path / "claims.jsonl"]
    if kind == "lang":  # a record says its own language
        args += ["--lang", "en"]
    result = _run(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "claims.jsonl").exists()


def test_claims_past_the_memory_limit_are_merged_from_sorted_runs(tmp_path: Path) -> None:
    import random

    from factcheck.cli.corpus_run import _Runs

    keys = [(f"t{i % 7}", f"a{i % 13}", i, i % 3) for i in range(500)]
    random.Random(5).shuffle(keys)
    runs = _Runs(tmp_path, limit=10, fan_in=4)
    for start in range(0, len(keys), 7):
        runs.add([(k, f"line {k}") for k in keys[start : start + 7]])
    assert len(runs.files) > 4  # several merge passes
    merged = list(runs.merged())
    assert merged == sorted((k, f"line {k}") for k in keys)
