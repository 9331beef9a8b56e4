"""The manifest of articles: CSV or YAML, its problems named by line."""

from __future__ import annotations

from factcheck.extract.pipeline.manifest import parse_manifest


def test_csv_rows_by_file_and_base_name() -> None:
    text = "file,outlet,language,published\narticles/a.txt,Daily Post,en,2025-03\nb.html,,fr,\n"
    entries, problems = parse_manifest(text, "m.csv")
    assert problems == []
    assert entries["a.txt"].outlet == "Daily Post" and entries["a.txt"].published == "2025-03"
    assert entries["b.html"].outlet is None and entries["b.html"].language == "fr"


def test_yaml_list_of_articles() -> None:
    text = "- file: a.txt\n  published: 2025-03-28\n  url: https://example.org/a\n"
    entries, problems = parse_manifest(text, "m.yaml")
    assert problems == [] and entries["a.txt"].url == "https://example.org/a"


def test_problems_name_the_line() -> None:
    text = "file,published\na.txt,2025-13-40\n,2025\nc.txt,2025\n"
    _, problems = parse_manifest(text, "m.csv")
    assert [str(p) for p in problems] == [
        "m.csv:2: published: '2025-13-40' is not a date: there is no month 13",
        "m.csv:3: no 'file': every row names the article it describes",
    ]
    _, problems = parse_manifest("file,colour\na.txt,red\n", "m.csv")
    assert "unknown column 'colour'" in str(problems[0])
    _, problems = parse_manifest("file: a.txt\n", "m.yaml")
    assert str(problems[0]) == "m.yaml:1: a manifest is a list of articles (- file: …)"
