"""extract on bad input: one line per problem naming the file, exit 2, no traceback, and
nothing half-written; files in legacy encodings and deeply nested HTML are read."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.extract import ArticleError, parse_article
from factcheck.extract.pipeline.article import MAX_ARTICLE_BYTES
from factcheck.extract.pipeline.draft import Draft
from factcheck.extract.pipeline.html_text import visible_text
from factcheck.extract.pipeline.merge import MAX_CANDIDATES, render

ROOT = Path(__file__).resolve().parents[2]
CASE = """\
title: A test story
topics:
  - id: fund.founded
    kind: date
    subjects: [Harbour Fund, the fund, le Fonds du port]
    properties: [founded, set up, créé]
  - id: fund.raised
    kind: amount
    subjects: [Harbour Fund, the fund, le Fonds du port]
    properties: [raised, collected, levé]
"""
ARTICLE = (
    "Harbour Fund reports a record year\n\n"
    "The Harbour Fund was founded in March 2021 by a group of port cities.\n"
    "Since then the fund raised at least $4.5 billion.\n"
)


def _case(tmp_path: Path) -> Path:
    case = tmp_path / "case"
    case.mkdir()
    (case / "case.yaml").write_text(CASE, encoding="utf-8")
    return case


def _extract(case: Path, *articles: Path, lang: str = "en") -> object:
    args = ["extract", *map(str, articles), "--case", str(case), "--published", "2025-10-22"]
    return CliRunner().invoke(app, [*args, "--lang", lang])


def _lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


def _no_leftovers(folder: Path) -> None:
    """Every file in ``folder`` is a whole draft: no temporary file, each YAML parses."""
    for path in folder.iterdir() if folder.exists() else []:
        assert path.suffix == ".yaml" and not path.name.startswith("."), path
        yaml.safe_load(path.read_text(encoding="utf-8"))


def test_unreadable_articles_get_one_line_each_and_the_others_are_extracted(tmp_path):
    case = _case(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "nowhere.txt")
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)  # opening it would block until someone writes
    result = _extract(case, folder, broken, pipe, good)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = _lines(result.output)
    assert f"{folder}: is a folder with no article file (.txt, .html, .htm) in it" in lines
    assert f"{broken}: broken symbolic link (to '{tmp_path / 'nowhere.txt'}')" in lines
    assert any(line.startswith(f"{pipe}: not a regular file") for line in lines)
    # three problems, the good article's summary, what the run did and the next command
    assert len(lines) == 6 and any(line.startswith("next:") for line in lines)
    draft = yaml.safe_load((case / "sources" / "good.yaml").read_text(encoding="utf-8"))
    assert {c["topic"] for c in draft["claims"]} == {"fund.founded", "fund.raised"}


def test_a_draft_that_cannot_be_written_is_named_not_the_article(tmp_path):
    case = _case(tmp_path)
    (case / "sources").write_text("not a folder", encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = _extract(case, article)
    assert result.exit_code == 2
    lines = _lines(result.output)
    assert len(lines) == 1
    assert lines[0].startswith(f"{case / 'sources' / 'story.yaml'}: cannot write: ")
    assert str(article) not in result.output.replace(str(case), "")


def test_a_previous_draft_that_cannot_be_read_is_named(tmp_path):
    case = _case(tmp_path)
    (case / "sources" / "story.yaml").mkdir(parents=True)
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = _extract(case, article)
    assert result.exit_code == 2
    assert _lines(result.output) == [f"{case / 'sources' / 'story.yaml'}: is a folder, not a file"]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_an_article_in_a_legacy_encoding_is_decoded(tmp_path, encoding):
    case = _case(tmp_path)
    article = tmp_path / "fonds.txt"
    text = (
        "Le Fonds du port a été créé en mars 2021 à Brest.\n"
        "Depuis, le Fonds du port a levé au moins 4,5 milliards d'euros, « déjà » investis.\n"
    )
    article.write_bytes(text.encode(encoding))
    result = _extract(case, article, lang="fr")
    assert result.exit_code == 0, result.output
    draft = yaml.safe_load((case / "sources" / "fonds.yaml").read_text(encoding="utf-8"))
    by_topic = {c["topic"]: c for c in draft["claims"]}
    assert by_topic["fund.founded"]["value"] == {"kind": "date", "date": "2021-03"}
    assert by_topic["fund.raised"]["quote"] == "au moins 4,5 milliards d'euros"


def test_a_turkish_article_in_windows_1254_keeps_its_letters():
    text = "Şirket ağustos ayında İstanbul'da 2,84 milyar dolar topladı; ölçüm sürüyor."
    assert parse_article("haber.txt", text.encode("cp1254")).text == text


def test_an_article_past_the_size_limit_is_refused_at_once(tmp_path):
    case = _case(tmp_path)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: nothing is written or read
    result = _extract(case, huge)
    assert result.exit_code == 2
    assert _lines(result.output) == [
        f"{huge}: 5.0 MiB: larger than 5 MiB, the limit for an article"
    ]
    assert not (case / "sources").exists()
    with pytest.raises(ArticleError, match="the limit for an article"):
        parse_article("huge.txt", b"x" * (MAX_ARTICLE_BYTES + 1))


def test_text_under_100000_nested_tags_is_read():
    sentence = "The Harbour Fund was founded in March 2021."
    page = "<html><body>" + "<div>" * 100_000 + f"<p>{sentence}</p>" + "</div>" * 100_000
    article = parse_article("deep.html", (page + "</body></html>").encode())
    assert article.text == sentence


def test_visible_text_leaves_scripts_and_styles_out_and_keeps_blocks_apart():
    page = (
        "<html><head><title>T</title><style>p {color: red}</style></head><body>"
        "<script>var x = '3 March 2024';</script><p>One &amp; two</p><div>Three</div>"
        "</body></html>"
    )
    assert visible_text(page) == "One & two\nThree"


def test_values_that_fit_no_topic_are_listed_up_to_a_limit():
    candidates = [{"subject": "?", "value": {"kind": "count", "count": i}} for i in range(1200)]
    draft = Draft({"id": "x", "claims": []}, candidates)
    text = render(draft.source, draft.candidates, set())
    assert text.count("# - subject:") == MAX_CANDIDATES
    assert text.rstrip().endswith(f"# ... and 200 more (the first {MAX_CANDIDATES:,} are listed)")


@pytest.mark.skipif(not hasattr(signal, "SIGINT"), reason="needs POSIX signals")
def test_ctrl_c_prints_one_line_and_leaves_only_whole_drafts(tmp_path):
    case = _case(tmp_path)
    block = ARTICLE.split("\n\n", 1)[1]
    articles = []
    for i in range(12):
        article = tmp_path / f"story{i}.txt"
        article.write_text("Harbour Fund\n\n" + block * 300, encoding="utf-8")
        articles.append(str(article))
    args = ["extract", *articles, "--case", str(case), "--lang", "en", "--published", "2025-10-22"]
    run = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C handled as at a terminal, even where the suite runs as a background job
        # (which starts with SIGINT ignored, and so would the run)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    sources = case / "sources"
    deadline = time.monotonic() + 120
    while not list(sources.glob("*.yaml")) and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the run is under way once its first draft is written
    run.send_signal(signal.SIGINT)
    _out, err = run.communicate(timeout=60)
    if run.returncode == 0:
        pytest.skip("the run ended before it could be interrupted")
    assert run.returncode == 130, err
    assert "Traceback" not in err
    assert len(_lines(err)) == 1 and _lines(err)[0].startswith("interrupted: ")
    _no_leftovers(sources)


def _without_root_privileges() -> list[str]:
    """A prefix running a command so that file permissions bite (root ignores them)."""
    import shutil

    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    dropped = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, f"--inh-caps={dropped}", f"--bounding-set={dropped}"]


def test_an_unreadable_article_costs_only_itself(tmp_path):
    case = _case(tmp_path)
    names = []
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
        names.append(str(tmp_path / name))
    (tmp_path / "b.txt").chmod(0)
    command = [*_without_root_privileges(), sys.executable, "-m", "factcheck", "extract"]
    run = subprocess.run(
        [*command, *names, "--case", str(case)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert f"{tmp_path / 'b.txt'}: cannot read: Permission denied" in run.stderr
    assert {p.name for p in (case / "sources").iterdir()} == {"a.yaml", "c.yaml"}
